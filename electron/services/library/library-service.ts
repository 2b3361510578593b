import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import type { DatabaseSync } from 'node:sqlite';
import { basename, dirname, join, resolve } from 'node:path';
import type { z } from 'zod';
import type { UiLocale } from '../../../core/i18n/ui-locale.ts';
import { fail, ok, type Result } from '../../../core/ipc/result.ts';
import { footnoteDraftSchema, footnotePlainText, type FootnoteRecord } from '../../../core/cases/footnote.ts';
import { nameKeys } from '../../../core/cases/name-key.ts';
import { organisationDraftSchema, type OrganisationRecord } from '../../../core/cases/organisation.ts';
import { caseDraftSchema, type CaseDraftInput, type CaseRecord } from '../../../core/cases/person.ts';
import { signerDraftSchema, type SignerDraftInput, type SignerRecord } from '../../../core/signatories/signer-record.ts';
import {
  exportSelectionSchema,
  importDecisionsSchema,
  type BackupInfo,
  type CaseHit,
  type CaseSummary,
  type CreateCaseOutcome,
  type ExportResult,
  type ExportSelection,
  type ImportDecision,
  type ImportOutcome,
  type LibraryInfo,
} from '../../../core/library/api.ts';
import { checkLibraryFile, parseLibraryFile, zodPath } from '../../../core/library/parse-library-file.ts';
import { searchRequestSchema, type SearchRequest } from '../../../core/library/search-query.ts';
import { describeFsError } from '../documents/fs-errors.ts';
import { copyDurably } from './durable-copy.ts';
import { backupIfDue, backupName, defaultBackupDir, isBackupName, KEEP_BACKUPS, listBackups, rotateBackups, writeBackup } from './backups.ts';
import { createCaseStore, SUMMARY_COLUMNS, summaryOf, type CaseStore, type SummaryRow } from './case-store.ts';
import { inspectLibraryFile, openLibraryDatabase } from './database-file.ts';
import { libraryMessages, type LibraryThing } from './library-messages.ts';
import { createDuplicateFinder, type DuplicateFinder } from './duplicates.ts';
import { exportLibraryFile, importLibraryFile } from './import-export.ts';
import { createRecordStore, type RecordStore } from './record-store.ts';
import { MIGRATIONS, type SchemaMigration } from './schema.ts';
import { archiveMethods, type ArchiveMethods } from './archive-methods.ts';
import { templateMethods, type TemplateMethods } from './template-methods.ts';
import { createCaseSearch, type CaseSearch } from './search.ts';
import { createSignerStore, type SignerStore } from './signer-store.ts';
import { describeSqliteError, inTransaction, sqliteErrorCode } from './sqlite-helpers.ts';

export type LibraryOptions = {
  /** The database file; created (with its folder) if missing. */
  path: string;
  /** Where backups go; defaults to library-backups/ beside the database. */
  backupDir?: string;
  /** Make the daily backup when the library opens (default true). */
  autoBackup?: boolean;
  keepBackups?: number;
  now?: () => Date;
  newId?: () => string;
  /** The schema steps; tests pass extra ones to exercise upgrading. */
  migrations?: ReadonlyArray<SchemaMigration>;
  /** The interface language of the moment, for refusals the window shows (English when not given). */
  locale?: () => UiLocale;
};

export type SaveOptions = {
  /** The updatedAt the editor started from: if the record changed since (another window, the command line), saving is refused. */
  expectedUpdatedAt?: string;
};

/**
 * The case library: one SQLite database holding cases, organisations, reusable footnotes and
 * the roster of signers.
 * Every method answers with a Result and never throws, because the answer travels from a
 * worker thread and then over IPC, where a thrown error loses its code. The methods are
 * synchronous (node:sqlite's DatabaseSync): the service is meant to run in a worker
 * (library-worker.ts), or in a process of its own such as the command line.
 */
