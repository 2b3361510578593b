import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join, relative } from 'node:path';
import type { ArchiveEntry, ArchiveImportFailure, ArchiveImportProgress, ArchiveImportReport } from '../../../core/archive/archive-api.ts';
import { statementPlainText, signatoryNames } from '../../../core/archive/statement-text.ts';
import { splitArchive } from '../../../core/import/archive.ts';
import { decodeImportBytes } from '../../../core/import/decode-bytes.ts';
import { importStatement, type ImportedStatement } from '../../../core/import/import-statement.ts';
import { MAX_IMPORT_BYTES as MAX_ARCHIVE_BYTES } from '../../../core/import/limits.ts';
import { summariseImport } from '../../../core/import/report.ts';
import { fail, ok, type Result } from '../../../core/ipc/result.ts';
import { describeFsError } from '../documents/fs-errors.ts';
import { IMPORT_EXTENSIONS, importFile, importKindOf } from './import-file.ts';

/**
 * Reads an archive for the library: one file (a website's news page dumped as text, with a
 * "20.12.23" line opening each statement, or a single statement in any format the single
 * import reads) or a folder of such files. Every statement is imported with core/import and
 * becomes an ArchiveEntry; what could not be read is a failure, and the caller stores nothing
 * if there is any (all or nothing). Runs in the main process between its other work: it yields
 * to the event loop every few milliseconds, and tells onProgress how far it is.
 */

/** More files than this in one folder is not an archive of statements; the import says so. */
export const MAX_ARCHIVE_FILES = 20_000;
/** How long the reader works before letting the main process answer the window. */
const SLICE_MS = 12;

export type ArchiveRead = {
  entries: ArchiveEntry[];
  statements: ArchiveImportReport['statements'];
  failures: ArchiveImportFailure[];
  files: number;
};

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

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

function entryOf(imported: ImportedStatement, sourceFile: string, sourceLine: number | null, fallback: { date: string; title: string }, originalText: string | null): ArchiveEntry {
  const { statement } = imported;
  return {
    date: statement.meta.date || fallback.date,
    title: statement.meta.title || fallback.title,
    language: statement.meta.language,
    sourceFile,
    sourceLine,
    // The original text when there is one (every word of it searchable), else the statement's text.
    fullText: originalText ?? statementPlainText(statement),
    statement,
    organisations: signatoryNames(statement).organisations,
  };
}

/** Reads the file or folder at path into archive entries; a Failure only when nothing could be read at all. */
export async function readArchive(path: string, onProgress: (progress: ArchiveImportProgress) => void = () => undefined): Promise<Result<ArchiveRead>> {
  const listed = await filesOf(path);
  if (!listed.ok) return listed;
  const files = listed.value;
  const folder = files.length === 1 && files[0] === path ? null : path;
  const read: ArchiveRead = { entries: [], statements: [], failures: [], files: files.length };
  let sliceStart = performance.now();
  const pause = async () => {
    if (performance.now() - sliceStart < SLICE_MS) return;
    await yieldToEventLoop();
    sliceStart = performance.now();
  };
  const add = (imported: Result<ImportedStatement>, file: string, line: number | null, fallback: { date: string; title: string }, original: string | null) => {
    if (!imported.ok) {
      read.failures.push({ file, line, message: imported.message });
      return;
    }
    const entry = entryOf(imported.value, file, line, fallback, original);
    read.entries.push(entry);
    read.statements.push({ file, line, date: entry.date, title: entry.title, summary: summariseImport(imported.value.report) });
  };

  for (const [index, file] of files.entries()) {
    const name = folder === null ? basename(file) : relative(folder, file);
    onProgress({ phase: 'reading', done: index, total: files.length, file: name });
    await pause();
    if (importKindOf(file) !== 'text') {
      add(await importFile(file), name, null, { date: '', title: '' }, null);
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
      add(importStatement({ kind: 'text', text }), name, null, { date: parts[0]?.date ?? '', title: parts[0]?.title ?? '' }, text);
      continue;
    }
    for (const [n, part] of parts.entries()) {
      if (files.length === 1) onProgress({ phase: 'reading', done: n, total: parts.length, file: name });
      add(importStatement({ kind: 'text', text: part.text }, { firstLine: part.startLine }), name, part.startLine, part, part.text);
      await pause();
    }
  }
  onProgress({ phase: 'reading', done: files.length, total: files.length, file: '' });
  return ok(read);
}
