import { randomUUID } from 'node:crypto';
import { open as openFile, stat } from 'node:fs/promises';
import { basename, isAbsolute, resolve } from 'node:path';
import type { OpenedDocument, RecentDocument, RecoveryEntry, SavedDocument, WelcomeRecentDocument } from '../../../core/ipc/contract.ts';
import { fail, ok, type Failure, type Result } from '../../../core/ipc/result.ts';
import { MAX_STATEMENT_BYTES } from '../../../core/statement/format.ts';
import { newStatement } from '../../../core/statement/new-statement.ts';
import { parseStatement, serializeStatement } from '../../../core/statement/parse.ts';
import type { Statement } from '../../../core/statement/schema.ts';
import { writeFileAtomic, type AtomicFs } from './atomic-write.ts';
import { displayName, suggestedFileName, withStatementExtension } from './file-names.ts';
import { fileFingerprint, fingerprintOf, sameFingerprint, type FileFingerprint } from './fingerprint.ts';
import { describeFsError, errorCodeOf } from './fs-errors.ts';
import { createKeyedQueue } from './keyed-queue.ts';
import { createRecentDocuments } from './recent-documents.ts';
import { createRecoveryJournal, isRecoveryId } from './recovery-journal.ts';
import type { UiLocale } from '../../../core/i18n/ui-locale.ts';
import { documentMessages, type DocumentMessages } from './document-messages.ts';

/** The native Open and Save dialogs, supplied by the main process (the only Electron part). */
export type DocumentDialogs = {
  chooseOpenPath(): Promise<string | null>;
  chooseSavePath(suggestedName: string): Promise<string | null>;
};

export type DocumentServiceDeps = {
  userDataDir: string;
  dialogs: DocumentDialogs;
  /** Used for every write (documents, recent list, recovery copies); tests inject failures here. */
  fs?: AtomicFs;
  now?: () => Date;
  newId?: () => string;
  /** A file handed over by the OS or command line could not be opened; the message is for the writer. */
  onError?: (message: string) => void;
  /** Housekeeping that failed without failing the call (recent list, recovery cleanup). Defaults to console.warn. */
  log?: (message: string) => void;
  /** The interface language the writer reads messages in, asked at each call; English when not given. */
  locale?: () => UiLocale;
};

export type SaveOptions = { overwriteExternalChange?: boolean };

export type DocumentService = {
  /** An untitled document: empty, or holding the given statement (from a template, a new edition). */
  newDocument(statement?: Statement): Promise<Result<OpenedDocument>>;
  open(): Promise<Result<OpenedDocument>>;
  openPath(path: string): Promise<Result<OpenedDocument>>;
  openRecent(path: string): Promise<Result<OpenedDocument>>;
  recent(): Promise<Result<RecentDocument[]>>;
  /** The recent list for the welcome screen: with folders, missing files included and marked. */
  recentWithMissing(): Promise<Result<WelcomeRecentDocument[]>>;
  /** Takes a file off the recent list (the welcome screen's Remove); only a path on the list. */
  forgetRecent(path: string): Promise<Result<null>>;
  save(id: string, statement: Statement, options?: SaveOptions): Promise<Result<SavedDocument>>;
  saveAs(id: string, statement: Statement): Promise<Result<SavedDocument>>;
  close(id: string): Promise<Result<null>>;
  /** The statement must be one parseStatement accepted (the IPC handler parses the text it receives). */
  writeRecovery(id: string, statement: Statement): Promise<Result<null>>;
  listRecovery(): Promise<Result<RecoveryEntry[]>>;
  restoreRecovery(recoveryId: string): Promise<Result<OpenedDocument>>;
  discardRecovery(recoveryId: string): Promise<Result<null>>;
  /** Opens a file the OS handed over before the renderer was ready, for takePending to return. */
  queuePending(path: string): Promise<Result<OpenedDocument>>;
  /** The documents queued so far (waiting for opens still under way), and forgets them. */
  takePending(): Promise<Result<OpenedDocument[]>>;
};

