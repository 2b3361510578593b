import type { DatabaseSync } from 'node:sqlite';
import { displayName } from '../../../core/cases/names.ts';
import type { CaseRecord } from '../../../core/cases/person.ts';
import type { FootnoteRecord } from '../../../core/cases/footnote.ts';
import type { OrganisationRecord } from '../../../core/cases/organisation.ts';
import type { SignerRecord } from '../../../core/signatories/signer-record.ts';
import {
  zeroCounts,
  type ExportResult,
  type ImportConflict,
  type ImportDecision,
  type ImportOutcome,
  type PossibleDuplicate,
  type RecordCounts,
} from '../../../core/library/api.ts';
import { LIBRARY_FILE_FORMAT, LIBRARY_FILE_VERSION, type LibraryFile, type RecordKind } from '../../../core/library/format.ts';
import type { CaseStore } from './case-store.ts';
import type { DuplicateFinder } from './duplicates.ts';
import type { RecordStore } from './record-store.ts';
import { signerName, type SignerStore } from './signer-store.ts';
import { inTransaction } from './sqlite-helpers.ts';

/**
 * Import and export of the exchange file (core/library/format.ts). Import merges by stable
 * id: a record the library lacks is added; one it has with the same content is left alone;
 * one it has with different content is a conflict that the caller decides (keep the library's
 * or use the file's). Everything happens in one transaction, so a failure, or a conflict
 * without a decision, leaves the library exactly as it was.
 */

export type Stores = {
  db: DatabaseSync;
  cases: CaseStore;
  organisations: RecordStore<OrganisationRecord>;
  footnotes: RecordStore<FootnoteRecord>;
  signers: SignerStore;
  findDuplicates: DuplicateFinder;
};

type AnyRecord = CaseRecord | OrganisationRecord | FootnoteRecord | SignerRecord;

function nameOf(kind: RecordKind, record: AnyRecord): string {
  if (kind === 'cases') return displayName(record as CaseRecord);
  if (kind === 'organisations') return (record as OrganisationRecord).fullName;
  if (kind === 'signers') return signerName(record as SignerRecord);
  return (record as FootnoteRecord).title;
}

/** Top-level fields whose content differs; updatedAt alone is not a difference in content. */
function differingFields(local: AnyRecord, imported: AnyRecord): string[] {
  const fields = new Set([...Object.keys(local), ...Object.keys(imported)]);
  fields.delete('updatedAt');
  const a = local as Record<string, unknown>;
  const b = imported as Record<string, unknown>;
  return [...fields].filter((field) => JSON.stringify(a[field]) !== JSON.stringify(b[field])).sort();
}

/** A list longer than this helps nobody; the first ones show what to look at. */
export const MAX_REPORTED_DUPLICATES = 200;

const decisionKey = (kind: RecordKind, id: string) => `${kind}\u0000${id}`;

