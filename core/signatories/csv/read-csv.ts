import Papa, { type ParseError } from 'papaparse';
import type { UiLocale } from '../../i18n/ui-locale.ts';
import { csvMessages } from './csv-messages.ts';

/**
 * Reads a sign-on CSV (Google Forms, Action Network, a spreadsheet) into a header and rows,
 * each row with the line of the file it starts on, so a writer can find it in an editor.
 *
 * The caller decodes the file as UTF-8 (File.text(), readFile(…, 'utf8')), which turns bytes
 * that are not UTF-8 into U+FFFD; such a file is refused as a whole rather than imported with
 * holes in its names. Commas and semicolons (the separator of spreadsheets in Russian and
 * most European locales) are told apart by the header line. Papa Parse does the CSV syntax:
 * quotes, doubled quotes, separators and line breaks inside quoted fields.
 *
 * A row that cannot be read whole (an unclosed quote, a field too long, more or fewer fields
 * than the header) is kept with its problem, to be listed in the preview, never dropped.
 */

export const MAX_CSV_CHARS = 20 * 1024 * 1024;
export const MAX_CSV_ROWS = 50_000;
/** Far above any name, role or answer; a longer field is a broken quote or an attack. */
export const MAX_FIELD_CHARS = 2_000;

export type CsvDelimiter = ',' | ';';

export type CsvRow = {
  /** 1-based line of the file where the row starts. */
  line: number;
  /** Where it ends: later than `line` when a quoted field holds line breaks. */
  lastLine: number;
  /** One per header column (fewer or more when the row is ragged, see problem). Over-long fields are cut to MAX_FIELD_CHARS. */
  cells: string[];
  /** Why the row cannot be used as it stands, or null. */
  problem: string | null;
};

export type CsvTable = { delimiter: CsvDelimiter; header: string[]; headerLine: number; rows: CsvRow[] };
export type CsvReadResult = { ok: true; table: CsvTable } | { ok: false; message: string };

const refuse = (message: string): CsvReadResult => ({ ok: false, message });

/** Control characters that no text file holds: NUL aside, C0 except tab, line breaks, VT and FF. */
const BINARY_CHARS = /[\u0001-\u0008\u000e-\u001f\u007f]/g;

/** Separators counted outside quotes in the first record (which may span lines inside quotes). */
export function detectDelimiter(text: string): CsvDelimiter {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  let started = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && c === '\n') {
      if (started) break;
    } else if (!quoted && c === ',') commas++;
    else if (!quoted && c === ';') semicolons++;
    if (c !== '\n' && c !== ' ' && c !== '\t') started = true;
  }
  return semicolons > commas ? ';' : ',';
}

function countNewlines(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) count++;
  return count;
}

function quoteProblem(errors: readonly ParseError[], line: number, lastLine: number, locale: UiLocale): string | null {
  if (errors.length === 0) return null;
  const m = csvMessages[locale];
  // Papa Parse reads on to the next quote that can close the field: often the rest of the file.
  const swallowed = lastLine > line ? m.readAsOne(line, lastLine) : '';
  if (errors.some((e) => e.code === 'InvalidQuotes')) return m.textAfterQuote(swallowed);
  if (errors.some((e) => e.code === 'MissingQuotes')) return m.unclosedQuote(swallowed);
  return errors[0]!.message;
}

const isBlank = (cells: readonly string[]) => cells.every((cell) => cell.trim() === '');

/** The file read in the interface language's words for what is wrong with it (English by default). */
export function readSignOnCsv(input: string, locale: UiLocale = 'en'): CsvReadResult {
  const m = csvMessages[locale];
  if (input.length > MAX_CSV_CHARS) return refuse(m.tooLarge(MAX_CSV_CHARS / 1024 / 1024));
  let text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (text.includes('\u0000')) return refuse(m.nulBytes);
  if (text.includes('\ufffd')) return refuse(m.notUtf8);
  const binary = text.match(BINARY_CHARS)?.length ?? 0;
  if (binary > Math.max(8, text.length / 100)) return refuse(m.controlCharacters);
  if (text.trim() === '') return refuse(m.empty);
  // One line break per line, whatever the system wrote (\r\n, \n, old Mac \r): line numbers stay the same.
  text = text.replace(/\r\n?/g, '\n');

  const delimiter = detectDelimiter(text);
  const records: Array<{ line: number; lastLine: number; cells: string[]; errors: ParseError[] }> = [];
  let tooMany = false;
  let start = 0;
  let line = 1;
  Papa.parse(text, {
    delimiter,
    newline: '\n',
    quoteChar: '"',
    skipEmptyLines: false,
    step: (result, parser) => {
      const end = result.meta.cursor;
      const breaks = countNewlines(text, start, end);
      const inside = text[end - 1] === '\n' ? breaks - 1 : breaks;
      if (!isBlank(result.data) || result.errors.length > 0) records.push({ line, lastLine: line + inside, cells: result.data, errors: result.errors });
      line += breaks;
      start = end;
      if (records.length > MAX_CSV_ROWS + 1) {
        tooMany = true;
        parser.abort();
      }
    },
  });
  if (tooMany) return refuse(m.tooManyRows(MAX_CSV_ROWS));

  const headerRecord = records[0];
  if (!headerRecord) return refuse(m.empty);
  const headerProblem = quoteProblem(headerRecord.errors, headerRecord.line, headerRecord.lastLine, locale);
  if (headerProblem) return refuse(m.headerUnreadable(headerRecord.line, headerProblem));
  const header = headerRecord.cells.map((cell, index) => cell.replace(/\s+/g, ' ').trim().slice(0, 200) || m.untitledColumn(index + 1));
  if (records.length === 1) return refuse(m.noRows);

  const rows = records.slice(1).map(({ line: rowLine, lastLine, cells: raw, errors }): CsvRow => {
    let cells = raw;
    let problem = quoteProblem(errors, rowLine, lastLine, locale);
    // Trailing separators ("a,b,,") add empty fields that mean nothing.
    while (cells.length > header.length && cells.at(-1)!.trim() === '') cells = cells.slice(0, -1);
    if (problem === null && cells.length !== header.length) {
      problem = m.fieldCount(cells.length, header.length);
    }
    const long = cells.findIndex((cell) => cell.length > MAX_FIELD_CHARS);
    if (long !== -1) {
      if (problem === null) {
        problem = m.fieldTooLong(header[long] ?? m.untitledColumn(long + 1), cells[long]!.length, MAX_FIELD_CHARS);
      }
      cells = cells.map((cell) => (cell.length > MAX_FIELD_CHARS ? cell.slice(0, MAX_FIELD_CHARS) : cell));
    }
    return { line: rowLine, lastLine, cells, problem };
  });
  return { ok: true, table: { delimiter, header, headerLine: headerRecord.line, rows } };
}
