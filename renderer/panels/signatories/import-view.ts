import { countryName } from '../../../core/cases/countries.ts';
import { defaultDecision, type DuplicateDecision, type ImportDecisions } from '../../../core/signatories/csv/apply-import.ts';
import type { ImportPreview, PreviewRow } from '../../../core/signatories/csv/import-preview.ts';
import { MAX_CSV_CHARS } from '../../../core/signatories/csv/read-csv.ts';
import { signatoryLabel } from '../../../core/signatories/csv/import-preview.ts';

/**
 * What the sign-on import dialog shows of a preview: a row's outcome in words, the choices
 * for a duplicate, the rows of one page under a filter, and the totals the Import button
 * will bring about. Kept apart from the dialog so a 10,000-row file is tested without a DOM.
 */

/** A file larger than this is refused before it is read (core's limit on the text, as bytes). */
export const MAX_FILE_BYTES = MAX_CSV_CHARS;

export function fileSizeProblem(bytes: number): string | null {
  if (bytes === 0) return 'The file is empty.';
  if (bytes > MAX_FILE_BYTES) {
    const mb = (n: number) => `${(n / 1024 / 1024).toLocaleString('en', { maximumFractionDigits: 1 })} MB`;
    return `The file is ${mb(bytes)}; a sign-on list is far smaller (at most ${mb(MAX_FILE_BYTES)}). Is it the right file?`;
  }
  return null;
}

export const ROW_FILTERS = ['all', 'add', 'duplicates', 'skipped', 'error', 'warnings'] as const;
export type RowFilter = (typeof ROW_FILTERS)[number];
export const ROW_FILTER_LABELS: Readonly<Record<RowFilter, string>> = {
  all: 'All rows',
  add: 'New signers',
  duplicates: 'Duplicates',
  skipped: 'Skipped (no consent)',
  error: 'Errors',
  warnings: 'With warnings',
};

export function rowMatches(row: PreviewRow, filter: RowFilter): boolean {
  switch (filter) {
    case 'all':
      return true;
    case 'duplicates':
      return row.match !== null;
    case 'warnings':
      return row.warnings.length > 0;
    default:
      return row.action === filter;
  }
}

export type Page<T> = { rows: T[]; page: number; pages: number; first: number; last: number; total: number };

/** One page of the rows that pass the filter (pages count from 0; an out-of-range page is clamped). */
export function pageOf(rows: readonly PreviewRow[], filter: RowFilter, page: number, size: number): Page<PreviewRow> {
  const matching = filter === 'all' ? rows : rows.filter((row) => rowMatches(row, filter));
  const pages = Math.max(1, Math.ceil(matching.length / size));
  const current = Math.min(Math.max(0, page), pages - 1);
  const slice = matching.slice(current * size, current * size + size);
  return { rows: slice, page: current, pages, first: slice.length === 0 ? 0 : current * size + 1, last: current * size + slice.length, total: matching.length };
}

/** "Lines 12–13" for a row that spans lines (a quoted field with line breaks). */
export function lineLabel(row: Pick<PreviewRow, 'line' | 'lastLine'>): string {
  return row.lastLine > row.line ? `${row.line}–${row.lastLine}` : String(row.line);
}

/** The row's signer as the preview names it, with its kind and details. */
export function rowSigner(row: PreviewRow): { name: string; details: string } | null {
  const s = row.signatory;
  if (s === null) return null;
  const details = s.kind === 'organisation' ? ['organisation', s.abbreviation] : ['individual', s.role, s.organisation];
  return { name: signatoryLabel(s), details: [...details, s.country === null ? '' : countryName(s.country)].filter((part) => part !== '').join(', ') };
}

/** What the import will do with the row, in words. */
export function rowOutcome(row: PreviewRow): string {
  const match = row.match;
  switch (row.action) {
    case 'add':
      return 'Add';
    case 'duplicate-in-file':
      return match?.in === 'file' ? `Same signer as line ${match.line} (${match.reason})` : 'Same signer as an earlier line';
    case 'duplicate-of-list':
      return `Already on the list as ${match?.label ?? 'a signer'} (${match?.reason ?? 'same name'})`;
    case 'duplicate-of-roster':
      return `In the library as ${match?.label ?? 'a record'} (${match?.reason ?? 'same name'})`;
    case 'skipped':
      return `Skipped: ${row.reasons.join('; ')}`;
    case 'error':
      return `Not imported: ${row.reasons.join('; ')}`;
  }
}

/** The choices for a duplicate row, with what each means for this row; empty for other rows. */
export function decisionChoices(row: PreviewRow): Array<{ value: DuplicateDecision; label: string }> {
  const match = row.match;
  if (match === null || row.signatory === null) return [];
  const merge =
    match.in === 'file' ? `Merge into line ${match.line}` : match.in === 'list' ? `Merge into ${match.label}` : 'Add, linked to the library record';
  return [
    { value: 'merge', label: merge },
    { value: 'add', label: 'Add as a different signer' },
    { value: 'skip', label: 'Skip' },
  ];
}

export function decisionOf(row: PreviewRow, decisions: ImportDecisions): DuplicateDecision | null {
  if (row.signatory === null || row.action === 'skipped' || row.action === 'error') return null;
  return decisions[row.line] ?? defaultDecision(row) ?? 'add';
}

/** What pressing Import does, counted: signers added, merged into others, rows left out. */
export type ImportPlan = { add: number; merge: number; notImported: number };

export function importPlan(preview: ImportPreview, decisions: ImportDecisions): ImportPlan {
  const plan: ImportPlan = { add: 0, merge: 0, notImported: 0 };
  const imported = new Set<number>();
  for (const row of preview.rows) {
    const decision = decisionOf(row, decisions);
    const match = row.match;
    if (decision === null || decision === 'skip') {
      plan.notImported++;
      continue;
    }
    imported.add(row.line);
    // A roster match merged is a new signer, linked to its record; a repeat of a row left out takes its place.
    if (decision === 'add' || match === null || match.in === 'roster' || (match.in === 'file' && !imported.has(match.line))) plan.add++;
    else plan.merge++;
  }
  return plan;
}

/** The status line after an import. */
export function importReport(added: number, updated: number, notImported: number): string {
  const n = (count: number) => count.toLocaleString('en');
  const parts = [`${n(added)} ${added === 1 ? 'signer' : 'signers'} added`];
  if (updated > 0) parts.push(`${n(updated)} updated`);
  if (notImported > 0) parts.push(`${n(notImported)} ${notImported === 1 ? 'row' : 'rows'} not imported`);
  return `Imported: ${parts.join(', ')}.`;
}
