import { z } from 'zod';
import { safeExternalUrl } from '../links/external-url.ts';

/**
 * A record's stable id. It never changes once given, so that a statement that quotes a case
 * and a colleague's copy of the library both keep pointing at the same record. New records
 * get a random UUID; imported ones keep theirs.
 */
export const recordIdSchema = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/, 'expected a record id (letters, digits, - and _, at most 64)');
export type RecordId = string;

/** When a record last changed: an ISO timestamp in UTC, as written by Date.toISOString. */
export const timestampSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/, 'expected an ISO timestamp such as 2023-12-20T10:00:00.000Z');

/** An absolute http or https address: the only links a library record may carry. */
export const webUrlSchema = z
  .string()
  .max(2048)
  .refine((value) => {
    const safe = safeExternalUrl(value);
    return safe !== null && (safe.startsWith('http://') || safe.startsWith('https://'));
  }, 'expected an http or https address');

/** One line of text a writer typed: trimmed, no control characters. */
export const lineSchema = (max: number) =>
  z
    .string()
    .max(max)
    .refine((s) => !/[\u0000-\u001f\u007f]/.test(s), 'must be a single line without control characters')
    .transform((s) => s.trim());

/** Free text that may hold line breaks, but no other control characters. */
export const textSchema = (max: number) =>
  z
    .string()
    .max(max)
    .refine((s) => !/[\u0000-\u0009\u000b-\u001f\u007f]/.test(s), 'must not contain control characters');

/** Free-form labels; compared case-insensitively, stored as typed. */
export const tagsSchema = z.array(lineSchema(80).pipe(z.string().min(1, 'a tag cannot be empty'))).max(100);
