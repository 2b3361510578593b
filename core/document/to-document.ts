import type { Statement } from '../statement/schema.ts';
import { newContext } from './conversion-context.ts';
import { formatDateline } from './dateline.ts';
import { formatStatementDate } from './dates.ts';
import { blocksOf } from './from-editor-state.ts';
import type { Block, StatementDocument } from './model.ts';
import { signatoryBlockOf } from './signatory-entries.ts';

export type ToDocumentOptions = {
  /** Append the block of confirmed signatories after the text (default true). */
  signatories?: boolean;
};

/**
 * A statement as the neutral document model: meta with the printed date and dateline,
 * blocks, notes numbered in document order in the statement's style, and what had to be
 * simplified on the way (`warnings`). Pure and synchronous: runs in main, a worker or a test.
 */
export function toDocument(statement: Pick<Statement, 'meta' | 'editor' | 'signatories'>, options: ToDocumentOptions = {}): StatementDocument {
  const { meta } = statement;
  const ctx = newContext(meta.language, meta.footnoteStyle, (body, path) => blocksOf(body.children ?? [], ctx, path, body));
  const root = statement.editor.root;
  const blocks: Block[] = blocksOf(root.children ?? [], ctx, 'root', root);
  if (options.signatories !== false) {
    const signatories = signatoryBlockOf(statement);
    if (signatories !== null) blocks.push(signatories);
  }
  const dateText = formatStatementDate(meta.date, meta.language);
  return {
    meta: {
      title: meta.title.trim(),
      date: meta.date,
      dateText,
      dateline: formatDateline(meta.places, dateText),
      language: meta.language,
      footnoteStyle: meta.footnoteStyle,
    },
    blocks,
    footnotes: ctx.notes,
    warnings: ctx.warnings,
  };
}
