import { mkdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import type { RecentDocument, WelcomeRecentDocument } from '../../../core/ipc/contract.ts';
import { writeFileAtomic, type AtomicFs } from './atomic-write.ts';
import { createKeyedQueue } from './keyed-queue.ts';

export const MAX_RECENT_DOCUMENTS = 10;
const FILE_NAME = 'recent.json';
const MAX_FILE_BYTES = 1024 * 1024;

export type RecentDocuments = {
  /** Most recent first; files that no longer exist are left out. */
  list(): Promise<RecentDocument[]>;
  /** The whole list, missing files marked: the welcome screen says which are gone and lets the writer remove them. */
  listWithMissing(): Promise<WelcomeRecentDocument[]>;
  add(path: string): Promise<void>;
  /** Whether the path is on the list: the only paths the renderer may ask us to open. */
  has(path: string): Promise<boolean>;
  remove(path: string): Promise<void>;
};

/** Windows paths are case-insensitive; elsewhere two spellings are two files. */
function samePath(a: string, b: string): boolean {
  return process.platform === 'win32' ? a.toLowerCase() === b.toLowerCase() : a === b;
}

function isUsablePath(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= 4096 && isAbsolute(value);
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/**
 * The Open Recent list, kept as JSON in the user-data folder. It is a convenience: a missing,
 * unreadable or damaged file means an empty list, never an error in front of the writer.
 */
export function createRecentDocuments(userDataDir: string, options: { fs?: AtomicFs } = {}): RecentDocuments {
  const file = join(userDataDir, FILE_NAME);
  // Read-modify-write: two quick opens must not each write a list missing the other.
  const queue = createKeyedQueue();

  async function readPaths(): Promise<string[]> {
    let data: unknown;
    try {
      const text = await readFile(file, 'utf8');
      if (text.length > MAX_FILE_BYTES) return [];
      data = JSON.parse(text);
    } catch {
      return [];
    }
    const paths = (data as { paths?: unknown } | null)?.paths;
    if (!Array.isArray(paths)) return [];
    const result: string[] = [];
    for (const path of paths) {
      if (isUsablePath(path) && !result.some((p) => samePath(p, path))) result.push(path);
    }
    return result.slice(0, MAX_RECENT_DOCUMENTS);
  }

  async function writePaths(paths: string[]): Promise<void> {
    await mkdir(userDataDir, { recursive: true });
    const text = `${JSON.stringify({ version: 1, paths }, null, 1)}\n`;
    await writeFileAtomic(file, text, { fs: options.fs, mode: 0o600 });
  }

  return {
    async list() {
      const paths = await queue.run('recent', readPaths);
      const exists = await Promise.all(paths.map(isFile));
      return paths.filter((_, i) => exists[i]).map((path) => ({ path, name: basename(path) }));
    },
    async listWithMissing() {
      const paths = await queue.run('recent', readPaths);
      const exists = await Promise.all(paths.map(isFile));
      return paths.map((path, i) => ({ path, name: basename(path), folder: dirname(path), missing: !exists[i] }));
    },
    add(path) {
      const absolute = resolve(path);
      return queue.run('recent', async () => {
        const paths = await readPaths();
        await writePaths([absolute, ...paths.filter((p) => !samePath(p, absolute))].slice(0, MAX_RECENT_DOCUMENTS));
      });
    },
    async has(path) {
      if (!isUsablePath(path)) return false;
      const paths = await queue.run('recent', readPaths);
      return paths.some((p) => samePath(p, path));
    },
    remove(path) {
      return queue.run('recent', async () => {
        const paths = await readPaths();
        const kept = paths.filter((p) => !samePath(p, path));
        if (kept.length !== paths.length) await writePaths(kept);
      });
    },
  };
}
