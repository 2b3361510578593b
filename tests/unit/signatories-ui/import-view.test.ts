import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateSignOnCsv } from '../../../bench/signatory-bench.ts';
import { applyImport } from '../../../core/signatories/csv/apply-import.ts';
import { guessMapping } from '../../../core/signatories/csv/column-mapping.ts';
import { previewImport, type ImportPreview } from '../../../core/signatories/csv/import-preview.ts';
import { readSignOnCsv } from '../../../core/signatories/csv/read-csv.ts';
import type { Signatory } from '../../../core/signatories/signatory.ts';
import {
  decisionChoices,
  decisionOf,
  fileSizeProblem,
  importPlan,
  importReport,
  lineLabel,
  MAX_FILE_BYTES,
  pageOf,
  rowOutcome,
  rowSigner,
} from '../../../renderer/panels/signatories/import-view.ts';
import { NHC } from '../signatories/fixtures.ts';

const FIXTURES = join(import.meta.dirname, '../../fixtures/signatories');

function preview(file: string, list: readonly Signatory[] = []): ImportPreview {
  const read = readSignOnCsv(readFileSync(join(FIXTURES, file), 'utf8'));
  if (!read.ok) throw new Error(read.message);
  return previewImport(read.table, guessMapping(read.table.header), { list });
}

