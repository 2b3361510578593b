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
import { decodeArchiveChunk, type ArchiveChunk } from '../../../core/archive/archive-chunk.ts';
import { createArchiveSearch } from './archive-search.ts';
import { createArchiveStaging } from './archive-staging.ts';
import { createArchiveStore } from './archive-store.ts';
import { inTransaction } from './sqlite-helpers.ts';

/** The archive's part of the library service (library-service.ts). */
export type ArchiveMethods = {
  /** Stores the statements of one import as one batch, all or none (begin, add, commit in one call). */
  /**
   * An import in steps, for the window: begin gives the id of a staged import, add brings its
   * statements a chunk at a time, commit makes them one batch of the archive (the id becomes the
   * batch's), discard forgets them. Until the commit, nothing of it is in the archive.
   */
  archiveStageBegin(source: string): Result<string>;
  /** A chunk is the statements, or their JSON as bytes (as the reader's thread sends them, core/archive/archive-chunk.ts). */
  archiveStageAdd(stagingId: string, chunk: ArchiveEntryToStore[] | ArchiveChunk): Result<number>;
  archiveStageCommit(stagingId: string): Result<ArchiveBatch>;
  archiveStageDiscard(stagingId: string): Result<null>;
  /** Removes an import and every statement it brought. */
  archiveUndoImport(batchId: string): Result<null>;
  archiveImports(): Result<ArchiveBatch[]>;
  archiveSearch(request: unknown): Result<ArchiveHit[]>;
  archiveGet(id: string): Result<ArchivedStatement>;
  archiveMentions(request: unknown): Result<ArchiveMention[]>;
};

/** An import of this many statements is refused as one batch: split the folder. */
export const MAX_BATCH_STATEMENTS = 100_000;
/** Statements per chunk of a staged import at most (the main process sends a megabyte or so at a time). */
export const MAX_CHUNK_STATEMENTS = 5_000;

/** A cheap check of what crosses from the main process: the shape the store writes, not the whole statement schema again. */
function entryProblem(entry: unknown, index: number): string | null {
  const e = entry as Partial<ArchiveEntryToStore> | null;
  if (e === null || typeof e !== 'object') return `statement ${index + 1} is not a record`;
  for (const key of ['date', 'title', 'language', 'sourceFile', 'fullText', 'statementJson'] as const) if (typeof e[key] !== 'string') return `statement ${index + 1} has no ${key}`;
  if (!Array.isArray(e.organisations) || !e.organisations.every((o) => typeof o === 'string')) return `statement ${index + 1} has no list of organisations`;
  return null;
}

type Guard = <T>(doing: string, task: (db: DatabaseSync) => Result<T>) => Result<T>;

type Staged = { db: DatabaseSync; source: string; statements: number };

export function archiveMethods(guard: Guard, context: { now: () => Date; newId: () => string }): ArchiveMethods {
  const stores = new WeakMap<
    DatabaseSync,
    { store: ReturnType<typeof createArchiveStore>; search: ReturnType<typeof createArchiveSearch>; staging: ReturnType<typeof createArchiveStaging> }
  >();
  // The database changes when a backup is restored; statements are prepared once per database.
  const of = (db: DatabaseSync) => {
    let found = stores.get(db);
    if (!found) {
      found = { store: createArchiveStore(db), search: createArchiveSearch(db), staging: createArchiveStaging(db) };
      stores.set(db, found);
    }
    return found;
  };
  const notFound = (id: string) => fail('NOT_FOUND', `There is no archived statement with the id “${id}”.`);
  const staged = new Map<string, Staged>();
  // A staged import lives in its connection's TEMP table: after a restore it is gone, and so is the import.
  const stagedIn = (db: DatabaseSync, id: unknown): Staged | null => {
    const found = typeof id === 'string' ? staged.get(id) : undefined;
    if (found && found.db !== db) staged.delete(id as string);
    return found && found.db === db ? found : null;
  };
  const notStaged = () => fail('NOT_FOUND', 'This import is no longer under way (the library was closed or restored meanwhile); import the archive again.');

  const methods: ArchiveMethods = {
    archiveStageBegin: (source) =>
      guard('store the archive', (db) => {
        if (typeof source !== 'string' || source.length > 4096) return fail('BAD_ARGUMENTS', 'The source of the import must be its file name.');
        of(db);
        const id = context.newId();
        staged.set(id, { db, source, statements: 0 });
        return ok(id);
      }),
    archiveStageAdd: (stagingId, chunk) =>
      guard('store the archive', (db) => {
        const pending = stagedIn(db, stagingId);
        if (!pending) return notStaged();
        const entries = chunk instanceof Uint8Array ? decodeArchiveChunk(chunk) : chunk;
        const fault = (result: Result<never>) => {
          methods.archiveStageDiscard(stagingId);
          return result;
        };
        if (!Array.isArray(entries) || entries.length === 0 || entries.length > MAX_CHUNK_STATEMENTS) return fault(fail('BAD_ARGUMENTS', `A chunk of an import holds 1 to ${MAX_CHUNK_STATEMENTS} statements.`));
        if (pending.statements + entries.length > MAX_BATCH_STATEMENTS) return fault(fail('TOO_LARGE', `An import holds at most ${MAX_BATCH_STATEMENTS} statements.`));
        for (let i = 0; i < entries.length; i++) {
          const problem = entryProblem(entries[i], pending.statements + i);
          if (problem) return fault(fail('BAD_ARGUMENTS', `The archive import is not valid: ${problem}.`));
        }
        try {
          inTransaction(db, () => of(db).staging.add(stagingId, entries, context.newId));
        } catch (error) {
          methods.archiveStageDiscard(stagingId);
          throw error;
        }
        pending.statements += entries.length;
        return ok(pending.statements);
      }),
    archiveStageCommit: (stagingId) =>
      guard('store the archive', (db) => {
        const pending = stagedIn(db, stagingId);
        if (!pending) return notStaged();
        staged.delete(stagingId);
        if (pending.statements === 0) return fail('BAD_ARGUMENTS', 'There are no statements to store.');
        const batch: ArchiveBatch = { id: stagingId, importedAt: context.now().toISOString(), source: pending.source, statements: pending.statements };
        try {
          inTransaction(db, () => of(db).staging.commit(stagingId, batch));
        } catch (error) {
          // Rolled back: the staged rows are of no more use.
          of(db).staging.discard(stagingId);
          throw error;
        }
        return ok(batch);
      }),
    archiveStageDiscard: (stagingId) =>
      guard('forget the unfinished import', (db) => {
        const pending = stagedIn(db, stagingId);
        if (!pending) return ok(null);
        staged.delete(stagingId as string);
        of(db).staging.discard(stagingId);
        return ok(null);
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
  return methods;
}
