import { randomBytes } from 'node:crypto';
import * as nodeFs from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { errorCodeOf } from './fs-errors.ts';

/**
 * The file operations an atomic write needs. Injectable so tests (and only tests) can make
 * any single step fail the way a full disk, a locked file or a virus scanner would.
 */
export interface AtomicFs {
  open(path: string, flags: string, mode?: number): Promise<FileHandle>;
  write(handle: FileHandle, data: string | Uint8Array): Promise<void>;
  fsync(handle: FileHandle): Promise<void>;
  close(handle: FileHandle): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  copyFile(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  stat(path: string): Promise<{ mode: number; size: number; mtimeMs: number; isFile(): boolean }>;
}

export const nodeAtomicFs: AtomicFs = {
  open: (path, flags, mode) => nodeFs.open(path, flags, mode),
  write: (handle, data) => (typeof data === 'string' ? handle.writeFile(data, 'utf8') : handle.writeFile(data)),
  fsync: (handle) => handle.sync(),
  close: (handle) => handle.close(),
  rename: (from, to) => nodeFs.rename(from, to),
  copyFile: (from, to) => nodeFs.copyFile(from, to),
  unlink: (path) => nodeFs.unlink(path),
  stat: (path) => nodeFs.stat(path),
};

export type WriteFileAtomicOptions = {
  /** Copy the current file to "<path>.bak" first, so the previous save survives one bad save. */
  keepBackup?: boolean;
  fs?: AtomicFs;
  /** How often a rename refused by a scanner or indexer is tried again. */
  retries?: number;
  retryDelayMs?: number;
  /** Permissions of a new file; an existing file keeps its own. */
  mode?: number;
};

// Windows antivirus and search indexers briefly hold files open; renaming over them fails
// with one of these and succeeds a moment later.
const RETRYABLE_RENAME = new Set(['EPERM', 'EBUSY', 'EACCES']);
// Some file systems (and all of Windows) cannot fsync a directory; that costs durability of
// the rename only, never the content, so it is not worth failing a save over.
const IGNORABLE_DIR_SYNC = new Set(['EISDIR', 'EINVAL']);

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Temp files older than this are leftovers of a crashed write: no save takes ten minutes. */
export const STALE_TEMP_MS = 10 * 60 * 1000;
const TEMP_SUFFIX = /^[0-9a-f]{12}\.tmp$/;


// Truncated so that a 255-byte file name plus our suffix stays a legal name.
const tempPrefix = (path: string) => `.${basename(path).slice(0, 100)}.`;

/** A temp name in the target's own folder: rename is only atomic within one file system. */
function tempPathFor(path: string): string {
  return join(dirname(path), `${tempPrefix(path)}${randomBytes(6).toString('hex')}.tmp`);
}

/** Is this a temp copy of one of these targets (".name.0123456789ab.tmp")? All targets when none is named. */
function isTempOf(name: string, targets?: readonly string[]): boolean {
  if (targets === undefined) return /^\..+\.[0-9a-f]{12}\.tmp$/.test(name);
  return targets.map(tempPrefix).some((prefix) => name.startsWith(prefix) && TEMP_SUFFIX.test(name.slice(prefix.length)));
}

/**
 * Removes from `folder` the temp copies that writes killed mid-way left behind, of the named
 * targets (a file and its .bak), or of any target in a folder that is ours alone (the
 * recovery folder): each is a whole hidden draft. Only those old enough to be no one's
 * write in progress go. Best effort; a failure costs only disk space.
 */
export async function removeStaleTemps(folder: string, options: { targets?: readonly string[]; fs?: AtomicFs } = {}): Promise<void> {
  const fs = options.fs ?? nodeAtomicFs;
  let names: string[];
  try {
    names = await nodeFs.readdir(folder);
  } catch {
    return;
  }
  for (const name of names) {
    if (!isTempOf(name, options.targets)) continue;
    const file = join(folder, name);
    try {
      if (Date.now() - (await fs.stat(file)).mtimeMs > STALE_TEMP_MS) await fs.unlink(file);
    } catch {
      // Removed meanwhile, or not ours to remove: either way nothing to do.
    }
  }
}

async function statOrNull(fs: AtomicFs, path: string) {
  try {
    return await fs.stat(path);
  } catch (error) {
    if (errorCodeOf(error) === 'ENOENT') return null;
    throw error;
  }
}

async function renameWithRetry(fs: AtomicFs, from: string, to: string, retries: number, delayMs: number): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await fs.rename(from, to);
      return;
    } catch (error) {
      if (attempt >= retries || !RETRYABLE_RENAME.has(errorCodeOf(error) ?? '')) throw error;
      await sleep(delayMs * (attempt + 1));
    }
  }
}