export type LibraryService = ArchiveMethods & TemplateMethods & {
  info(): Result<LibraryInfo>;
  getCase(id: string): Result<CaseRecord>;
  /** Refuses to write a likely duplicate (and lists the cases it resembles) unless allowDuplicate. */
  createCase(draft: CaseDraftInput, options?: { allowDuplicate?: boolean }): Result<CreateCaseOutcome>;
  updateCase(id: string, draft: CaseDraftInput, options?: SaveOptions): Result<CaseRecord>;
  deleteCase(id: string): Result<null>;
  /** Cases that are likely the same person as the draft; exceptId leaves out the case being edited. */
  findDuplicates(draft: CaseDraftInput, exceptId?: string): Result<CaseSummary[]>;
  searchCases(request: SearchRequest): Result<CaseHit[]>;
  /** Records that a case was just used (inserted into a statement), for recentCases. */
  markUsed(id: string): Result<null>;
  /** The cases most recently used, created or edited here (not imported), most recent first. */
  recentCases(limit?: number): Result<CaseSummary[]>;
  listOrganisations(query?: string): Result<OrganisationRecord[]>;
  getOrganisation(id: string): Result<OrganisationRecord>;
  createOrganisation(draft: z.input<typeof organisationDraftSchema>): Result<OrganisationRecord>;
  updateOrganisation(id: string, draft: z.input<typeof organisationDraftSchema>, options?: SaveOptions): Result<OrganisationRecord>;
  deleteOrganisation(id: string): Result<null>;
  listFootnotes(query?: string): Result<FootnoteRecord[]>;
  getFootnote(id: string): Result<FootnoteRecord>;
  createFootnote(draft: z.input<typeof footnoteDraftSchema>): Result<FootnoteRecord>;
  updateFootnote(id: string, draft: z.input<typeof footnoteDraftSchema>, options?: SaveOptions): Result<FootnoteRecord>;
  deleteFootnote(id: string): Result<null>;
  /** The roster's people, by family name; a query matches names in any spelling, email, role, organisation, country and tags. */
  listSigners(query?: string): Result<SignerRecord[]>;
  getSigner(id: string): Result<SignerRecord>;
  createSigner(draft: SignerDraftInput): Result<SignerRecord>;
  updateSigner(id: string, draft: SignerDraftInput, options?: SaveOptions): Result<SignerRecord>;
  deleteSigner(id: string): Result<null>;
  exportLibrary(selection?: ExportSelection): Result<ExportResult>;
  /** Imports an exchange file's text; see ImportOutcome for the two-step handling of conflicts. */
  importLibrary(text: string, decisions?: ImportDecision[]): Result<ImportOutcome>;
  /** The same for data already parsed from JSON. */
  importData(data: unknown, decisions?: ImportDecision[]): Result<ImportOutcome>;
  listBackups(): Result<BackupInfo[]>;
  /** Makes today's backup if there is none yet (the app calls this now and then while it runs). */
  backupIfDue(): Result<string | null>;
  /** Replaces the library with a backup, after backing up the library as it is. */
  restoreBackup(name: string): Result<LibraryInfo>;
  close(): Result<null>;
};

type Open = {
  db: DatabaseSync;
  cases: CaseStore;
  organisations: RecordStore<OrganisationRecord>;
  footnotes: RecordStore<FootnoteRecord>;
  signers: SignerStore;
  search: CaseSearch;
  findDuplicates: DuplicateFinder;
};

function validate<S extends z.ZodType>(schema: S, value: unknown, what: string, locale: UiLocale = 'en'): Result<z.output<S>> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return ok(parsed.data);
  const issue = parsed.error.issues[0]!;
  return fail('BAD_ARGUMENTS', libraryMessages[locale].notValid(what, zodPath(issue.path), issue.message));
}

/** Case-insensitive match of every query word against a record's text, names in any spelling included. */
function textMatcher(query: string): (haystack: string) => boolean {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const keys = nameKeys(query);
  if (words.length === 0) return () => true;
  return (haystack) => {
    const lower = haystack.toLowerCase();
    if (words.every((word) => lower.includes(word))) return true;
    const haystackKeys = nameKeys(haystack);
    return keys.length > 0 && keys.every((key) => haystackKeys.some((k) => k.startsWith(key)));
  };
}

function bind(db: DatabaseSync, now: () => Date): Open {
  return {
    db,
    cases: createCaseStore(db),
    organisations: createRecordStore<OrganisationRecord>(db, 'organisations', (r) => r.fullName),
    footnotes: createRecordStore<FootnoteRecord>(db, 'footnotes', (r) => r.title),
    signers: createSignerStore(db),
    search: createCaseSearch(db, now),
    findDuplicates: createDuplicateFinder(db),
  };
}

/**
 * Opens (or creates) the library at options.path. A file that is damaged, belongs to another
 * program or comes from a newer app is refused and left untouched (see database-file.ts).
 */
