import { chmod, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { newStatement } from '../../../core/statement/new-statement.ts';
import { serializeStatement } from '../../../core/statement/parse.ts';
import type { Statement } from '../../../core/statement/schema.ts';
import { nodeAtomicFs, type AtomicFs } from '../../../electron/services/documents/atomic-write.ts';
import { createDocumentService, type DocumentDialogs } from '../../../electron/services/documents/document-service.ts';
import type { UiLocale } from '../../../core/i18n/ui-locale.ts';

/** Root ignores permission bits, so "read-only" must be simulated there. */
export const runningAsRoot = process.getuid?.() === 0;

const created: string[] = [];
afterEach(async () => {
  for (const dir of created.splice(0)) {
    // A test may have left a folder read-only; make it deletable again.
    await chmod(dir, 0o700).catch(() => undefined);
    await rm(dir, { recursive: true, force: true });
  }
});

/** A fresh folder under the OS temp dir, removed after the test. */
export async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'statement-studio-test-'));
  created.push(dir);
  return dir;
}

export function fsError(code: string, syscall = 'open', path = ''): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: simulated failure, ${syscall} '${path}'`), { code, syscall, path });
}

/** The real file system with some operations replaced; every call is recorded. */
export function faultyFs(overrides: Partial<AtomicFs> = {}): AtomicFs & { calls: Array<{ op: string; path: string }> } {
  const calls: Array<{ op: string; path: string }> = [];
  const paths = new WeakMap<object, string>();
  const fs: AtomicFs = { ...nodeAtomicFs, ...overrides };
  return {
    calls,
    async open(path, flags, mode) {
      calls.push({ op: `open:${flags}`, path });
      const handle = await fs.open(path, flags, mode);
      paths.set(handle, path);
      return handle;
    },
    async write(handle, data) {
      calls.push({ op: 'write', path: paths.get(handle) ?? '?' });
      return fs.write(handle, data);
    },
    async fsync(handle) {
      calls.push({ op: 'fsync', path: paths.get(handle) ?? '?' });
      return fs.fsync(handle);
    },
    async close(handle) {
      calls.push({ op: 'close', path: paths.get(handle) ?? '?' });
      return fs.close(handle);
    },
    async rename(from, to) {
      calls.push({ op: 'rename', path: to });
      return fs.rename(from, to);
    },
    async copyFile(from, to) {
      calls.push({ op: 'copyFile', path: to });
      return fs.copyFile(from, to);
    },
    async unlink(path) {
      calls.push({ op: 'unlink', path });
      return fs.unlink(path);
    },
    async stat(path) {
      calls.push({ op: 'stat', path });
      return fs.stat(path);
    },
  };
}

/** A disk that fills up while writing any data containing `marker` (ENOSPC), and writes everything else. */
export function diskFullFor(marker: string) {
  return faultyFs({
    write: async (handle, data) => {
      if (String(data).includes(marker)) throw fsError('ENOSPC', 'write');
      return nodeAtomicFs.write(handle, data);
    },
  });
}

export const isTempName = (name: string) => name.endsWith('.tmp');
export const tempFilesIn = async (dir: string) => (await readdir(dir)).filter(isTempName);

export function sampleStatement(title = 'Joint statement on the closure of Kloop'): Statement {
  const s = newStatement('en');
  s.meta.title = title;
  s.meta.date = '2025-03-14';
  s.meta.places = ['Bishkek', 'Vienna'];
  s.editor.root.children = [
    {
      type: 'paragraph',
      version: 1,
      children: [{ type: 'text', version: 1, text: 'We, the undersigned organisations, ', format: 0, style: '', mode: 'normal', detail: 0 }],
    },
  ];
  return s;
}

export async function writeStatementFile(dir: string, name: string, statement: Statement = sampleStatement()): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, serializeStatement(statement));
  return path;
}

/** Bytes and modification time: what "the file was not touched" means. */
export async function snapshot(path: string): Promise<{ bytes: Buffer; mtimeMs: number; size: number }> {
  const info = await stat(path);
  return { bytes: await readFile(path), mtimeMs: info.mtimeMs, size: info.size };
}

/** Dialogs that answer from a script and remember what they were asked. */
export function scriptedDialogs(answers: { open?: Array<string | null>; save?: Array<string | null> } = {}) {
  const openAnswers = [...(answers.open ?? [])];
  const saveAnswers = [...(answers.save ?? [])];
  const suggestions: string[] = [];
  let openCalls = 0;
  const dialogs: DocumentDialogs = {
    async chooseOpenPath() {
      openCalls++;
      if (openAnswers.length === 0) throw new Error('unexpected Open dialog');
      return openAnswers.shift()!;
    },
    async chooseSavePath(suggestedName) {
      suggestions.push(suggestedName);
      if (saveAnswers.length === 0) throw new Error('unexpected Save dialog');
      return saveAnswers.shift()!;
    },
  };
  return {
    dialogs,
    suggestions,
    get openCalls() {
      return openCalls;
    },
    pushSave: (path: string | null) => saveAnswers.push(path),
    pushOpen: (path: string | null) => openAnswers.push(path),
  };
}

/** A document service on a temp user-data folder, with scripted dialogs and captured logs. */
export async function makeService(options: {
  userDataDir?: string;
  fs?: AtomicFs;
  open?: Array<string | null>;
  save?: Array<string | null>;
  now?: () => Date;
  locale?: () => UiLocale;
} = {}) {
  const userDataDir = options.userDataDir ?? (await tempDir());
  const scripted = scriptedDialogs({ open: options.open, save: options.save });
  const logs: string[] = [];
  const errors: string[] = [];
  const service = createDocumentService({
    userDataDir,
    dialogs: scripted.dialogs,
    fs: options.fs,
    now: options.now,
    locale: options.locale,
    log: (message) => logs.push(message),
    onError: (message) => errors.push(message),
  });
  return { service, userDataDir, dialogs: scripted, logs, errors };
}
