import { newStatement } from '../../../core/statement/new-statement.ts';
import type { Statement } from '../../../core/statement/schema.ts';

/**
 * Generation g of a statement that grows as the writer types: deterministic, so that the
 * parent process can tell from a file alone which generation it holds and whether it is whole.
 */
export function growingStatement(generation: number): Statement {
  const statement = newStatement('en');
  statement.meta.title = `Generation ${generation}`;
  statement.meta.date = '2025-06-26';
  statement.meta.places = ['Geneva'];
  // 1 to 400 paragraphs, cycling, so files range from a few KB to a few hundred KB.
  const paragraphs = (generation % 400) + 1;
  statement.editor.root.children = Array.from({ length: paragraphs }, (_, i) => ({
    type: 'paragraph',
    version: 1,
    children: [
      {
        type: 'text',
        version: 1,
        text: `Paragraph ${i} of generation ${generation}: the authorities must release the detained defenders — ${'в'.repeat(i % 50)}.`,
        format: 0,
        style: '',
        mode: 'normal',
        detail: 0,
      },
    ],
  }));
  return statement;
}

/** The generation a statement written by growingStatement says it is, or null. */
export function generationOf(statement: Statement): number | null {
  const match = /^Generation (\d+)$/.exec(statement.meta.title);
  return match ? Number(match[1]) : null;
}
