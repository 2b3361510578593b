import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join, relative } from 'node:path';
import type { ArchiveEntryToStore, ArchiveImportFailure, ArchiveImportProgress, ArchiveImportReport } from '../../../core/archive/archive-api.ts';
import { statementPlainText, signatoryNames } from '../../../core/archive/statement-text.ts';
import { splitArchive } from '../../../core/import/archive.ts';
import { decodeImportBytes } from '../../../core/import/decode-bytes.ts';
import { importStatement, type ImportedStatement } from '../../../core/import/import-statement.ts';
import { MAX_IMPORT_BYTES as MAX_ARCHIVE_BYTES } from '../../../core/import/limits.ts';
import { summariseImport } from '../../../core/import/report.ts';
import type { UiLocale } from '../../../core/i18n/ui-locale.ts';
import { fail, ok, type Result } from '../../../core/ipc/result.ts';
import { describeFsError } from '../documents/fs-errors.ts';
import { IMPORT_EXTENSIONS, importFile, importKindOf } from './import-file.ts';

/**
 * Reads an archive for the library: one file (a website's news page dumped as text, with a
 * "20.12.23" line opening each statement, or a single statement in any format the single
 * import reads) or a folder of such files. Every statement is imported with core/import and
 * handed to the sink, ready to store (its statement as JSON text), as soon as it is read; what
 * could not be read is a failure, and the caller stores nothing if there is any (all or
 * nothing). Once a statement failed, the rest are still read for the report but no longer
 * handed on. Splitting an 8 MB file and importing a thousand statements is seconds of work:
 * this runs in its own thread (archive-read-worker.ts), never in the main process.
 */

/** More files than this in one folder is not an archive of statements; the import says so. */
export const MAX_ARCHIVE_FILES = 20_000;

/** What the reader tells its caller as it goes. `entry` may make the reader wait (the store is behind). */
export type ArchiveReadSink = {
  progress(progress: ArchiveImportProgress): void;
  entry(entry: ArchiveEntryToStore): void | Promise<void>;
};

/** What was read, for the report: the statements themselves went to the sink. */
export type ArchiveRead = {
  statements: ArchiveImportReport['statements'];
  failures: ArchiveImportFailure[];
  files: number;
};

/** The importable files of a folder (and its subfolders), in name order; hidden files left out. */
async function filesOf(path: string): Promise<Result<string[]>> {
  try {
    const info = await stat(path);
    if (!info.isDirectory()) return ok([path]);
    const names = (await readdir(path, { recursive: true, withFileTypes: true }))
      .filter((entry) => entry.isFile() && !entry.name.startsWith('.') && !entry.name.startsWith('~$'))
      .filter((entry) => (IMPORT_EXTENSIONS as readonly string[]).includes(extname(entry.name).slice(1).toLowerCase()))
      .map((entry) => join(entry.parentPath, entry.name))
      .sort((a, b) => a.localeCompare(b));
    if (names.length === 0) return fail('NOT_FOUND', 'This folder holds no statements to import (text, Markdown, HTML or Word .docx files).');
    if (names.length > MAX_ARCHIVE_FILES) return fail('TOO_LARGE', `This folder holds ${names.length} files; an archive import takes at most ${MAX_ARCHIVE_FILES}. Import its subfolders one by one.`);
    return ok(names);
  } catch (error) {
    return fail('IO_ERROR', `The archive could not be read: ${describeFsError(error)}`);
  }
}

function entryOf(imported: ImportedStatement, sourceFile: string, sourceLine: number | null, fallback: { date: string; title: string }, originalText: string | null): ArchiveEntryToStore {
  const { statement } = imported;
  return {
    date: statement.meta.date || fallback.date,
    title: statement.meta.title || fallback.title,
    language: statement.meta.language,
    sourceFile,
    sourceLine,
    // The original text when there is one (every word of it searchable), else the statement's text.
    fullText: originalText ?? statementPlainText(statement),
    statementJson: JSON.stringify(statement),
    organisations: signatoryNames(statement).organisations,
  };
}

/** Reads the file or folder at path, statement by statement into the sink; a Failure only when nothing could be read at all. */
/** locale: the interface language of each statement's one-line summary in the report. */
export async function readArchive(path: string, sink: ArchiveReadSink, locale: UiLocale = 'en'): Promise<Result<ArchiveRead>> {
  const onProgress = (progress: ArchiveImportProgress) => sink.progress(progress);
  const listed = await filesOf(path);
  if (!listed.ok) return listed;
  const files = listed.value;
  const folder = files.length === 1 && files[0] === path ? null : path;
  const read: ArchiveRead = { statements: [], failures: [], files: files.length };
  const add = async (imported: Result<ImportedStatement>, file: string, line: number | null, fallback: { date: string; title: string }, original: string | null) => {
    if (!imported.ok) {
      read.failures.push({ file, line, message: imported.message });
      return;
    }
    const { report } = imported.value;
    const entry = entryOf(imported.value, file, line, fallback, original);
    read.statements.push({ file, line, date: entry.date, title: entry.title, summary: summariseImport(report, locale) });
    // After a failure nothing will be stored: the rest is read for the report only.
    if (read.failures.length === 0) await sink.entry(entry);
  };

  for (const [index, file] of files.entries()) {
    const name = folder === null ? basename(file) : relative(folder, file);
    onProgress({ phase: 'reading', done: index, total: files.length, file: name });
    if (importKindOf(file) !== 'text') {
      await add(await importFile(file), name, null, { date: '', title: '' }, null);
      continue;
    }
    let text: string;
    try {
      const info = await stat(file);
      if (info.size > MAX_ARCHIVE_BYTES) {
        read.failures.push({ file: name, line: null, message: `The file is ${Math.round(info.size / 1024 / 1024)} MiB; an archive file must be under ${MAX_ARCHIVE_BYTES / 1024 / 1024} MiB.` });
        continue;
      }
      const decoded = decodeImportBytes(new Uint8Array(await readFile(file)));
      if ('error' in decoded) {
        read.failures.push({ file: name, line: null, message: decoded.error });
        continue;
      }
      text = decoded.text;
    } catch (error) {
      read.failures.push({ file: name, line: null, message: `The file could not be read: ${describeFsError(error)}` });
      continue;
    }
    const parts = splitArchive(text);
    if (parts.length < 2) {
      await add(importStatement({ kind: 'text', text }), name, null, { date: parts[0]?.date ?? '', title: parts[0]?.title ?? '' }, text);
      continue;
    }
    for (const [n, part] of parts.entries()) {
      if (files.length === 1) onProgress({ phase: 'reading', done: n, total: parts.length, file: name });
      await add(importStatement({ kind: 'text', text: part.text }, { firstLine: part.startLine }), name, part.startLine, part, part.text);
    }
  }
  onProgress({ phase: 'reading', done: files.length, total: files.length, file: '' });
  return ok(read);
}
