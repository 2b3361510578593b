import { describe, expect, it } from 'vitest';
import { generateSignatories, generateSignOnCsv } from '../../../bench/signatory-bench.ts';
import { guessMapping } from '../../../core/signatories/csv/column-mapping.ts';
import { previewImport } from '../../../core/signatories/csv/import-preview.ts';
import { readSignOnCsv } from '../../../core/signatories/csv/read-csv.ts';
import { signatoryListSchema } from '../../../core/signatories/signatory.ts';

describe('signatory benchmark data', () => {
  it('is a sign-on file with the mix the benchmark claims: repeats, no consent, broken rows, fields over lines', () => {
    const csv = generateSignOnCsv(2_000);
    expect(generateSignOnCsv(2_000)).toBe(csv);
    const read = readSignOnCsv(csv);
    if (!read.ok) throw new Error(read.message);
    expect(read.table.rows).toHaveLength(2_000);
    expect(read.table.rows.some((row) => row.lastLine > row.line)).toBe(true);
    const mapping = guessMapping(read.table.header);
    expect(mapping).toMatchObject({ email: 1, name: 2, organisation: 3, role: 4, country: 5, signingAs: 6, consent: 7 });
    const { counts } = previewImport(read.table, mapping, { list: generateSignatories(200) });
    expect(counts.add).toBeGreaterThan(1_700);
    expect(counts['duplicate-in-file']).toBeGreaterThan(10);
    expect(counts.skipped).toBeGreaterThan(20);
    expect(counts.error).toBeGreaterThan(5);
  });

  it('builds a valid list of signatories of both kinds', () => {
    const list = generateSignatories(1_000);
    expect(signatoryListSchema.safeParse(list).success).toBe(true);
    expect(new Set(list.map((s) => s.kind))).toEqual(new Set(['organisation', 'individual']));
    expect(list.some((s) => s.lead)).toBe(true);
  });
});
