import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import { expect } from 'vitest';
import { toDocument } from '../../../core/document/to-document.ts';
import { toHtmlDocument } from '../../../core/export/html/html-document.ts';
import type { ImportedStatement } from '../../../core/import/import-statement.ts';
import type { Result } from '../../../core/ipc/result.ts';
import { checkEditorState, type SerializedNode } from '../../../core/statement/editor-state.ts';
import { parseStatement, serializeStatement } from '../../../core/statement/parse.ts';
import type { Statement } from '../../../core/statement/schema.ts';

export const SAMPLE_ARCHIVE = resolve(import.meta.dirname, '../../../../shared/samples/statements-2023-archive.txt');
export const FIXTURES = resolve(import.meta.dirname, '../../fixtures/import');

export const readSample = () => readFileSync(SAMPLE_ARCHIVE, 'utf8');
export const readFixture = (name: string) => readFileSync(resolve(FIXTURES, name), 'utf8');

/** The value of an import that must have succeeded, checked as the editor and the file format check it. */
export function imported(result: Result<ImportedStatement>): ImportedStatement {
  if (!result.ok) throw new Error(`import failed: ${result.code} ${result.message}`);
  expect(checkEditorState(result.value.statement.editor)).toBeNull();
  const reread = parseStatement(serializeStatement(result.value.statement));
  expect(reread.ok ? null : reread.message).toBeNull();
  return result.value;
}

/** Every node of the editor state in document order, footnote bodies included. */
export function allNodes(statement: Statement): SerializedNode[] {
  const out: SerializedNode[] = [];
  const stack: SerializedNode[] = [statement.editor.root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    out.push(node);
    const body = (node.$slots as { body?: SerializedNode } | undefined)?.body;
    stack.push(...[...(node.children ?? []), ...(body ? [body] : [])].reverse());
  }
  return out;
}

export const topLevel = (statement: Statement, type: string) => statement.editor.root.children.filter((n) => n.type === type);
export const footnotes = (statement: Statement) => allNodes(statement).filter((n) => n.type === 'footnote');

/** The text of a footnote's body. */
export function noteText(note: SerializedNode): string {
  const body = (note.$slots as { body: SerializedNode }).body;
  const texts: string[] = [];
  const stack: SerializedNode[] = [body];
  while (stack.length > 0) {
    const node = stack.shift()!;
    if (typeof node.text === 'string') texts.push(node.text);
    stack.unshift(...(node.children ?? []));
  }
  return texts.join('');
}

/** The statement exported as our HTML page, read back to its visible text by an HTML parser. */
export function exportedText(statement: Statement): string {
  const html = toHtmlDocument(toDocument(statement));
  const doc = parse(html);
  const parts: string[] = [];
  const stack: DefaultTreeAdapterTypes.ChildNode[] = [...doc.childNodes];
  while (stack.length > 0) {
    const node = stack.shift()!;
    if (node.nodeName === '#text') parts.push((node as DefaultTreeAdapterTypes.TextNode).value);
    else if ('childNodes' in node && node.nodeName !== 'style' && node.nodeName !== 'head') stack.unshift(...node.childNodes);
  }
  return parts.join(' ');
}

/** Words (letters and digits) with their counts, case-folded. */
export function wordCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const word = m[0].toLocaleLowerCase();
    counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return counts;
}

/**
 * Words of `original` that occur fewer times in `exported`. A word glued to the next by
 * copy and paste ("KURBANOVresearcher", "RightsPoland") counts as kept when the export has
 * both its halves, wherever the import chose to split it.
 */
export function missingWords(original: string, exported: string): string[] {
  const have = wordCounts(exported);
  const missing: string[] = [];
  for (const [word, count] of wordCounts(original)) {
    let found = have.get(word) ?? 0;
    for (let cut = 1; found < count && cut < word.length; cut++) {
      const [head, tail] = [word.slice(0, cut), word.slice(cut)];
      if ((have.get(head) ?? 0) > 0 && (have.get(tail) ?? 0) > 0) found = count;
    }
    if (found < count) missing.push(`${word} (${count - found} of ${count})`);
  }
  return missing;
}
