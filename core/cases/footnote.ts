import { z } from 'zod';
import { safeExternalUrl } from '../links/external-url.ts';
import { lineSchema, recordIdSchema, tagsSchema, timestampSchema } from './common.ts';

/**
 * A reusable footnote: an article's text, a treaty provision, a standard reference.
 *
 * The body is a list of runs (text with bold/italic/underline and an optional link), not
 * Lexical's serialized nodes: footnote bodies are single paragraphs of inline text, a run
 * list says all of that, stays valid whatever Lexical version the editor runs, and maps one
 * to one onto Lexical text and link nodes (and onto the export's inline runs) when inserted.
 */
export const footnoteRunSchema = z.object({
  text: z.string().min(1).max(20_000).refine((s) => !/[\u0000-\u0009\u000b-\u001f\u007f]/.test(s), 'must not contain control characters'),
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
  underline: z.boolean().optional(),
  /** http, https or mailto only, like every link in a statement. */
  link: z
    .string()
    .max(2048)
    .refine((url) => safeExternalUrl(url) !== null, 'expected an http, https or mailto link')
    .optional(),
});
export type FootnoteRun = z.infer<typeof footnoteRunSchema>;

const footnoteFields = z.object({
  /** What the writer picks it by: "Art. 159 Criminal Code of Uzbekistan". */
  title: lineSchema(300).pipe(z.string().min(1, 'a footnote needs a title')),
  body: z.array(footnoteRunSchema).min(1, 'a footnote needs some text').max(500),
  /** Language of the body ("en", "ru"), so a Russian statement offers Russian footnotes first. */
  language: z.string().regex(/^[a-z]{2,3}$/, 'expected a language code such as "ru"'),
  tags: tagsSchema,
});

export const footnoteDraftSchema = footnoteFields;
export type FootnoteDraft = z.infer<typeof footnoteDraftSchema>;
export const footnoteRecordSchema = footnoteFields.extend({ id: recordIdSchema, updatedAt: timestampSchema });
export type FootnoteRecord = z.infer<typeof footnoteRecordSchema>;

/** The footnote's text without formatting, for search and previews. */
export function footnotePlainText(body: ReadonlyArray<FootnoteRun>): string {
  return body.map((run) => run.text).join('');
}
