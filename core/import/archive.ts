/**
 * An archive of many statements in one text, as a website's news page dumps them: each
 * statement starts with its date alone on a line ("20.12.23"), then its headline. Split
 * first, then each part is imported on its own with line numbers of the archive.
 */
import { fail, ok, type Result } from '../ipc/result.ts';
import { isShortNumericDate } from './dateline.ts';
import { importStatement, type ImportedStatement, type ImportOptions } from './import-statement.ts';
import { checkImportText } from './input-check.ts';
import { MAX_ARCHIVE_CHARS } from './limits.ts';
import { isBlank, tidy } from './text-blocks.ts';

export type ArchivePart = {
  /** YYYY-MM-DD from the opening date line. */
  date: string;
  /** The first non-blank line after the date; '' if none. */
  title: string;
  /** The statement's text, from its date line up to the next statement's. */
  text: string;
  /** 1-based line of the date line in the archive. */
  startLine: number;
};

/** The statements of an archive in their order; text before the first date line (a page header) is not a statement. */
export function splitArchive(text: string): ArchivePart[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const starts: Array<{ index: number; date: string }> = [];
  lines.forEach((line, index) => {
    const date = isShortNumericDate(line);
    if (date) starts.push({ index, date });
  });
  return starts.map(({ index, date }, n) => {
    const end = n + 1 < starts.length ? starts[n + 1]!.index : lines.length;
    const body = lines.slice(index, end);
    const titleLine = body.slice(1).find((line) => !isBlank(line));
    return { date, title: titleLine === undefined ? '' : tidy(titleLine), text: body.join('\n'), startLine: index + 1 };
  });
}

export type ArchiveImport = {
  parts: Array<ArchivePart & { result: Result<ImportedStatement> }>;
  /** Lines before the first statement that were not imported (a page header), if any. */
  skippedLines: number;
};

/**
 * Splits and imports a plain-text archive. `onProgress` is told after each statement, so a
 * caller in a worker can report progress; a statement that fails does not stop the rest.
 */
export function importArchive(text: string, options: ImportOptions & { onProgress?: (done: number, total: number) => void } = {}): Result<ArchiveImport> {
  const checked = checkImportText(text, options.maxChars ?? MAX_ARCHIVE_CHARS);
  if (!checked.ok) return checked;
  const parts = splitArchive(checked.text);
  if (parts.length === 0) return fail('WRONG_FORMAT', 'No statements found: an archive starts each statement with its date alone on a line, such as "20.12.23".');
  const { onProgress, ...importOptions } = options;
  const done = parts.map((part, i) => {
    const result = importStatement({ kind: 'text', text: part.text }, { ...importOptions, firstLine: part.startLine, maxChars: importOptions.maxChars });
    onProgress?.(i + 1, parts.length);
    return { ...part, result };
  });
  const skippedLines = checked.text.split('\n').slice(0, parts[0]!.startLine - 1).filter((l) => !isBlank(l)).length;
  return ok({ parts: done, skippedLines });
}