describe('the import preview, as the dialog shows it', () => {
  it('says for every row of a comma file with a BOM what will happen, with line numbers', () => {
    const p = preview('signons-comma-bom.csv', [{ ...NHC, status: 'invited' }]);
    const byLine = new Map(p.rows.map((row) => [row.line, row]));
    expect(p.rows).toHaveLength(11);
    expect(rowOutcome(byLine.get(2)!)).toBe('Already on the list as Norwegian Helsinki Committee (same name)');
    expect(rowOutcome(byLine.get(3)!)).toBe('Add');
    // A quoted organisation over two lines is one row, lines 4–5.
    expect(lineLabel(byLine.get(4)!)).toBe('4–5');
    expect(rowSigner(byLine.get(4)!)).toEqual({ name: 'Nadejda Atayeva', details: 'individual, President, Association for Human Rights in Central Asia, France' });
    expect(rowOutcome(byLine.get(6)!)).toBe('Same signer as line 3 (same email)');
    expect(rowOutcome(byLine.get(7)!)).toBe('Skipped: no consent to publish ("No")');
    expect(byLine.get(8)!.warnings[0]).toMatch(/begins with "=", which a spreadsheet would run as a formula/);
    expect(rowOutcome(byLine.get(9)!)).toMatch(/^Not imported: it has 6 fields where the header has 8/);
    expect(rowOutcome(byLine.get(13)!)).toBe('Not imported: a quoted field that starts on this line is never closed');
    expect(rowSigner(byLine.get(12)!)?.details).toBe('individual, Turkmen human rights activist, "Turkmen Initiative", Austria');
  });

  it('reads a semicolon file in Russian, with a quoted semicolon, and finds a signer already on the list in the other script', () => {
    const kurbanov = preview('signons-comma-bom.csv').rows.find((row) => row.line === 3)!.signatory!;
    const p = preview('signons-semicolon.csv', [{ ...kurbanov, id: 'kurbanov' } as Signatory]);
    const outcomes = p.rows.map((row) => [row.line, rowOutcome(row)]);
    expect(outcomes).toEqual([
      [2, 'Add'],
      [3, 'Already on the list as Reyimberdy KURBANOV (same name)'],
      [4, 'Add'],
      [5, 'Add'],
      [6, 'Skipped: no consent to publish ("Нет")'],
      [7, 'Not imported: cannot tell whether "Не знаю" means signing as an organisation or as an individual'],
    ]);
    expect(rowSigner(p.rows[2]!)).toEqual({ name: 'Олег Орлов', details: 'individual, сопредседатель, Центр "Мемориал"; Москва, Russia' });
  });

  it('offers merge, add or skip for duplicates only, and counts what Import will do with the choices', () => {
    const p = preview('signons-comma-bom.csv', [{ ...NHC, status: 'invited' }]);
    const nhcRow = p.rows.find((row) => row.line === 2)!;
    expect(decisionChoices(nhcRow).map((c) => c.label)).toEqual(['Merge into Norwegian Helsinki Committee', 'Add as a different signer', 'Skip']);
    expect(decisionChoices(p.rows.find((row) => row.line === 6)!)[0]!.label).toBe('Merge into line 3');
    expect(decisionChoices(p.rows.find((row) => row.line === 3)!)).toEqual([]);
    expect(decisionOf(nhcRow, {})).toBe('skip');
    expect(decisionOf(p.rows.find((row) => row.line === 7)!, {})).toBeNull();

    // Defaults: 7 rows add (3, 4, 8, 10, 11, 12 and the HFHR line), line 6 merges into line 3, NHC is skipped.
    expect(importPlan(p, {})).toEqual({ add: 6, merge: 1, notImported: 4 });
    const decisions = { 2: 'merge', 6: 'skip' } as const;
    expect(importPlan(p, decisions)).toEqual({ add: 6, merge: 1, notImported: 4 });
    // The plan agrees with what the import does.
    const outcome = applyImport([{ ...NHC, status: 'invited' }], p, decisions, { newId: (() => { let n = 0; return () => `n${n++}`; })(), date: '2023-12-20', note: 'test' });
    expect({ added: outcome.added.length, updated: outcome.updated.length, notImported: outcome.notImported.length }).toEqual({ added: 6, updated: 1, notImported: 4 });
    expect(importReport(6, 1, 4)).toBe('Imported: 6 signers added, 1 updated, 4 rows not imported.');
    expect(importReport(1, 0, 0)).toBe('Imported: 1 signer added.');
    expect(importReport(9392, 0, 522)).toBe('Imported: 9,392 signers added, 522 rows not imported.');
  });

  it('counts a repeat of a row left out as a new signer, as the import does', () => {
    const p = preview('signons-comma-bom.csv');
    // Line 6 repeats line 3, which is skipped: it is added in its place.
    expect(importPlan(p, { 3: 'skip' })).toEqual({ add: 7, merge: 0, notImported: 4 });
    const outcome = applyImport([], p, { 3: 'skip' }, { newId: (() => { let n = 0; return () => `n${n++}`; })(), date: null, note: '' });
    expect(outcome.added).toHaveLength(7);
    expect(outcome.notImported).toEqual([3, 7, 9, 13]);
  });

  it('pages through 10,000 rows under a filter', () => {
    const read = readSignOnCsv(generateSignOnCsv(10_000));
    if (!read.ok) throw new Error(read.message);
    const p = previewImport(read.table, guessMapping(read.table.header), { list: [] });
    const first = pageOf(p.rows, 'all', 0, 100);
    expect(first).toMatchObject({ page: 0, pages: 100, first: 1, last: 100, total: 10_000 });
    const errors = pageOf(p.rows, 'error', 99, 100);
    expect(errors.page).toBe(errors.pages - 1); // clamped to the last page
    expect(errors.total).toBe(p.counts.error);
    expect(errors.rows.every((row) => row.action === 'error')).toBe(true);
    const duplicates = pageOf(p.rows, 'duplicates', 0, 100);
    expect(duplicates.total).toBe(p.counts['duplicate-in-file'] + p.counts['duplicate-of-list'] + p.counts['duplicate-of-roster']);
    expect(pageOf([], 'all', 3, 100)).toMatchObject({ rows: [], page: 0, pages: 1, first: 0, last: 0, total: 0 });
  });

  it('refuses empty and oversized files before reading them', () => {
    expect(fileSizeProblem(0)).toBe('The file is empty.');
    expect(fileSizeProblem(1_000)).toBeNull();
    expect(fileSizeProblem(MAX_FILE_BYTES + 1)).toMatch(/^The file is 20 MB; a sign-on list is far smaller \(at most 20 MB\)/);
    expect(fileSizeProblem(300 * 1024 * 1024)).toMatch(/^The file is 300 MB/);
  });
});