/** What the main process remembers about a document the renderer has open. */
type OpenEntry = {
  path: string | null;
  /** The file as we last read or wrote it; null if we never did. */
  fingerprint: FileFingerprint | null;
  /** For the wording of the external-change message only. */
  lastTouched: 'opened' | 'saved';
};

const prefixed = (failure: Failure, prefix: string): Failure => fail(failure.code, `${prefix}: ${failure.message}`);

/** The messages of one call, in the language the writer reads. */
type Said = { m: DocumentMessages; locale: UiLocale };

function fsFailure(action: 'open' | 'save', name: string, error: unknown, { m, locale }: Said): Failure {
  const code = action === 'open' && errorCodeOf(error) === 'ENOENT' ? 'NOT_FOUND' : 'IO_ERROR';
  return fail(code, m.couldNot(action, name, describeFsError(error, locale)));
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Reads and checks a statement file without ever writing to it: a file we cannot read stays as it is. */
async function readStatementFile(path: string, said: Said): Promise<Result<{ statement: Statement; fingerprint: FileFingerprint }>> {
  const { m } = said;
  const name = basename(path);
  let bytes: Uint8Array;
  let mtimeMs: number;
  try {
    // Size is checked before reading, so a huge file picked by mistake costs no memory.
    const info = await stat(path);
    if (!info.isFile()) return fail('IO_ERROR', m.notAFile(name));
    if (info.size > MAX_STATEMENT_BYTES) {
      const mib = (n: number) => Math.ceil(n / 1024 / 1024);
      return fail('TOO_LARGE', m.tooLargeToOpen(name, mib(info.size), mib(MAX_STATEMENT_BYTES)));
    }
    const handle = await openFile(path, 'r');
    try {
      mtimeMs = (await handle.stat()).mtimeMs;
      bytes = await handle.readFile();
    } finally {
      await handle.close();
    }
  } catch (error) {
    return fsFailure('open', name, error, said);
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return fail('NOT_JSON', m.notUtf8(name));
  }
  const parsed = parseStatement(text);
  if (!parsed.ok) return prefixed(parsed, m.openPrefix(name));
  return ok({ statement: parsed.value, fingerprint: fingerprintOf(bytes, { mtimeMs, size: bytes.length }) });
}

/**
 * The file text for a statement, refusing anything that would not open again: saving must
 * never turn a working document into a file the app itself rejects.
 */
function serializeForSave(statement: Statement, name: string, m: DocumentMessages): Result<string> {
  const text = serializeStatement(statement);
  if (Buffer.byteLength(text, 'utf8') > MAX_STATEMENT_BYTES) {
    return fail('TOO_LARGE', m.tooLargeToSave(name, MAX_STATEMENT_BYTES / 1024 / 1024));
  }
  const check = parseStatement(text);
  if (!check.ok) return fail('INVALID_STATEMENT', m.wouldNotOpen(name, check.message));
  return ok(text);
}

function externalChangeMessage(name: string, recorded: FileFingerprint | null, current: FileFingerprint | null, since: OpenEntry['lastTouched'], m: DocumentMessages): string {
  const saved = since === 'saved';
  if (current === null) return m.movedOrDeleted(name, saved);
  if (recorded === null) return m.createdMeanwhile(name, saved);
  return m.changedMeanwhile(name, saved);
}

/**
 * Opening, saving and crash recovery of statements. Plain Node: Electron comes in only
 * through the dialogs dependency. Every method answers with a Result and never throws,
 * because the answer travels over IPC, where a thrown error loses its code.
 */
export function createDocumentService(deps: DocumentServiceDeps): DocumentService {
  const { dialogs, fs } = deps;
  const now = deps.now ?? (() => new Date());
  const newId = deps.newId ?? (() => randomUUID());
  const log = deps.log ?? ((message: string) => console.warn(`[documents] ${message}`));
  /** Asked at each call: the writer may switch the interface language while the app runs. */
  const said = (): Said => {
    const locale = deps.locale?.() ?? 'en';
    return { m: documentMessages[locale], locale };
  };
  const recentList = createRecentDocuments(deps.userDataDir, { fs });
  const journal = createRecoveryJournal(deps.userDataDir, { fs, onSkip: (file, reason) => log(`skipped recovery file ${file}: ${reason}`) });
  const openDocuments = new Map<string, OpenEntry>();
  // One operation at a time per document id (see keyed-queue.ts for why).
  const queue = createKeyedQueue();
  const pending: OpenedDocument[] = [];
  const pendingOpens = new Set<Promise<unknown>>();

  /** Last line of defence: a bug must come back as INTERNAL, not as an exception over IPC. */
  async function guard<T>(doing: string, task: () => Promise<Result<T>>): Promise<Result<T>> {
    try {
      return await task();
    } catch (error) {
      return fail('INTERNAL', `Something went wrong while ${doing}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  /** The recent list as the menu or the welcome screen wants it; an unreadable list file is said as such. */
  function listRecent<T>(read: () => Promise<T>): Promise<Result<T>> {
    return guard('listing recent statements', async () => {
      try {
        return ok(await read());
      } catch (error) {
        const { m, locale } = said();
        return fail('IO_ERROR', m.recentUnreadable(describeFsError(error, locale)));
      }
    });
  }

  function register(entry: OpenEntry): string {
    const id = newId();
    if (!isRecoveryId(id) || openDocuments.has(id)) throw new Error(`unusable document id ${JSON.stringify(id)}`);
    openDocuments.set(id, entry);
    return id;
  }

  /** Housekeeping after the real work succeeded: its failure is logged, not reported as the call's. */
  async function bestEffort(what: string, task: () => Promise<unknown>): Promise<void> {
    try {
      await task();
    } catch (error) {
      log(`could not ${what}: ${describeFsError(error)}`);
    }
  }

  async function openPath(path: string): Promise<Result<OpenedDocument>> {
    if (typeof path !== 'string' || path === '') return fail('BAD_ARGUMENTS', 'No file was given to open.');
    const absolute = resolve(path);
    const read = await readStatementFile(absolute, said());
    if (!read.ok) return read;
    const id = register({ path: absolute, fingerprint: read.value.fingerprint, lastTouched: 'opened' });
    await bestEffort('update the recent list', () => recentList.add(absolute));
    return ok({ id, path: absolute, name: basename(absolute), statement: read.value.statement });
  }

  /** Writes the statement to path and records it as the document's file. The queue for id is held. */
  async function writeDocument(id: string, entry: OpenEntry, path: string, text: string): Promise<Result<SavedDocument>> {
    const name = basename(path);
    try {
      await writeFileAtomic(path, text, { keepBackup: true, fs });
    } catch (error) {
      return fsFailure('save', name, error, said());
    }
    // Fingerprint of what we wrote (not a re-read): a program writing right after us is still noticed.
    let mtimeMs = 0;
    await bestEffort('read back the saved file’s time', async () => {
      mtimeMs = (await stat(path)).mtimeMs;
    });
    const bytes = Buffer.from(text, 'utf8');
    entry.path = path;
    entry.fingerprint = fingerprintOf(bytes, { mtimeMs, size: bytes.length });
    entry.lastTouched = 'saved';
    await bestEffort('update the recent list', () => recentList.add(path));
    await bestEffort('remove the recovery copy', () => journal.discard(id));
    return ok({ id, path, name });
  }

  async function saveAsLocked(id: string, entry: OpenEntry, statement: Statement): Promise<Result<SavedDocument>> {
    const { m, locale } = said();
    const currentName = entry.path === null ? null : basename(entry.path);
    let chosen: string | null;
    try {
      chosen = await dialogs.chooseSavePath(suggestedFileName(statement.meta.title, currentName));
    } catch (error) {
      return fail('INTERNAL', m.saveDialogFailed(describeFsError(error, locale)));
    }
    if (chosen === null) return fail('CANCELLED', 'Saving was cancelled.');
    if (!isAbsolute(chosen)) return fail('BAD_ARGUMENTS', 'The Save dialog returned a path that is not absolute.');
    const path = withStatementExtension(resolve(chosen));
    const name = basename(path);
    if (path !== resolve(chosen)) {
      // The dialog asked "replace?" about the name typed, not this one: never overwrite unasked.
      const existing = await fileFingerprint(path).catch(() => null);
      if (existing !== null) {
        return fail('IO_ERROR', m.nameTaken(name));
      }
    }
    const text = serializeForSave(statement, name, m);
    if (!text.ok) return text;
    return writeDocument(id, entry, path, text.value);
  }

  async function saveLocked(id: string, statement: Statement, options: SaveOptions): Promise<Result<SavedDocument>> {
    const { m } = said();
    const entry = openDocuments.get(id);
    if (!entry) return fail('NOT_FOUND', m.notOpenSaveAs);
    if (entry.path === null) return saveAsLocked(id, entry, statement);
    const path = entry.path;
    const name = basename(path);
    const text = serializeForSave(statement, name, m);
    if (!text.ok) return text;
    let current: FileFingerprint | null;
    try {
      current = await fileFingerprint(path);
    } catch (error) {
      return fsFailure('save', name, error, said());
    }
    if (!sameFingerprint(current, entry.fingerprint) && options.overwriteExternalChange !== true) {
      return fail('CHANGED_ON_DISK', externalChangeMessage(name, entry.fingerprint, current, entry.lastTouched, m));
    }
    return writeDocument(id, entry, path, text.value);
  }

  return {
    newDocument: (statement?: Statement) =>
      guard('creating a statement', async () => {
        // A statement made in the window is checked as strictly as one read from a file.
        let content = newStatement();
        if (statement !== undefined) {
          const checked = parseStatement(serializeStatement(statement));
          if (!checked.ok) return fail('INVALID_STATEMENT', said().m.invalidNew(checked.message));
          content = checked.value;
        }
        const id = register({ path: null, fingerprint: null, lastTouched: 'opened' });
        return ok({ id, path: null, name: displayName(null), statement: content });
      }),

    open: () =>
      guard('opening a statement', async () => {
        let path: string | null;
        try {
          path = await dialogs.chooseOpenPath();
        } catch (error) {
          const { m, locale } = said();
          return fail('INTERNAL', m.openDialogFailed(describeFsError(error, locale)));
        }
        if (path === null) return fail('CANCELLED', 'Opening was cancelled.');
        return openPath(path);
      }),

    openPath: (path) => guard('opening a statement', () => openPath(path)),

    openRecent: (path) =>
      guard('opening a recent statement', async () => {
        // The renderer may only reopen what we listed: it must not be a way to read any file.
        if (!(await recentList.has(path))) return fail('REFUSED', 'That file is not in the list of recent statements.');
        const opened = await openPath(path);
        if (!opened.ok && opened.code === 'NOT_FOUND') await bestEffort('update the recent list', () => recentList.remove(path));
        return opened;
      }),

    recentWithMissing: () => listRecent(() => recentList.listWithMissing()),

    forgetRecent: (path) =>
      guard('removing a recent statement', async () => {
        if (!(await recentList.has(path))) return fail('REFUSED', 'That file is not in the list of recent statements.');
        await recentList.remove(path);
        return ok(null);
      }),

    recent: () => listRecent(() => recentList.list()),

    save: (id, statement, options = {}) => guard('saving', () => queue.run(id, () => saveLocked(id, statement, options))),

    saveAs: (id, statement) =>
      guard('saving', () =>
        queue.run(id, async () => {
          const entry = openDocuments.get(id);
          if (!entry) return fail('NOT_FOUND', said().m.notOpenSave);
          return saveAsLocked(id, entry, statement);
        }),
      ),

    close: (id) =>
      guard('closing', () =>
        queue.run(id, async () => {
          // Closing twice is harmless; an id we never issued must not delete someone's recovery copy.
          if (!openDocuments.delete(id)) return ok(null);
          await bestEffort('remove the recovery copy', () => journal.discard(id));
          return ok(null);
        }),
      ),

    writeRecovery: (id, statement) =>
      guard('writing the recovery copy', () =>
        queue.run(id, async () => {
          const entry = openDocuments.get(id);
          const { m, locale } = said();
          if (!entry) return fail('NOT_FOUND', m.notOpen);
          const name = displayName(entry.path);
          // Written about once a second while the writer types: the statement arrives checked
          // (the IPC handler parsed its text as a file is parsed), so it is not serialized and
          // parsed again here the way a save is; the journal writes it once.
          try {
            await journal.write({ documentId: id, path: entry.path, name, fingerprint: entry.fingerprint, savedAt: now().toISOString(), statement });
          } catch (error) {
            return fail('IO_ERROR', m.recoveryWriteFailed(name, describeFsError(error, locale)));
          }
          return ok(null);
        }),
      ),

    listRecovery: () =>
      guard('listing recovery copies', async () => {
        try {
          // Copies of documents open right now are this session's own safety net, not leftovers of a crash.
          return ok((await journal.list()).filter((e) => !openDocuments.has(e.recoveryId)));
        } catch (error) {
          const { m, locale } = said();
          return fail('IO_ERROR', m.recoveryFolderUnreadable(describeFsError(error, locale)));
        }
      }),

    restoreRecovery: (recoveryId) =>
      guard('restoring a recovery copy', async () => {
        if (!isRecoveryId(recoveryId)) return fail('BAD_ARGUMENTS', 'Not a recovery copy id.');
        return queue.run(recoveryId, async () => {
          const { m } = said();
          if (openDocuments.has(recoveryId)) return fail('NOT_FOUND', m.recoveryOfOpen);
          const record = await journal.read(recoveryId);
          if (!record) return fail('NOT_FOUND', m.recoveryGone);
          // The recorded fingerprint comes along, so a file changed since the crash is still noticed on save.
          const id = register({ path: record.path, fingerprint: record.fingerprint, lastTouched: 'opened' });
          // Kept under the new id until the restored document is saved or closed: a second crash still has it.
          await bestEffort('move the recovery copy to its new id', () => queue.run(id, () => journal.rename(recoveryId, id)));
          return ok({ id, path: record.path, name: displayName(record.path), statement: record.statement });
        });
      }),

    discardRecovery: (recoveryId) =>
      guard('discarding a recovery copy', async () => {
        if (!isRecoveryId(recoveryId)) return fail('BAD_ARGUMENTS', 'Not a recovery copy id.');
        return queue.run(recoveryId, async () => {
          try {
            await journal.discard(recoveryId);
          } catch (error) {
            const { m, locale } = said();
            return fail('IO_ERROR', m.recoveryDeleteFailed(describeFsError(error, locale)));
          }
          return ok(null);
        });
      }),

    queuePending: (path) =>
      guard('opening a statement', async () => {
        const opening = openPath(path).then((result) => {
          if (result.ok) pending.push(result.value);
          else deps.onError?.(result.message);
          return result;
        });
        pendingOpens.add(opening);
        try {
          return await opening;
        } finally {
          pendingOpens.delete(opening);
        }
      }),

    takePending: () =>
      guard('collecting opened statements', async () => {
        // A file the OS handed over just before the renderer asked must not fall between the two.
        while (pendingOpens.size > 0) await Promise.allSettled([...pendingOpens]);
        return ok(pending.splice(0));
      }),
  };
}