/** Flushes a file's bytes to the disk, so a power cut after the rename cannot leave it empty. */
async function syncFile(fs: AtomicFs, path: string): Promise<void> {
  // r+ rather than r: Windows can only flush a handle opened for writing.
  const handle = await fs.open(path, 'r+');
  try {
    await fs.fsync(handle);
  } finally {
    await fs.close(handle);
  }
}

async function writeNewFile(fs: AtomicFs, path: string, data: string | Uint8Array, mode: number): Promise<void> {
  // wx: never reuse an existing file, even one with our random name.
  const handle = await fs.open(path, 'wx', mode);
  try {
    await fs.write(handle, data);
    await fs.fsync(handle);
  } catch (error) {
    await fs.close(handle).catch(() => undefined);
    throw error;
  }
  // Outside the try: on network drives close is where a failed write is finally reported.
  await fs.close(handle);
}

/** Makes the rename itself durable: the directory entry lives in the folder, not the file. */
async function syncDirectory(fs: AtomicFs, dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  let handle: FileHandle | undefined;
  try {
    handle = await fs.open(dir, 'r');
    await fs.fsync(handle);
  } catch (error) {
    if (!IGNORABLE_DIR_SYNC.has(errorCodeOf(error) ?? '')) throw error;
  } finally {
    if (handle) await fs.close(handle).catch(() => undefined);
  }
}

function readOnlyError(path: string): Error {
  return Object.assign(new Error(`EACCES: the file is read-only, open '${path}'`), { code: 'EACCES', path });
}

/**
 * Replaces a file so that at every instant the path holds either the complete old content
 * or the complete new content, never a half-written mix. On failure the target is left as
 * it was and our temp files are removed; the error is rethrown for the caller to report.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array, options: WriteFileAtomicOptions = {}): Promise<void> {
  const fs = options.fs ?? nodeAtomicFs;
  const retries = options.retries ?? 5;
  const retryDelayMs = options.retryDelayMs ?? 40;
  const existing = await statOrNull(fs, path);
  // Replacing by rename would silently defeat a file the writer marked read-only.
  if (existing && (existing.mode & 0o222) === 0) throw readOnlyError(path);
  const mode = existing ? existing.mode & 0o777 : (options.mode ?? 0o666);

  const temp = tempPathFor(path);
  const ours = [temp];
  try {
    await writeNewFile(fs, temp, data, mode);
    if (options.keepBackup && existing) {
      // The backup is replaced atomically too: a crash must not leave a half-copied .bak.
      const backup = `${path}.bak`;
      const backupTemp = tempPathFor(backup);
      ours.push(backupTemp);
      await fs.copyFile(path, backupTemp);
      await syncFile(fs, backupTemp);
      await renameWithRetry(fs, backupTemp, backup, retries, retryDelayMs);
    }
    await renameWithRetry(fs, temp, path, retries, retryDelayMs);
  } catch (error) {
    // After a successful rename the temp name is gone and unlink fails harmlessly.
    await Promise.all(ours.map((p) => fs.unlink(p).catch(() => undefined)));
    throw error;
  }
  await syncDirectory(fs, dirname(path));
  await removeStaleTemps(dirname(path), { targets: [path, `${path}.bak`], fs });
}
