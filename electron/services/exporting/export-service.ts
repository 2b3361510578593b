import { EXPORT_FILE_TYPES, type ExportFormat, type ExportOptions } from '../../../core/export/export-request.ts';
import { fail, ok, type Result } from '../../../core/ipc/result.ts';
import { writeFileAtomic } from '../documents/atomic-write.ts';
import { fileNameFromTitle, UNTITLED_NAME } from '../documents/file-names.ts';
import { describeFsError } from '../documents/fs-errors.ts';
import type { ExportClient } from './export-client.ts';

/** The native Save dialog for an export, supplied by the main process. */
export type ExportDialogs = { chooseExportPath(suggestedName: string, format: ExportFormat): Promise<string | null> };

export type ExportedFile = { path: string; pages: number | null; bytes: number; millis: number };

export type ExportService = {
  /** Asks where, renders in the worker, writes the file atomically. */
  run(request: { title: string; statementJson: string; options: ExportOptions }): Promise<Result<ExportedFile>>;
  /** Whether `path` is a file this service wrote: only those may be shown in the file manager. */
  wrote(path: string): boolean;
};

export function exportFileName(title: string, format: ExportFormat): string {
  const base = fileNameFromTitle(title) ?? UNTITLED_NAME;
  return `${base}${format === 'html-fragment' ? ' (fragment)' : ''}.${EXPORT_FILE_TYPES[format].extension}`;
}

/**
 * Export to a file: the window sends the statement and the options, never a path; the path
 * comes from the Save dialog here. The file appears whole or not at all.
 */
export function createExportService(deps: { client: ExportClient; dialogs: ExportDialogs; writeFile?: (path: string, data: Uint8Array) => Promise<void> }): ExportService {
  const writeFile = deps.writeFile ?? ((path: string, data: Uint8Array) => writeFileAtomic(path, data));
  const written = new Set<string>();
  return {
    async run({ title, statementJson, options }) {
      const path = await deps.dialogs.chooseExportPath(exportFileName(title, options.format), options.format);
      if (path === null) return fail('CANCELLED', 'The export was cancelled.');
      const rendered = await deps.client.render(statementJson, options);
      if (!rendered.ok) return rendered;
      try {
        await writeFile(path, rendered.value.bytes);
      } catch (error) {
        return fail('IO_ERROR', `The file could not be written: ${describeFsError(error)}`);
      }
      written.add(path);
      return ok({ path, pages: rendered.value.pages, bytes: rendered.value.bytes.byteLength, millis: Math.round(rendered.value.millis) });
    },
    wrote: (path) => written.has(path),
  };
}
