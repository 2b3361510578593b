import type { ColumnMapping } from '../../../core/signatories/csv/column-mapping.ts';
import { previewImport, type ImportPreview } from '../../../core/signatories/csv/import-preview.ts';
import { readSignOnCsv, type CsvDelimiter, type CsvTable } from '../../../core/signatories/csv/read-csv.ts';
import type { UiLocale } from '../../../core/i18n/ui-locale.ts';
import type { Roster } from '../../../core/signatories/roster.ts';
import type { Signatory } from '../../../core/signatories/signatory.ts';
import { signOnImportMessages } from './messages.ts';

/**
 * The heavy half of a sign-on import, run in a worker (import-worker.ts) so the window stays
 * responsive while a 10,000-row file is read and previewed: it reads the file once, keeps the
 * table, and previews it for each mapping the writer tries. Plain messages in and out.
 */

/** `locale` is the interface language the answer's messages are in (English when not given). */
export type ImportRequest =
  | { id: number; locale?: UiLocale; kind: 'read'; text: string }
  | { id: number; locale?: UiLocale; kind: 'preview'; mapping: ColumnMapping; list: readonly Signatory[]; roster: Roster };

/** What the columns step needs of the file: not every row, a few values per column. */
export type FileSummary = { delimiter: CsvDelimiter; header: string[]; rowCount: number; examples: string[][] };

export type ImportResponse =
  | { id: number; ok: true; kind: 'read'; summary: FileSummary }
  | { id: number; ok: true; kind: 'preview'; preview: ImportPreview }
  | { id: number; ok: false; message: string };

const EXAMPLES = 3;
const EXAMPLE_CHARS = 40;

/** A few different values of each column, to tell "Name" from "Organisation name" at a glance. */
export function columnExamples(table: CsvTable): string[][] {
  return table.header.map((_, column) => {
    const out: string[] = [];
    for (const row of table.rows) {
      if (row.problem !== null) continue;
      const cell = row.cells[column]?.replace(/\s+/g, ' ').trim() ?? '';
      const shown = cell.length > EXAMPLE_CHARS ? `${cell.slice(0, EXAMPLE_CHARS - 1)}…` : cell;
      if (shown !== '' && !out.includes(shown)) out.push(shown);
      if (out.length === EXAMPLES) break;
    }
    return out;
  });
}

/**
 * The preview as the window needs it: a row read as a signer is shown and imported from its
 * signer, so its cells stay behind; only rows that are no signer (skipped, broken) keep
 * theirs, to be shown as they stand in the file. Half the data to copy out of the worker.
 */
export function withoutReadCells(preview: ImportPreview): ImportPreview {
  return { ...preview, rows: preview.rows.map((row) => (row.signatory === null ? row : { ...row, cells: [] })) };
}

/** A handler of requests that remembers the last file read. */
export function createImportWork(): (request: ImportRequest) => ImportResponse {
  let table: CsvTable | null = null;
  return (request) => {
    const locale = request.locale ?? 'en';
    try {
      if (request.kind === 'read') {
        const read = readSignOnCsv(request.text, locale);
        table = read.ok ? read.table : null;
        if (!read.ok) return { id: request.id, ok: false, message: read.message };
        const summary = { delimiter: read.table.delimiter, header: read.table.header, rowCount: read.table.rows.length, examples: columnExamples(read.table) };
        return { id: request.id, ok: true, kind: 'read', summary };
      }
      if (table === null) return { id: request.id, ok: false, message: signOnImportMessages[locale].noFileRead };
      const preview = previewImport(table, request.mapping, { list: request.list, roster: request.roster, locale });
      return { id: request.id, ok: true, kind: 'preview', preview: withoutReadCells(preview) };
    } catch (error) {
      return { id: request.id, ok: false, message: signOnImportMessages[locale].couldNotRead(error instanceof Error ? error.message : String(error)) };
    }
  };
}
