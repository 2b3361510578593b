import { z } from 'zod';
import { caseRecordSchema } from '../cases/person.ts';
import { footnoteRecordSchema } from '../cases/footnote.ts';
import { organisationRecordSchema } from '../cases/organisation.ts';
import { timestampSchema } from '../cases/common.ts';
import { signerRecordSchema } from '../signatories/signer-record.ts';

/**
 * The library exchange file: what "Export" writes and "Import" reads, so that colleagues can
 * share cases. JSON with a format name and a version, like the .statement file:
 *
 *   { "format": "statement-studio/library", "version": 1, "exportedAt": "2024-01-05T09:00:00.000Z",
 *     "cases": [CaseRecord…], "organisations": [OrganisationRecord…], "footnotes": [FootnoteRecord…],
 *     "signers": [SignerRecord…] }
 *
 * Records keep their stable ids and updatedAt, so importing merges by id. A file from a newer
 * version is refused rather than read partly. `signers` (the roster of people who sign
 * statements, emails included) came later: a file without it has none.
 */
export const LIBRARY_FILE_FORMAT = 'statement-studio/library';
export const LIBRARY_FILE_VERSION = 1;
export const LIBRARY_FILE_EXTENSION = 'json';
/** Larger files are refused before parsing; 100,000 detailed cases take about a third of this. */
export const MAX_LIBRARY_FILE_BYTES = 512 * 1024 * 1024;

export const libraryFileSchema = z.object({
  format: z.literal(LIBRARY_FILE_FORMAT),
  version: z.literal(LIBRARY_FILE_VERSION),
  exportedAt: timestampSchema,
  cases: z.array(caseRecordSchema),
  organisations: z.array(organisationRecordSchema),
  footnotes: z.array(footnoteRecordSchema),
  signers: z.array(signerRecordSchema).default([]),
});
export type LibraryFile = z.infer<typeof libraryFileSchema>;
export type LibraryFileInput = z.input<typeof libraryFileSchema>;

/** The kinds of record, as named in the file, in messages and in import decisions. */
export const RECORD_KINDS = ['cases', 'organisations', 'footnotes', 'signers'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];
