import { defaultDecision, type DuplicateDecision, type ImportDecisions } from '../../../core/signatories/csv/apply-import.ts';
import type { ImportPreview, PreviewRow } from '../../../core/signatories/csv/import-preview.ts';
import { MAX_CSV_CHARS } from '../../../core/signatories/csv/read-csv.ts';
import { signatoryLabel } from '../../../core/signatories/csv/import-preview.ts';
import { messagesNow } from '../../i18n/messages.ts';
import { signatoryMessages, signOnImportMessages } from './messages.ts';

/**
 * What the sign-on import dialog shows of a preview: a row's outcome in words, the choices
 * for a duplicate, the rows of one page under a filter, and the totals the Import button
 * will bring about. Kept apart from the dialog so a 10,000-row file is tested without a DOM.
 * The words are the interface language's at the moment they are asked for.
 */

/** A file larger than this is refused before it is read (core's limit on the text, as bytes). */
export const MAX_FILE_BYTES = MAX_CSV_CHARS;

export function fileSizeProblem(bytes: number): string | null {
  const m = messagesNow(signOnImportMessages);
  if (bytes === 0) return m.fileEmpty;
  if (bytes > MAX_FILE_BYTES) {
    const mb = (n: number) => m.megabytes(n / 1024 / 1024);
    return m.fileTooBig(mb(bytes), mb(MAX_FILE_BYTES));
  }
  return null;
}

export const ROW_FILTERS = ['all', 'add', 'duplicates', 'skipped', 'error', 'warnings'] as const;
export type RowFilter = (typeof ROW_FILTERS)[number];

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
  const m = messagesNow(signatoryMessages);
  const details = s.kind === 'organisation' ? [m.organisationWord, s.abbreviation] : [m.individualWord, s.role, s.organisation];
  return { name: signatoryLabel(s), details: [...details, s.country === null ? '' : m.countryIn(s.country)].filter((part) => part !== '').join(', ') };
}

/** What the import will do with the row, in words. */
export function rowOutcome(row: PreviewRow): string {
  const match = row.match;
  const m = messagesNow(signOnImportMessages);
  switch (row.action) {
    case 'add':
      return m.outcomeAdd;
    case 'duplicate-in-file':
      return match?.in === 'file' ? m.sameAsLine(match.line, match.reason) : m.sameAsEarlier;
    case 'duplicate-of-list':
      return m.onListAs(match?.label ?? null, match?.reason ?? null);
    case 'duplicate-of-roster':
      return m.inLibraryAs(match?.label ?? null, match?.reason ?? null);
    case 'skipped':
      return m.skipped(row.reasons.join('; '));
    case 'error':
      return m.notImportedBecause(row.reasons.join('; '));
  }
}

/** The choices for a duplicate row, with what each means for this row; empty for other rows. */
export function decisionChoices(row: PreviewRow): Array<{ value: DuplicateDecision; label: string }> {
  const match = row.match;
  if (match === null || row.signatory === null) return [];
  const m = messagesNow(signOnImportMessages);
  const merge = match.in === 'file' ? m.mergeIntoLine(match.line) : match.in === 'list' ? m.mergeInto(match.label) : m.addLinked;
  return [
    { value: 'merge', label: merge },
    { value: 'add', label: m.addDifferent },
    { value: 'skip', label: m.skip },
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
  return messagesNow(signOnImportMessages).report(added, updated, notImported);
}
