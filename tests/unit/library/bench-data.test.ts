import { describe, expect, it } from 'vitest';
import { caseRecordSchema } from '../../../core/cases/person.ts';
import { searchRequestSchema } from '../../../core/library/search-query.ts';
import { benchQueries, runLibraryBench } from '../../../bench/library-bench.ts';
import { generateCase, personAt } from '../../../bench/library-data.ts';

describe('the library benchmark', () => {
  it('generates valid cases, the same for the same index', () => {
    for (let i = 0; i < 300; i++) expect(caseRecordSchema.safeParse(generateCase(i, '2024-01-01T00:00:00.000Z')).success).toBe(true);
    expect(generateCase(42, 'x' as never)).toEqual(generateCase(42, 'x' as never));
    expect(personAt(7).familyLatin).toBe(generateCase(7, '2024-01-01T00:00:00.000Z').familyName);
  });

  it('asks valid searches', () => {
    for (const query of benchQueries(1000)) expect(searchRequestSchema.safeParse(query).success, JSON.stringify(query)).toBe(true);
  });

  it('runs end to end on a small library and reports its rows', { timeout: 60_000 }, async () => {
    const rows = await runLibraryBench(1500);
    expect(rows.map((row) => row.name)).toContain('library: search p95');
    for (const row of rows) expect(Number.isFinite(row.value), row.name).toBe(true);
    expect(rows.find((row) => row.name === 'library: create 1,500 cases')!.pass).toBe(true);
  });
});
