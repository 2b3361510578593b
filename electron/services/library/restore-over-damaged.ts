import { existsSync, renameSync, rmSync } from 'node:fs';
import { copyDurably } from './durable-copy.ts';
import { basename, dirname, join } from 'node:path';
import { fail, ok, type Result } from '../../../core/ipc/result.ts';
import { isBackupName } from './backups.ts';
import { inspectLibraryFile } from './database-file.ts';
import { describeFsError } from '../documents/fs-errors.ts';
import { LIBRARY_SCHEMA_VERSION } from './schema.ts';

/**
 * Puts a backup in the place of a library that could not be opened (truncated, garbage,
 * not a library). The refused file is never deleted: it is renamed beside the library as
 * "library.sqlite.damaged-<time>", so nothing the writer had is lost even if the damage
 * was misjudged. Answers with the name the damaged file was kept under.
 */
export function restoreOverDamaged(path: string, backupDir: string, name: string, now: Date = new Date()): Result<string> {
  if (typeof name !== 'string' || !isBackupName(name)) return fail('BAD_ARGUMENTS', 'That is not the name of a library backup.');
  const source = join(backupDir, name);
  if (!existsSync(source)) return fail('NOT_FOUND', `The backup “${name}” no longer exists.`);
  const usable = inspectLibraryFile(source, LIBRARY_SCHEMA_VERSION);
  if (!usable.ok) return fail(usable.code, `The backup “${name}” cannot be restored. ${usable.message}`);
  if (usable.value.kind !== 'library') return fail('WRONG_FORMAT', `The backup “${name}” is empty; it cannot be restored.`);

  const kept = `${basename(path)}.damaged-${now.toISOString().slice(0, 19).replace(/:/g, '-')}`;
  const keptPath = join(dirname(path), kept);
  const temp = join(dirname(path), `.${basename(path)}.restore.tmp`);
  let movedAside = false;
  try {
    copyDurably(source, temp);
    if (existsSync(path)) {
      renameSync(path, keptPath);
      movedAside = true;
    }
    // The damaged file's journal belongs to it, not to the backup.
    for (const suffix of ['-wal', '-shm']) if (existsSync(`${path}${suffix}`)) renameSync(`${path}${suffix}`, `${keptPath}${suffix}`);
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    // Put the damaged file back where it was: the writer must find the library as they left it.
    if (movedAside && !existsSync(path)) renameSync(keptPath, path);
    return fail('IO_ERROR', `Could not restore the backup: ${describeFsError(error)}. The library was left as it was.`);
  }
  return ok(kept);
}
