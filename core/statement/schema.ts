import { z } from 'zod';
import { STATEMENT_FORMAT, STATEMENT_VERSION } from './format.ts';
import { FOOTNOTE_STYLES } from '../footnotes/numbering.ts';
import { STATEMENT_LANGUAGES } from './language.ts';
import type { SerializedEditorState } from './editor-state.ts';
import { signatoryListSchema } from '../signatories/signatory.ts';
import { signatorySettingsSchema } from '../signatories/settings.ts';
import { templateRecordSchema } from '../templates/template-record.ts';

/** An ISO calendar date (YYYY-MM-DD) or empty while the writer has not chosen one. */
export const isoDateSchema = z.union([
  z.literal(''),
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD').refine(
    (s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    'not a real calendar date',
  ),
]);

export const statementMetaSchema = z.object({
  title: z.string().max(2000),
  date: isoDateSchema,
  /** Cities for the dateline, in order ("Bishkek, Almaty, Vienna"). */
  places: z.array(z.string().max(200)).max(50),
  language: z.enum(STATEMENT_LANGUAGES),
  /** How footnotes are numbered: 1, 2, 3 or i, ii, iii. */
  footnoteStyle: z.enum(FOOTNOTE_STYLES).default('decimal'),
  /**
   * Order and style of the signatory block. Optional rather than defaulted: files saved
   * before signatories existed open unchanged, and code that builds a statement need not
   * name it; read it with signatorySettingsOf, which supplies the defaults.
   */
  signatorySettings: signatorySettingsSchema.optional(),
  /** The template this statement was made from, its variables and the values given (core/templates/template-record.ts). */
  template: templateRecordSchema.optional(),
});
export type StatementMeta = z.infer<typeof statementMetaSchema>;
export type { FootnoteStyle } from '../footnotes/numbering.ts';

export const statementSchema = z.object({
  format: z.literal(STATEMENT_FORMAT),
  version: z.literal(STATEMENT_VERSION),
  meta: statementMetaSchema,
  // Checked structurally by checkEditorState (better messages than zod for a deep tree).
  editor: z.custom<SerializedEditorState>((v) => typeof v === 'object' && v !== null && !Array.isArray(v), {
    message: 'expected the editor state object',
  }),
  /** Organisations and individuals in the writer's (manual) order; an empty list in files from before signatories. */
  signatories: signatoryListSchema,
});
export type Statement = z.infer<typeof statementSchema>;
