import { randomUUID } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { fail, ok, type Result } from '../../../core/ipc/result.ts';
import type { ImportDecision, ImportOutcome } from '../../../core/library/api.ts';
import { LIBRARY_FILE_EXTENSION, MAX_LIBRARY_FILE_BYTES } from '../../../core/library/format.ts';
import type { ExportedLibraryFile, ImportStarted } from '../../../core/library/transfer.ts';
import { writeFileAtomic } from '../documents/atomic-write.ts';
import { describeFsError } from '../documents/fs-errors.ts';
import type { LibraryClient } from './library-client.ts';

/** Native open and save dialogs (Electron's in the app, a queue of answers in tests); null when cancelled. */
export type LibraryFileDialogs = {
  chooseOpenPath(): Promise<string | null>;
  chooseSavePath(suggestedName: string): Promise<string | null>;
};

export type LibraryFiles = {
  /** Asks where to save, then writes the whole library there (confidential cases only if asked). */
  exportToFile(options: { includeConfidential: boolean }): Promise<Result<ExportedLibraryFile>>;
  /** Asks for a file and imports it; with conflicts nothing is written and the file waits for decisions. */
  importFromFile(): Promise<Result<ImportStarted>>;
  /** Imports the waiting file again with a decision per conflict. */
  resolveImport(importId: string, decisions: ImportDecision[]): Promise<Result<ImportOutcome>>;
  /** Forgets the waiting file. */
  cancelImport(importId: string): Promise<Result<null>>;
};

const cancelled = () => fail('CANCELLED', 'No file was chosen.');

/**
 * Reads and writes library exchange files for the window. Paths come only from the dialogs,
 * never from the renderer; an import waiting for the writer's decisions keeps its text here
 * (one at a time), so the decisions apply to exactly the file the conflicts came from.
 */
export function createLibraryFiles({
  library,
  dialogs,
  now = () => new Date(),
}: {
  library: Pick<LibraryClient, 'exportLibrary' | 'importLibrary'>;
  dialogs: LibraryFileDialogs;
  now?: () => Date;
}): LibraryFiles {
  let waiting: { importId: string; name: string; text: string } | null = null;

  async function readLibraryText(path: string): Promise<Result<string>> {
    try {
      const info = await stat(path);
      if (!info.isFile()) return fail('IO_ERROR', `${basename(path)} is not a file.`);
      if (info.size > MAX_LIBRARY_FILE_BYTES) return fail('TOO_LARGE', `${basename(path)} is larger than ${MAX_LIBRARY_FILE_BYTES / 1024 / 1024} MiB; no library export is that large.`);
      const bytes = await readFile(path);
      try {
        return ok(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
      } catch {
        return fail('NOT_JSON', `${basename(path)} is not UTF-8 text, so it cannot be a library file.`);
      }
    } catch (error) {
      return fail('IO_ERROR', `Could not read ${basename(path)}: ${describeFsError(error)}.`);
    }
  }

  return {
    async exportToFile({ includeConfidential }) {
      const path = await dialogs.chooseSavePath(`library-${now().toISOString().slice(0, 10)}.${LIBRARY_FILE_EXTENSION}`);
      if (path === null) return cancelled();
      const exported = await library.exportLibrary({ includeConfidential });
      if (!exported.ok) return exported;
      try {
        await writeFileAtomic(path, exported.value.text);
      } catch (error) {
        return fail('IO_ERROR', `Could not write ${basename(path)}: ${describeFsError(error)}.`);
      }
      return ok({ name: basename(path), counts: exported.value.counts, confidentialLeftOut: exported.value.confidentialLeftOut });
    },

    async importFromFile() {
      const path = await dialogs.chooseOpenPath();
      if (path === null) return cancelled();
      const text = await readLibraryText(path);
      if (!text.ok) return text;
      const name = basename(path);
      const outcome = await library.importLibrary(text.value);
      if (!outcome.ok) return fail(outcome.code, `${name} cannot be imported. ${outcome.message}`);
      const importId = randomUUID();
      waiting = outcome.value.status === 'conflicts' ? { importId, name, text: text.value } : null;
      return ok({ importId, name, outcome: outcome.value });
    },

    async resolveImport(importId, decisions) {
      if (waiting === null || waiting.importId !== importId) return fail('NOT_FOUND', 'That import is no longer waiting; choose the file again.');
      const outcome = await library.importLibrary(waiting.text, decisions);
      if (!outcome.ok) return fail(outcome.code, `${waiting.name} cannot be imported. ${outcome.message}`);
      // New conflicts (the library changed meanwhile) keep the file waiting for more decisions.
      if (outcome.value.status === 'imported') waiting = null;
      return outcome;
    },

    async cancelImport(importId) {
      if (waiting?.importId === importId) waiting = null;
      return ok(null);
    },
  };
}
