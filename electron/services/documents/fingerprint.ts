import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';
import { errorCodeOf } from './fs-errors.ts';

/**
 * What a file looked like when we last read or wrote it, so that a save can notice that
 * another program (a sync client, a colleague on a shared drive) changed it in between.
 */
export type FileFingerprint = { mtimeMs: number; size: number; sha256: string };

export function fingerprintOf(bytes: Uint8Array, stats: { mtimeMs: number; size: number }): FileFingerprint {
  return { mtimeMs: stats.mtimeMs, size: stats.size, sha256: createHash('sha256').update(bytes).digest('hex') };
}

/** The file's fingerprint, or null when there is no file at that path. */
export async function fileFingerprint(path: string): Promise<FileFingerprint | null> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    const code = errorCodeOf(error);
    if (code === 'ENOENT' || code === 'ENOTDIR') return null;
    throw error;
  }
  try {
    // Stat and read through one handle, so both describe the same file.
    const stats = await handle.stat();
    const bytes = await handle.readFile();
    return fingerprintOf(bytes, { mtimeMs: stats.mtimeMs, size: bytes.length });
  } finally {
    await handle.close();
  }
}

/**
 * Same content means same file. The modification time alone is not compared: sync clients
 * and backup tools touch files without changing them, and that is no reason to alarm anyone.
 */
export function sameFingerprint(a: FileFingerprint | null, b: FileFingerprint | null): boolean {
  if (a === null || b === null) return a === b;
  return a.size === b.size && a.sha256 === b.sha256;
}
