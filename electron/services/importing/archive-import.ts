import { basename } from 'node:path';
import type { ArchiveBatch, ArchiveEntryToStore, ArchiveImportProgress, ArchiveImportReport } from '../../../core/archive/archive-api.ts';
import type { ArchiveChunk } from '../../../core/archive/archive-chunk.ts';
import { fail, ok, type Result } from '../../../core/ipc/result.ts';
import { readArchiveInWorker } from './archive-read-client.ts';
import type { UiLocale } from '../../../core/i18n/ui-locale.ts';

type Answer<T> = Result<T> | Promise<Result<T>>;

/**
 * Where the statements go: the library's staged import (through its worker in the window, or
 * the service itself on the command line). See archive-methods.ts.
 */
export type ArchiveStaging = {
  archiveStageBegin(source: string): Answer<string>;
  archiveStageAdd(stagingId: string, chunk: ArchiveEntryToStore[] | ArchiveChunk): Answer<number>;
  archiveStageCommit(stagingId: string): Answer<ArchiveBatch>;
  archiveStageDiscard(stagingId: string): Answer<null>;
};

/**
 * An archive (a file or a folder) into the library, all or nothing. A worker thread reads it
 * (archive-read-client.ts) and the statements go to the library a chunk at a time, staged
 * there as they arrive; only when every one of them was read is the import committed, in one
 * transaction, as one batch the writer can undo. A statement that fails means the staged ones
 * are discarded and nothing is stored; the report says which one and why. The main process
 * only passes chunks from one thread to the other, so it keeps answering the window.
 */
export async function importArchiveInto(
  path: string,
  staging: ArchiveStaging,
  onProgress: (progress: ArchiveImportProgress) => void = () => undefined,
  locale: UiLocale = 'en',
): Promise<Result<ArchiveImportReport>> {
  const started = performance.now();
  const begun = await staging.archiveStageBegin(basename(path));
  if (!begun.ok) return begun;
  const stagingId = begun.value;
  let finished = false;
  try {
    const read = await readArchiveInWorker(path, { progress: onProgress, entries: async (chunk) => staging.archiveStageAdd(stagingId, chunk) }, undefined, locale);
    if (!read.ok) return read;
    const { statements, failures, files } = read.value;
    const report = (batch: ArchiveBatch | null): ArchiveImportReport => ({ batch, files, statements, failures, millis: Math.round(performance.now() - started) });
    if (failures.length > 0) return ok(report(null));
    if (statements.length === 0) return fail('NOT_FOUND', 'No statements were found to import.');
    onProgress({ phase: 'storing', done: 0, total: statements.length, file: '' });
    // A commit that fails discards the staged statements itself.
    finished = true;
    const stored = await staging.archiveStageCommit(stagingId);
    if (!stored.ok) return stored;
    onProgress({ phase: 'done', done: statements.length, total: statements.length, file: '' });
    return ok(report(stored.value));
  } finally {
    if (!finished) await staging.archiveStageDiscard(stagingId);
  }
}

/**
 * The window's archive import: one at a time, with its progress kept for the window to ask
 * about (archive.importProgress) while the import call is still under way.
 */
export function createArchiveImporter(library: ArchiveStaging) {
  let progress: ArchiveImportProgress = { phase: 'idle', done: 0, total: 0, file: '' };
  let running = false;
  return {
    progress: (): ArchiveImportProgress => progress,
    async run(path: string, locale: UiLocale = 'en'): Promise<Result<ArchiveImportReport>> {
      if (running) return fail('IO_ERROR', 'An archive is being imported already; wait until it has finished.');
      running = true;
      try {
        return await importArchiveInto(path, library, (next) => (progress = next), locale);
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
