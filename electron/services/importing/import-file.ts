import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { decodeImportBytes } from '../../../core/import/decode-bytes.ts';
import { importStatement, type ImportedStatement } from '../../../core/import/import-statement.ts';
import type { ImportKind } from '../../../core/import/report.ts';
import type { UiLocale } from '../../../core/i18n/ui-locale.ts';
import { fail, type Result } from '../../../core/ipc/result.ts';
import { describeFsError } from '../documents/fs-errors.ts';
import { docxSignatureProblem, importDocx, OLD_WORD_MESSAGE } from './docx-to-html.ts';

/** Larger files are not one statement; the import says so instead of reading them. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/** The file types a statement is imported from, by extension (anything else is read as plain text). */
export const IMPORT_EXTENSIONS = ['txt', 'md', 'markdown', 'html', 'htm', 'docx'] as const;

/** How a file is read: one of core/import's kinds, a Word document (converted to HTML first), or old binary Word (refused). */
export type FileImportKind = ImportKind | 'docx' | 'doc';

export function importKindOf(path: string): FileImportKind {
  const extension = extname(path).toLowerCase();
  if (extension === '.md' || extension === '.markdown') return 'markdown';
  if (extension === '.html' || extension === '.htm') return 'html';
  if (extension === '.docx') return 'docx';
  if (extension === '.doc') return 'doc';
  return 'text';
}

/**
 * One past statement from a file (text, Markdown, a saved web page, a Word document) into a
 * Statement and the report of what was recognised: text bytes decoded whatever their
 * encoding (UTF-8, UTF-16, Windows-1251), a .docx converted to HTML, then core/import.
 * Never throws; a file that cannot be read, is not text or is no Word document is a Result
 * with the reason. The report is written in `locale`, the interface language (English by default).
 */
export async function importFile(path: string, locale: UiLocale = 'en'): Promise<Result<ImportedStatement>> {
  let bytes: Uint8Array;
  try {
    const info = await stat(path);
    if (info.size > MAX_IMPORT_BYTES) return fail('TOO_LARGE', `The file is ${Math.round(info.size / 1024 / 1024)} MiB: a statement to import must be under ${MAX_IMPORT_BYTES / 1024 / 1024} MiB.`);
    bytes = new Uint8Array(await readFile(path));
  } catch (error) {
    return fail('IO_ERROR', `The file could not be read: ${describeFsError(error)}`);
  }
  const kind = importKindOf(path);
  if (kind === 'docx') return importDocx(bytes, locale);
  if (kind === 'doc') {
    // A .doc that is really a .docx (renamed, or saved so by a web app) is imported as one; RTF is said as such.
    const problem = docxSignatureProblem(bytes);
    if (problem === null) return importDocx(bytes, locale);
    return fail('WRONG_FORMAT', problem.includes('RTF') ? problem : OLD_WORD_MESSAGE);
  }
  const decoded = decodeImportBytes(bytes);
  if ('error' in decoded) return fail('WRONG_FORMAT', decoded.error);
  return importStatement(kind === 'html' ? { kind, html: decoded.text } : { kind, text: decoded.text }, { locale });
}
