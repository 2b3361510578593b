import { z } from 'zod';
import { recordIdSchema } from '../cases/common.ts';
import type { PartialDate } from '../cases/dates.ts';
import type { CaseRecord } from '../cases/person.ts';
import type { Role, Status } from '../cases/vocabulary.ts';
import { RECORD_KINDS, type RecordKind } from './format.ts';

/**
 * The values the library service answers with, and the argument schemas of its calls that are
 * not records or searches (those are in core/cases and search-query.ts). Plain data only (no
 * Map, Set or class), since every value crosses a worker boundary and then IPC.
 */

/** A case as a result list shows it. */
export type CaseSummary = {
  id: string;
  /** As statements write it: "Farhat MEYMANKULYYEV". */
  displayName: string;
  givenName: string;
  familyName: string;
  birthDate: PartialDate | null;
  status: Status;
  roles: Role[];
  /** Nationality and the countries of its events and charges. */
  countries: string[];
  confidential: boolean;
  updatedAt: string;
};

/**
 * How a search result matched: a word of the query is one of the person's names in some
 * spelling ("name"), or begins one ("name-prefix"), or only the text matched ("text"), or
 * there was no query text, only filters ("filter").
 */
export type CaseMatch = 'name' | 'name-prefix' | 'text' | 'filter';
export type CaseHit = CaseSummary & { match: CaseMatch };

export type RecordCounts = Record<RecordKind, number>;
export const zeroCounts = (): RecordCounts => ({ cases: 0, organisations: 0, footnotes: 0, signers: 0 });

export type LibraryInfo = {
  path: string;
  schemaVersion: number;
  counts: RecordCounts;
  backupDir: string;
};

/** Creating a case that looks like one already in the library writes nothing unless allowed. */
export type CreateCaseOutcome = { status: 'created'; record: CaseRecord } | { status: 'likely-duplicate'; duplicates: CaseSummary[] };

export const exportSelectionSchema = z
  .object({
    /** When any of the lists is given, only the listed records are exported. */
    caseIds: z.array(recordIdSchema).max(1_000_000).optional(),
    organisationIds: z.array(recordIdSchema).max(100_000).optional(),
    footnoteIds: z.array(recordIdSchema).max(100_000).optional(),
    signerIds: z.array(recordIdSchema).max(1_000_000).optional(),
    /** Confidential cases leave the library only when asked for explicitly. */
    includeConfidential: z.boolean().default(false),
  })
  .strict();
export type ExportSelection = z.input<typeof exportSelectionSchema>;
export type ExportResult = { text: string; counts: RecordCounts; confidentialLeftOut: number };

/** A record in the import file whose id is in the library with different content. */
export type ImportConflict = {
  kind: RecordKind;
  id: string;
  /** The record's name in the library and in the file ("Farhat MEYMANKULYYEV"). */
  localName: string;
  importedName: string;
  localUpdatedAt: string;
  importedUpdatedAt: string;
  /** Top-level fields that differ ("events", "status"). */
  fields: string[];
};

export const importDecisionSchema = z
  .object({
    kind: z.enum(RECORD_KINDS),
    id: recordIdSchema,
    choice: z.enum(['keep-local', 'use-imported']),
  })
  .strict();
export type ImportDecision = z.infer<typeof importDecisionSchema>;
export const importDecisionsSchema = z.array(importDecisionSchema).max(1_000_000);

/** A new case in the file that looks like a different-id case already in the library (the first 200 are listed). */
export type PossibleDuplicate = { importedId: string; importedName: string; existingId: string; existingName: string };

/**
 * The answer to an import. With conflicts that have no decision, nothing is written and the
 * conflicts come back to be decided; calling again with a decision for each applies the file
 * in one transaction.
 */
export type ImportOutcome =
  | { status: 'conflicts'; conflicts: ImportConflict[]; added: RecordCounts; unchanged: RecordCounts }
  | {
      status: 'imported';
      added: RecordCounts;
      replaced: RecordCounts;
      kept: RecordCounts;
      unchanged: RecordCounts;
      possibleDuplicates: PossibleDuplicate[];
    };

export type BackupInfo = {
  /** The file name, which is also what restoreBackup takes. */
  name: string;
  kind: 'daily' | 'before-restore' | 'before-migration';
  createdAt: string;
  bytes: number;
};
