import type { DatabaseSync } from 'node:sqlite';
import { fail, ok, type Result } from '../../../core/ipc/result.ts';
import {
  archiveMentionsSchema,
  archiveSearchSchema,
  type ArchiveBatch,
  type ArchivedStatement,
  type ArchiveEntryToStore,
  type ArchiveHit,
  type ArchiveMention,
} from '../../../core/archive/archive-api.ts';
import { createArchiveSearch } from './archive-search.ts';
import { createArchiveStore } from './archive-store.ts';
import { inTransaction } from './sqlite-helpers.ts';

/** The archive's part of the library service (library-service.ts). */
export type ArchiveMethods = {
  /** Stores the statements of one import as one batch, all or none. */
  archiveImport(entries: ArchiveEntryToStore[], source: string): Result<ArchiveBatch>;
  /** Removes an import and every statement it brought. */
  archiveUndoImport(batchId: string): Result<null>;
  archiveImports(): Result<ArchiveBatch[]>;
  archiveSearch(request: unknown): Result<ArchiveHit[]>;
  archiveGet(id: string): Result<ArchivedStatement>;
  archiveMentions(request: unknown): Result<ArchiveMention[]>;
};

/** An import of this many statements is refused as one batch: split the folder. */
export const MAX_BATCH_STATEMENTS = 100_000;

/** A cheap check of what crosses from the main process: the shape the store writes, not the whole statement schema again. */
function entryProblem(entry: unknown, index: number): string | null {
  const e = entry as Partial<ArchiveEntryToStore> | null;
  if (e === null || typeof e !== 'object') return `statement ${index + 1} is not a record`;
  for (const key of ['date', 'title', 'language', 'sourceFile', 'fullText', 'statementJson'] as const) if (typeof e[key] !== 'string') return `statement ${index + 1} has no ${key}`;
  if (!Array.isArray(e.organisations) || !e.organisations.every((o) => typeof o === 'string')) return `statement ${index + 1} has no list of organisations`;
  return null;
}

type Guard = <T>(doing: string, task: (db: DatabaseSync) => Result<T>) => Result<T>;

export function archiveMethods(guard: Guard, context: { now: () => Date; newId: () => string }): ArchiveMethods {
  const stores = new WeakMap<DatabaseSync, { store: ReturnType<typeof createArchiveStore>; search: ReturnType<typeof createArchiveSearch> }>();
  // The database changes when a backup is restored; statements are prepared once per database.
  const of = (db: DatabaseSync) => {
    let found = stores.get(db);
    if (!found) {
      found = { store: createArchiveStore(db), search: createArchiveSearch(db) };
      stores.set(db, found);
    }
    return found;
  };
  const notFound = (id: string) => fail('NOT_FOUND', `There is no archived statement with the id “${id}”.`);

  return {
    archiveImport: (entries, source) =>
      guard('store the archive', (db) => {
        if (!Array.isArray(entries) || entries.length === 0) return fail('BAD_ARGUMENTS', 'There are no statements to store.');
        if (entries.length > MAX_BATCH_STATEMENTS) return fail('TOO_LARGE', `An import holds at most ${MAX_BATCH_STATEMENTS} statements.`);
        if (typeof source !== 'string' || source.length > 4096) return fail('BAD_ARGUMENTS', 'The source of the import must be its file name.');
        for (let i = 0; i < entries.length; i++) {
          const problem = entryProblem(entries[i], i);
          if (problem) return fail('BAD_ARGUMENTS', `The archive import is not valid: ${problem}.`);
        }
        const batch: ArchiveBatch = { id: context.newId(), importedAt: context.now().toISOString(), source, statements: entries.length };
        inTransaction(db, () => of(db).store.insertBatch(batch, entries, context.newId));
        return ok(batch);
      }),
    archiveUndoImport: (batchId) =>
      guard('undo the import', (db) => {
        if (typeof batchId !== 'string') return fail('BAD_ARGUMENTS', 'An import is named by its id.');
        const removed = inTransaction(db, () => of(db).store.removeBatch(batchId));
        return removed ? ok(null) : fail('NOT_FOUND', 'That import is no longer in the archive (it was undone already).');
      }),
    archiveImports: () => guard('list the imports', (db) => ok(of(db).store.batches())),
    archiveSearch: (request) =>
      guard('search the archive', (db) => {
        const valid = archiveSearchSchema.safeParse(request);
        if (!valid.success) return fail('BAD_ARGUMENTS', `The archive search is not valid: ${valid.error.issues[0]!.message}.`);
        return ok(of(db).search.search(valid.data));
      }),
    archiveGet: (id) =>
      guard('read the archived statement', (db) => {
        if (typeof id !== 'string') return notFound(String(id));
        const found = of(db).store.find(id);
        return found ? ok(found) : notFound(id);
      }),
    archiveMentions: (request) =>
      guard('look for mentions', (db) => {
        const valid = archiveMentionsSchema.safeParse(request);
        if (!valid.success) return fail('BAD_ARGUMENTS', `The names to look for are not valid: ${valid.error.issues[0]!.message}.`);
        return ok(of(db).search.mentions(valid.data.names));
      }),
  };
}
