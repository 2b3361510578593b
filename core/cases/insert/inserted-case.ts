import { z } from 'zod';
import { recordIdSchema } from '../common.ts';
import type { CaseRecord } from '../person.ts';
import { caseSnapshot, caseSnapshotSchema, withFacts, type CaseSnapshot, type SnapshotFact } from './case-snapshot.ts';
import { formatCase } from './format-case.ts';
import { INSERT_FORMATS, INSERT_LANGUAGES, insertOptionsSchema, type InsertFormat, type InsertLanguage, type InsertOptions, type InsertRequest } from './insert-request.ts';
import { insertedPlainText, insertedTextSchema, type InsertedText } from './inserted-text.ts';

/**
 * What a statement stores for a case inserted from the library: which case, how it was
 * written (format, language, options), the facts it was written from, the text that was
 * generated, and whether the writer has since edited that text by hand (frozen), in which
 * case a refresh must not overwrite it.
 */
export const insertedCaseSchema = z.object({
  caseId: recordIdSchema,
  format: z.enum(INSERT_FORMATS),
  language: z.enum(INSERT_LANGUAGES),
  options: insertOptionsSchema,
  snapshot: caseSnapshotSchema,
  generatedText: insertedTextSchema,
  frozen: z.boolean(),
});
export type InsertedCase = z.infer<typeof insertedCaseSchema>;

export function requestOf(inserted: Pick<InsertedCase, 'format' | 'language' | 'options'>): InsertRequest {
  return { format: inserted.format, language: inserted.language, options: inserted.options };
}

/** A case as it is inserted now: the text to put into the editor and what to store with it. */
export function insertCase(record: CaseRecord | CaseSnapshot, request: InsertRequest): InsertedCase {
  const snapshot = caseSnapshot(record);
  return { caseId: record.id, ...requestOf(request), options: { ...request.options }, snapshot, generatedText: formatCase(snapshot, request), frozen: false };
}

function sameText(a: InsertedText, b: InsertedText): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Whether the library's record would now give other text than the snapshot did, in this
 * format, language and options. Both texts are made by the present code, so neither a new
 * updatedAt with unchanged facts, nor a fact the format does not show (a list line ignores
 * the charges), nor a change of wording in a later version of the app counts as a change.
 */
export function isStale(inserted: InsertedCase, current: CaseRecord | CaseSnapshot): boolean {
  const request = requestOf(inserted);
  return !sameText(formatCase(inserted.snapshot, request), formatCase(caseSnapshot(current), request));
}

/** The text the library's record would give now, in the inserted case's format, language and options. */
export function currentCaseText(inserted: Pick<InsertedCase, 'format' | 'language' | 'options'>, current: CaseRecord | CaseSnapshot): string {
  return insertedPlainText(formatCase(current, requestOf(inserted)));
}

/** Compares what a reader sees: spaces of any kind and their number, and line ends, do not matter. */
function normalisedText(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/**
 * Whether the writer changed the inserted text: `currentText` is the present plain text of
 * the inserted blocks as the editor holds them (blocks separated by line breaks, footnote
 * references and bodies left out), compared with the text that was generated.
 */
export function isEditedByHand(inserted: InsertedCase, currentText: string): boolean {
  return normalisedText(insertedPlainText(inserted.generatedText)) !== normalisedText(currentText);
}

/** The inserted case marked frozen once its text was edited; unchanged otherwise. */
export function freezeIfEdited(inserted: InsertedCase, currentText: string): InsertedCase {
  return inserted.frozen || !isEditedByHand(inserted, currentText) ? inserted : { ...inserted, frozen: true };
}

/**
 * The inserted case made again from the library's record: new snapshot, new text, no
 * longer frozen. With `accept`, only those parts of the record are taken (the differences
 * the writer accepted in the Refresh dialog, see case-diff.ts) and the rest stays as it was.
 * The caller decides about frozen text: refreshing it replaces the writer's edits.
 */
export function regenerate(inserted: InsertedCase, current: CaseRecord | CaseSnapshot, accept?: ReadonlyArray<SnapshotFact>): InsertedCase {
  const fresh = caseSnapshot(current);
  const snapshot = accept === undefined ? fresh : withFacts(inserted.snapshot, fresh, accept);
  return { ...inserted, snapshot, generatedText: formatCase(snapshot, requestOf(inserted)), frozen: false };
}

/**
 * The inserted case written again from its own snapshot in another format, language or
 * with other options: when the writer switches the format, or the statement's language or
 * date changes. The library is not consulted, so the facts stay those the writer accepted.
 */
export function reformat(inserted: InsertedCase, change: { format?: InsertFormat; language?: InsertLanguage; options?: Partial<InsertOptions> }): InsertedCase {
  const request: InsertRequest = {
    format: change.format ?? inserted.format,
    language: change.language ?? inserted.language,
    options: { ...inserted.options, ...change.options },
  };
  return { ...inserted, ...request, generatedText: formatCase(inserted.snapshot, request), frozen: false };
}
