import { mkdir, readdir, readFile, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { RecoveryEntry } from '../../../core/ipc/contract.ts';
import { checkEditorState } from '../../../core/statement/editor-state.ts';
import { MAX_STATEMENT_BYTES } from '../../../core/statement/format.ts';
import { statementSchema, type Statement } from '../../../core/statement/schema.ts';
import { removeStaleTemps, writeFileAtomic, type AtomicFs } from './atomic-write.ts';
import { errorCodeOf } from './fs-errors.ts';
import type { FileFingerprint } from './fingerprint.ts';

export const RECOVERY_FORMAT = 'statement-studio/recovery';
export const RECOVERY_VERSION = 1;
/** The only shape of id that may become part of a path: no separators, no dots, no "..". */
export const RECOVERY_ID_PATTERN = /^[a-z0-9-]{1,64}$/;
const FOLDER = 'recovery';
// A statement may be up to MAX_STATEMENT_BYTES; its JSON plus our envelope stays well under this.
const MAX_FILE_BYTES = MAX_STATEMENT_BYTES * 2;

/** What the app knows about an unsaved document, enough to reopen it after a crash. */
export type RecoveryRecord = {
  documentId: string;
  /** The file the document belongs to, or null if it was never saved. */
  path: string | null;
  name: string;
  /** The file on disk as it was when last opened or saved, to detect external change on restore. */
  fingerprint: FileFingerprint | null;
  savedAt: string;
  statement: Statement;
};
export type RecoveryFile = RecoveryRecord & { format: typeof RECOVERY_FORMAT; version: typeof RECOVERY_VERSION };

const fingerprintSchema = z.object({
  mtimeMs: z.number(),
  size: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
const recoveryFileSchema = z.object({
  format: z.literal(RECOVERY_FORMAT),
  version: z.literal(RECOVERY_VERSION),
  documentId: z.string().regex(RECOVERY_ID_PATTERN),
  path: z.string().min(1).nullable(),
  name: z.string(),
  fingerprint: fingerprintSchema.nullable(),
  savedAt: z.string().refine((s) => !Number.isNaN(Date.parse(s)), 'expected a date and time'),
  statement: statementSchema,
});

export type RecoveryJournal = {
  write(record: RecoveryRecord): Promise<void>;
  /** Newest first. Files that cannot be read are skipped, and left for a later version or a human. */
  list(): Promise<RecoveryEntry[]>;
  read(recoveryId: string): Promise<RecoveryRecord | null>;
  discard(recoveryId: string): Promise<void>;
  /** Moves a copy to a new id (after restore, so a second crash still finds it). False if there was none. */
  rename(oldId: string, newId: string): Promise<boolean>;
};

export type RecoveryJournalOptions = {
  fs?: AtomicFs;
  /** Told about each recovery file skipped as unreadable; for the log, never shown as an error. */
  onSkip?: (file: string, reason: string) => void;
};

export function isRecoveryId(id: unknown): id is string {
  return typeof id === 'string' && RECOVERY_ID_PATTERN.test(id);
}

function assertId(id: string): void {
  if (!isRecoveryId(id)) throw new TypeError(`Not a recovery id: ${JSON.stringify(String(id).slice(0, 80))}`);
}

/**
 * Crash-recovery copies of unsaved documents, one JSON file per document id under
 * <userData>/recovery. Damaged copies are never deleted: they may still hold someone's work.
 */
export function createRecoveryJournal(userDataDir: string, options: RecoveryJournalOptions = {}): RecoveryJournal {
  const folder = join(userDataDir, FOLDER);
  const fileFor = (id: string) => {
    assertId(id);
    return join(folder, `${id}.json`);
  };
  const skipped = (file: string, reason: string): null => {
    options.onSkip?.(file, reason);
    return null;
  };

  /** The record in a file, or null (with the reason passed to onSkip) if there is no usable one. */
  async function load(file: string): Promise<RecoveryRecord | null> {
    let text: string;
    try {
      const info = await stat(file);
      if (!info.isFile()) return skipped(file, 'not a file');
      if (info.size > MAX_FILE_BYTES) return skipped(file, 'too large');
      text = await readFile(file, 'utf8');
    } catch (error) {
      return errorCodeOf(error) === 'ENOENT' ? null : skipped(file, `unreadable: ${(error as Error).message}`);
    }
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      return skipped(file, 'not valid JSON');
    }
    const parsed = recoveryFileSchema.safeParse(data);
    if (!parsed.success) return skipped(file, `invalid: ${parsed.error.issues[0]?.message ?? 'unknown problem'}`);
    const problem = checkEditorState(parsed.data.statement.editor, 'statement.editor');
    if (problem) return skipped(file, `invalid at ${problem.path}: ${problem.message}`);
    const { format: _format, version: _version, ...record } = parsed.data;
    return record;
  }

  async function write(record: RecoveryRecord): Promise<void> {
    const file = fileFor(record.documentId);
    const content: RecoveryFile = { format: RECOVERY_FORMAT, version: RECOVERY_VERSION, ...record };
    // 0o700 / 0o600: drafts about human-rights cases are nobody else's business on a shared machine.
    await mkdir(folder, { recursive: true, mode: 0o700 });
    await writeFileAtomic(file, `${JSON.stringify(content)}\n`, { fs: options.fs, mode: 0o600 });
  }

  async function discard(recoveryId: string): Promise<void> {
    try {
      await unlink(fileFor(recoveryId));
    } catch (error) {
      if (errorCodeOf(error) !== 'ENOENT') throw error;
    }
  }

  return {
    write,
    discard,
    async list() {
      let names: string[];
      try {
        names = await readdir(folder);
      } catch (error) {
        if (errorCodeOf(error) === 'ENOENT') return [];
        throw error;
      }
      const entries: RecoveryEntry[] = [];
      // A copy written when the app was killed leaves its temp file; one whose document was
      // then saved or closed is never written again, so nothing else would ever remove it.
      await removeStaleTemps(folder);
      for (const fileName of names) {
        const id = fileName.endsWith('.json') ? fileName.slice(0, -'.json'.length) : '';
        // Temp files of an interrupted write (".x.json.abc.tmp") and foreign files are not ours to list.
        if (!isRecoveryId(id)) continue;
        const record = await load(join(folder, fileName));
        if (!record) continue;
        entries.push({ recoveryId: id, name: record.name, path: record.path, title: record.statement.meta.title, savedAt: record.savedAt });
      }
      return entries.sort((a, b) => Date.parse(b.savedAt) - Date.parse(a.savedAt));
    },
    async read(recoveryId) {
      return load(fileFor(recoveryId));
    },
    async rename(oldId, newId) {
      const record = await load(fileFor(oldId));
      assertId(newId);
      if (!record) return false;
      // Write the new copy before removing the old: a crash in between leaves two, never none.
      await write({ ...record, documentId: newId });
      await discard(oldId);
      return true;
    },
  };
}
