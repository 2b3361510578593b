import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect } from 'vitest';
import type { Result } from '../../../core/ipc/result.ts';
import { emptyCaseDraft, type CaseDraft } from '../../../core/cases/person.ts';
import { openLibrary, type LibraryOptions, type LibraryService } from '../../../electron/services/library/library-service.ts';

const created: string[] = [];
const opened: LibraryService[] = [];
afterEach(async () => {
  for (const library of opened.splice(0)) library.close();
  for (const dir of created.splice(0)) await rm(dir, { recursive: true, force: true });
});

/** A fresh folder under the OS temp dir, removed after the test. */
export async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'statement-studio-library-'));
  created.push(dir);
  return dir;
}

export function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected success, got ${result.code}: ${result.message}`);
  return result.value;
}

export function failure<T>(result: Result<T>): { code: string; message: string } {
  expect(result.ok, result.ok ? `expected a failure, got ${JSON.stringify(result.value).slice(0, 200)}` : '').toBe(false);
  return result as { code: string; message: string };
}

/** A clock the test moves by hand. */
export function testClock(start = '2024-03-01T10:00:00.000Z') {
  let now = new Date(start);
  return {
    now: () => new Date(now),
    set: (iso: string) => (now = new Date(iso)),
    advanceDays: (days: number) => (now = new Date(now.getTime() + days * 86_400_000)),
  };
}

/** A library in a temp folder, closed after the test. */
export async function tempLibrary(options: Partial<LibraryOptions> = {}): Promise<{ library: LibraryService; dir: string; path: string }> {
  const dir = await tempDir();
  const path = join(dir, 'library.sqlite');
  const library = value(openLibrary({ path, autoBackup: false, ...options }));
  opened.push(library);
  return { library, dir, path };
}

/** Opens another library (e.g. the same file again), closed after the test. */
export function track(library: LibraryService): LibraryService {
  opened.push(library);
  return library;
}

let eventCounter = 0;
/** A case draft with the given fields on top of an empty one. */
export function draft(fields: Partial<CaseDraft>): CaseDraft {
  return { ...emptyCaseDraft(), ...fields };
}

export function event(fields: Partial<CaseDraft['events'][number]>): CaseDraft['events'][number] {
  eventCounter++;
  return { id: `ev-${eventCounter}`, type: 'other', date: null, place: '', country: null, text: '', ...fields };
}

export async function bytesOf(path: string): Promise<Buffer> {
  return readFile(path);
}