export function importLibraryFile(stores: Stores, file: LibraryFile, decisions: ReadonlyArray<ImportDecision>): ImportOutcome {
  const choices = new Map(decisions.map((d) => [decisionKey(d.kind, d.id), d.choice]));
  const added = zeroCounts();
  const replaced = zeroCounts();
  const kept = zeroCounts();
  const unchanged = zeroCounts();
  const conflicts: ImportConflict[] = [];
  const possibleDuplicates: PossibleDuplicate[] = [];

  const plan: Array<() => void> = [];

  const consider = <R extends AnyRecord>(kind: RecordKind, record: R, local: R | null, add: () => void, replace: () => void) => {
    if (local === null) {
      added[kind]++;
      plan.push(add);
      return;
    }
    const fields = differingFields(local, record);
    if (fields.length === 0) {
      unchanged[kind]++;
      return;
    }
    const choice = choices.get(decisionKey(kind, record.id));
    if (choice === undefined) {
      conflicts.push({
        kind,
        id: record.id,
        localName: nameOf(kind, local),
        importedName: nameOf(kind, record),
        localUpdatedAt: local.updatedAt,
        importedUpdatedAt: record.updatedAt,
        fields,
      });
    } else if (choice === 'use-imported') {
      replaced[kind]++;
      plan.push(replace);
    } else {
      kept[kind]++;
    }
  };

  return inTransaction(stores.db, () => {
    const libraryHadCases = stores.db.prepare('SELECT 1 FROM cases LIMIT 1').get() !== undefined;
    for (const record of file.cases) {
      const found = stores.cases.find(record.id);
      // Planned before anything is written: new cases are compared with the library as it was, not with each other.
      if (found === null && libraryHadCases && possibleDuplicates.length < MAX_REPORTED_DUPLICATES) {
        for (const existing of stores.findDuplicates(record, record.id)) {
          possibleDuplicates.push({ importedId: record.id, importedName: nameOf('cases', record), existingId: existing.id, existingName: existing.displayName });
        }
      }
      consider('cases', record, found?.record ?? null, () => stores.cases.insert(record, null), () => stores.cases.replace(found!.n, record, null));
    }
    for (const record of file.organisations) {
      consider('organisations', record, stores.organisations.find(record.id), () => stores.organisations.insert(record), () => stores.organisations.replace(record));
    }
    for (const record of file.footnotes) {
      consider('footnotes', record, stores.footnotes.find(record.id), () => stores.footnotes.insert(record), () => stores.footnotes.replace(record));
    }
    for (const record of file.signers) {
      consider('signers', record, stores.signers.find(record.id), () => stores.signers.insert(record), () => stores.signers.replace(record));
    }
    if (conflicts.length > 0) {
      // Nothing has been written yet: the plan runs only once every conflict is decided.
      return { status: 'conflicts', conflicts, added, unchanged } satisfies ImportOutcome;
    }
    for (const step of plan) step();
    return { status: 'imported', added, replaced, kept, unchanged, possibleDuplicates: possibleDuplicates.slice(0, MAX_REPORTED_DUPLICATES) } satisfies ImportOutcome;
  });
}

export type ExportOptions = {
  caseIds?: ReadonlyArray<string>;
  organisationIds?: ReadonlyArray<string>;
  footnoteIds?: ReadonlyArray<string>;
  signerIds?: ReadonlyArray<string>;
  includeConfidential: boolean;
  now: Date;
};

/**
 * The exchange file of the whole library, or of the listed records when any list is given.
 * Signers go with their emails: the file is the roster shared between colleagues, not a statement.
 */
export function exportLibraryFile(stores: Stores, options: ExportOptions): ExportResult {
  const selective = options.caseIds !== undefined || options.organisationIds !== undefined || options.footnoteIds !== undefined || options.signerIds !== undefined;
  const pick = <R extends { id: string }>(all: () => R[], find: (id: string) => R | null, ids: ReadonlyArray<string> | undefined): R[] => {
    if (!selective) return all();
    return [...new Set(ids ?? [])].map(find).filter((record): record is R => record !== null);
  };
  // One read transaction: the export is a single consistent state even while another program writes.
  stores.db.exec('BEGIN');
  try {
    const allCases = pick(
      () => (stores.db.prepare('SELECT record FROM cases ORDER BY id').all() as Array<{ record: string }>).map((row) => JSON.parse(row.record) as CaseRecord),
      (id) => stores.cases.find(id)?.record ?? null,
      options.caseIds,
    );
    const cases = options.includeConfidential ? allCases : allCases.filter((record) => !record.confidential);
    const file: LibraryFile = {
      format: LIBRARY_FILE_FORMAT,
      version: LIBRARY_FILE_VERSION,
      exportedAt: options.now.toISOString(),
      cases,
      organisations: pick(() => stores.organisations.all(), (id) => stores.organisations.find(id), options.organisationIds),
      footnotes: pick(() => stores.footnotes.all(), (id) => stores.footnotes.find(id), options.footnoteIds),
      signers: pick(() => stores.signers.all(), (id) => stores.signers.find(id), options.signerIds),
    };
    const counts: RecordCounts = { cases: file.cases.length, organisations: file.organisations.length, footnotes: file.footnotes.length, signers: file.signers.length };
    return { text: `${JSON.stringify(file, null, 1)}\n`, counts, confidentialLeftOut: allCases.length - cases.length };
  } finally {
    stores.db.exec('COMMIT');
  }
}