export function openLibrary(options: LibraryOptions): Result<LibraryService> {
  try {
    return openLibraryOrThrow(options);
  } catch (error) {
    return fail('INTERNAL', `Something went wrong while opening the library: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function openLibraryOrThrow(options: LibraryOptions): Result<LibraryService> {
  const path = resolve(options.path);
  const backupDir = options.backupDir ?? defaultBackupDir(path);
  const now = options.now ?? (() => new Date());
  const locale = options.locale ?? (() => 'en');
  /** The refusals' words in the language the window shows at this call. */
  const messages = () => libraryMessages[locale()];
  const newId = options.newId ?? (() => randomUUID());
  const keep = options.keepBackups ?? KEEP_BACKUPS;
  const migrations = options.migrations ?? MIGRATIONS;

  try {
    mkdirSync(dirname(path), { recursive: true });
  } catch (error) {
    return fail('IO_ERROR', `Could not create the library’s folder: ${describeFsError(error)}.`);
  }
  const opened = openLibraryDatabase(path, {
    migrations,
    beforeMigrate: (db, fromVersion) => {
      writeBackup(db, backupDir, backupName('before-migration', now(), fromVersion, backupDir));
      rotateBackups(backupDir, keep);
    },
  });
  if (!opened.ok) return opened;
  let state: Open | null;
  try {
    state = bind(opened.value, now);
  } catch (error) {
    opened.value.close();
    return fail('IO_ERROR', `The library ${path} could not be prepared: ${describeSqliteError(error)}.`);
  }

  /** Last line of defence: a bug or a disk error comes back as a Failure, never as an exception. */
  function guard<T>(doing: string, task: (open: Open) => Result<T>): Result<T> {
    const m = messages();
    if (state === null) return fail('IO_ERROR', m.closed);
    try {
      return task(state);
    } catch (error) {
      if (sqliteErrorCode(error) !== undefined) return fail('IO_ERROR', m.couldNot(doing, describeSqliteError(error)));
      return fail('INTERNAL', m.wentWrong(doing, error instanceof Error ? error.message : String(error)));
    }
  }

  const stamp = (previous?: string): string => {
    // Strictly after the previous version, even within one millisecond, so "changed since" stays true.
    let at = now().toISOString();
    if (previous !== undefined && at <= previous) at = new Date(Date.parse(previous) + 1).toISOString();
    return at;
  };

  const notFound = (what: LibraryThing, id: string) => fail('NOT_FOUND', messages().notFound(what, id));
  const changedSince = (what: LibraryThing) => fail('CHANGED_ON_DISK', messages().changedElsewhere(what));

  function info(open: Open): LibraryInfo {
    const count = (table: string) => Number((open.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n);
    const version = Number((open.db.prepare('PRAGMA user_version').get() as { user_version: number }).user_version);
    return { path, schemaVersion: version, counts: { cases: count('cases'), organisations: count('organisations'), footnotes: count('footnotes'), signers: count('signers') }, backupDir };
  }

  if (options.autoBackup !== false) {
    const startup = guard('make the daily backup', (open) => {
      const { counts } = info(open);
      // An empty library has nothing worth keeping: no backup on the first start.
      return ok(counts.cases + counts.organisations + counts.footnotes + counts.signers > 0 ? backupIfDue(open.db, backupDir, now(), keep) : null);
    });
    // A failed backup must not keep the writer from working; the next open tries again.
    if (!startup.ok) console.warn(`[library] ${startup.message}`);
  }

  function simpleRecords<R extends { id: string; updatedAt: string }, S extends z.ZodType>(
    what: LibraryThing,
    schema: S,
    store: (open: Open) => RecordStore<R>,
    searchable: (record: R) => string,
  ) {
    return {
      list: (query = '') =>
        guard(`list ${what}s`, (open) => {
          const matches = textMatcher(query);
          return ok(store(open).all().filter((record) => matches(searchable(record))));
        }),
      get: (id: string) => guard(`read the ${what}`, (open) => {
        const record = store(open).find(id);
        return record ? ok(record) : notFound(what, id);
      }),
      create: (draft: unknown) =>
        guard(`create the ${what}`, (open) => {
          const valid = validate(schema, draft, what, locale());
          if (!valid.ok) return valid;
          const record = { ...(valid.value as object), id: newId(), updatedAt: stamp() } as R;
          store(open).insert(record);
          return ok(record);
        }),
      update: (id: string, draft: unknown, saveOptions: SaveOptions = {}) =>
        guard(`save the ${what}`, (open) => {
          const valid = validate(schema, draft, what, locale());
          if (!valid.ok) return valid;
          return inTransaction(open.db, (): Result<R> => {
            const current = store(open).find(id);
            if (!current) return notFound(what, id);
            if (saveOptions.expectedUpdatedAt !== undefined && saveOptions.expectedUpdatedAt !== current.updatedAt) return changedSince(what);
            const record = { ...(valid.value as object), id, updatedAt: stamp(current.updatedAt) } as R;
            store(open).replace(record);
            return ok(record);
          });
        }),
      remove: (id: string) => guard(`delete the ${what}`, (open) => (store(open).remove(id) ? ok(null) : notFound(what, id))),
    };
  }

  const organisations = simpleRecords('organisation', organisationDraftSchema, (o) => o.organisations, (r: OrganisationRecord) =>
    [r.fullName, r.abbreviation, ...r.names.flatMap((n) => [n.nominative, n.genitive, n.abbreviation]), ...r.tags].join(' '),
  );
  const footnotes = simpleRecords('footnote', footnoteDraftSchema, (o) => o.footnotes, (r: FootnoteRecord) => [r.title, footnotePlainText(r.body), ...r.tags].join(' '));
  // Signers are searched in SQL (signer-store.ts), not by the in-memory matcher: a roster grows with every sign-on import.
  const signers = simpleRecords('signer', signerDraftSchema, (o) => o.signers, () => '');
  const listSigners = (query = '') => {
    if (typeof query !== 'string') return fail('BAD_ARGUMENTS', 'The search must be text.');
    return guard('list signers', (open) => ok(open.signers.search(query)));
  };

  function importParsed(parsed: Result<unknown>, decisions: unknown): Result<ImportOutcome> {
    return guard('import the file', (open) => {
      if (!parsed.ok) return parsed;
      const file = checkLibraryFile(parsed.value);
      if (!file.ok) return file;
      const validDecisions = validate(importDecisionsSchema, decisions ?? [], 'list of decisions', locale());
      if (!validDecisions.ok) return validDecisions;
      return ok(importLibraryFile(open, file.value, validDecisions.value));
    });
  }

  const service: LibraryService = {
    info: () => guard('read the library', (open) => ok(info(open))),
    ...archiveMethods((doing, task) => guard(doing, (open) => task(open.db)), { now, newId }),
    ...templateMethods((doing, task) => guard(doing, (open) => task(open.db)), { now, locale }),

    getCase: (id) =>
      guard('read the case', (open) => {
        const found = open.cases.find(id);
        return found ? ok(found.record) : notFound('case', id);
      }),

    createCase: (draft, createOptions = {}) =>
      guard<CreateCaseOutcome>('create the case', (open) => {
        const valid = validate(caseDraftSchema, draft, 'case', locale());
        if (!valid.ok) return valid;
        if (createOptions.allowDuplicate !== true) {
          const duplicates = open.findDuplicates(valid.value);
          if (duplicates.length > 0) return ok({ status: 'likely-duplicate', duplicates });
        }
        const at = stamp();
        const record: CaseRecord = { ...valid.value, id: newId(), updatedAt: at };
        inTransaction(open.db, () => open.cases.insert(record, at));
        return ok({ status: 'created', record });
      }),

    updateCase: (id, draft, saveOptions = {}) =>
      guard('save the case', (open) => {
        const valid = validate(caseDraftSchema, draft, 'case', locale());
        if (!valid.ok) return valid;
        return inTransaction(open.db, (): Result<CaseRecord> => {
          const current = open.cases.find(id);
          if (!current) return notFound('case', id);
          if (saveOptions.expectedUpdatedAt !== undefined && saveOptions.expectedUpdatedAt !== current.updatedAt) return changedSince('case');
          const record: CaseRecord = { ...valid.value, id, updatedAt: stamp(current.updatedAt) };
          // Editing a case counts as using it, for recentCases.
          open.cases.replace(current.n, record, now().toISOString());
          return ok(record);
        });
      }),

    deleteCase: (id) =>
      guard('delete the case', (open) =>
        inTransaction(open.db, (): Result<null> => {
          const current = open.cases.find(id);
          if (!current) return notFound('case', id);
          open.cases.remove(current.n);
          return ok(null);
        }),
      ),

    findDuplicates: (draft, exceptId) =>
      guard('look for duplicates', (open) => {
        const valid = validate(caseDraftSchema, draft, 'case', locale());
        if (!valid.ok) return valid;
        return ok(open.findDuplicates(valid.value, exceptId));
      }),

    searchCases: (request) =>
      guard('search the library', (open) => {
        const valid = validate(searchRequestSchema, request, 'search', locale());
        if (!valid.ok) return valid;
        return ok(open.search(valid.value));
      }),

    markUsed: (id) => guard('note the case as used', (open) => (open.cases.markUsed(id, now().toISOString()) ? ok(null) : notFound('case', id))),

    recentCases: (limit = 20) =>
      guard('list recent cases', (open) => {
        if (!Number.isInteger(limit) || limit < 1 || limit > 1000) return fail('BAD_ARGUMENTS', 'The number of recent cases must be between 1 and 1000.');
        const rows = open.db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM cases c WHERE c.used_at IS NOT NULL ORDER BY c.used_at DESC, c.n DESC LIMIT ?`).all(limit) as SummaryRow[];
        return ok(rows.map(summaryOf));
      }),

    listOrganisations: organisations.list,
    getOrganisation: organisations.get,
    createOrganisation: organisations.create,
    updateOrganisation: organisations.update,
    deleteOrganisation: organisations.remove,
    listFootnotes: footnotes.list,
    getFootnote: footnotes.get,
    createFootnote: footnotes.create,
    updateFootnote: footnotes.update,
    deleteFootnote: footnotes.remove,
    listSigners,
    getSigner: signers.get,
    createSigner: signers.create,
    updateSigner: signers.update,
    deleteSigner: signers.remove,

    exportLibrary: (selection = {}) =>
      guard('export the library', (open) => {
        const valid = validate(exportSelectionSchema, selection, 'selection', locale());
        if (!valid.ok) return valid;
        return ok(exportLibraryFile(open, { ...valid.value, now: now() }));
      }),

    importLibrary: (text, decisions) => {
      if (typeof text !== 'string') return fail('BAD_ARGUMENTS', 'The file to import must be given as text.');
      return importParsed(parseLibraryFile(text), decisions);
    },

    importData: (data, decisions) => importParsed(ok(data), decisions),

    listBackups: () => guard('list the backups', () => ok(listBackups(backupDir))),

    backupIfDue: () => guard('make the daily backup', (open) => ok(backupIfDue(open.db, backupDir, now(), keep))),

    restoreBackup: (name) =>
      guard('restore the backup', (open) => {
        const m = messages();
        if (typeof name !== 'string' || !isBackupName(name)) return fail('BAD_ARGUMENTS', m.notABackupName);
        const source = join(backupDir, name);
        if (!existsSync(source)) return fail('NOT_FOUND', m.backupGone(name));
        const usable = inspectLibraryFile(source, migrations.length);
        if (!usable.ok) return fail(usable.code, m.backupUnusable(name, usable.message));
        if (usable.value.kind !== 'library') return fail('WRONG_FORMAT', m.backupEmpty(name));

        // The library as it is now becomes a backup first, so the restore itself can be undone.
        writeBackup(open.db, backupDir, backupName('before-restore', now(), 0, backupDir));
        rotateBackups(backupDir, keep);
        open.db.close();
        state = null;
        // SQLite removes the write-ahead log when the last connection closes; if it is still there,
        // another program (the command line) has the library open, and replacing the file under it would corrupt it.
        if (existsSync(`${path}-wal`) && statSync(`${path}-wal`).size > 0) {
          const reopened = openLibraryDatabase(path, { migrations });
          if (reopened.ok) state = bind(reopened.value, now);
          return fail('IO_ERROR', m.libraryInUse);
        }
        const temp = join(dirname(path), `.${basename(path)}.restore.tmp`);
        try {
          copyDurably(source, temp);
          rmSync(`${path}-wal`, { force: true });
          rmSync(`${path}-shm`, { force: true });
          renameSync(temp, path);
        } catch (error) {
          rmSync(temp, { force: true });
          const reopened = openLibraryDatabase(path, { migrations });
          if (reopened.ok) state = bind(reopened.value, now);
          return fail('IO_ERROR', m.restoreFailed(describeFsError(error, locale())));
        }
        const reopened = openLibraryDatabase(path, { migrations });
        if (!reopened.ok) return reopened;
        state = bind(reopened.value, now);
        return ok(info(state));
      }),

    close: () => {
      if (state !== null) {
        try {
          state.db.close();
        } catch (error) {
          state = null;
          return fail('IO_ERROR', messages().closeFailed(describeSqliteError(error)));
        }
      }
      state = null;
      return ok(null);
    },
  };
  return ok(service);
}
