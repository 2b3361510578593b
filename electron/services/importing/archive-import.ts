import { basename } from 'node:path';
import type { ArchiveBatch, ArchiveEntry, ArchiveEntryToStore, ArchiveImportProgress, ArchiveImportReport } from '../../../core/archive/archive-api.ts';
import { fail, ok, type Result } from '../../../core/ipc/result.ts';
import { readArchive } from './archive-reader.ts';

/** Where the statements go: the library's archiveImport (through its worker, or directly on the command line). */
export type ArchiveStorage = (entries: ArchiveEntryToStore[], source: string) => Promise<Result<ArchiveBatch>>;

/** The statements as JSON text, a few milliseconds' worth at a time, so the main process keeps answering the window. */
async function toStore(entries: ArchiveEntry[], onProgress: (progress: ArchiveImportProgress) => void): Promise<ArchiveEntryToStore[]> {
  const out: ArchiveEntryToStore[] = [];
  let sliceStart = performance.now();
  for (const { statement, ...rest } of entries) {
    out.push({ ...rest, statementJson: JSON.stringify(statement) });
    if (performance.now() - sliceStart > 12) {
      onProgress({ phase: 'storing', done: out.length, total: entries.length, file: '' });
      await new Promise<void>((resolve) => setImmediate(resolve));
      sliceStart = performance.now();
    }
  }
  return out;
}

/**
 * An archive (a file or a folder) into the library, all or nothing: every statement is read
 * first, and only when all of them were read is the whole lot stored, in one transaction, as
 * one batch the writer can undo. A statement that fails means nothing is stored, and the
 * report says which one and why.
 */
export async function importArchiveInto(path: string, store: ArchiveStorage, onProgress: (progress: ArchiveImportProgress) => void = () => undefined): Promise<Result<ArchiveImportReport>> {
  const started = performance.now();
  const read = await readArchive(path, onProgress);
  if (!read.ok) return read;
  const { entries, statements, failures, files } = read.value;
  const report = (batch: ArchiveBatch | null): ArchiveImportReport => ({ batch, files, statements, failures, millis: Math.round(performance.now() - started) });
  if (failures.length > 0) return ok(report(null));
  if (entries.length === 0) return fail('NOT_FOUND', 'No statements were found to import.');
  onProgress({ phase: 'storing', done: 0, total: entries.length, file: '' });
  const stored = await store(await toStore(entries, onProgress), basename(path));
  if (!stored.ok) return stored;
  onProgress({ phase: 'done', done: entries.length, total: entries.length, file: '' });
  return ok(report(stored.value));
}

/**
 * The window's archive import: one at a time, with its progress kept for the window to ask
 * about (archive.importProgress) while the import call is still under way.
 */
export function createArchiveImporter(store: ArchiveStorage) {
  let progress: ArchiveImportProgress = { phase: 'idle', done: 0, total: 0, file: '' };
  let running = false;
  return {
    progress: (): ArchiveImportProgress => progress,
    async run(path: string): Promise<Result<ArchiveImportReport>> {
      if (running) return fail('IO_ERROR', 'An archive is being imported already; wait until it has finished.');
      running = true;
      try {
        return await importArchiveInto(path, store, (next) => (progress = next));
      } catch (error) {
        return fail('INTERNAL', `The archive import failed: ${error instanceof Error ? error.message : String(error)}`);
      } finally {
        running = false;
        progress = { phase: 'idle', done: 0, total: 0, file: '' };
      }
    },
  };
}
export type ArchiveImporter = ReturnType<typeof createArchiveImporter>;
