/**
 * Library benchmarks: builds a library of 100,000 generated cases (bench/library-data.ts) in a
 * temporary folder, then times searches of the kinds a writer makes: a name in another
 * spelling or script, the start of a name being typed, English and Russian words, article
 * numbers, and filters with and without text. Also times opening (with the integrity check),
 * the daily backup, and a few searches through the worker thread the app uses.
 */
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SearchRequest } from '../core/library/search-query.ts';
import { LIBRARY_FILE_FORMAT, LIBRARY_FILE_VERSION } from '../core/library/format.ts';
import { createLibraryClient } from '../electron/services/library/library-client.ts';
import { openLibrary, type LibraryService } from '../electron/services/library/library-service.ts';
import type { BenchRow } from './editor-bench.ts';
import { generateCase, personAt, random, respell, TAGS } from './library-data.ts';
import { median, percentile } from './stats.ts';

const CHUNK = 10_000;

function must<T>(result: { ok: true; value: T } | { ok: false; message: string }): T {
  if (!result.ok) throw new Error(result.message);
  return result.value;
}

/** A few hundred searches, mixed the way a writer's day mixes them. */
export function benchQueries(caseCount: number, count = 400): SearchRequest[] {
  const rand = random(4242);
  const queries: SearchRequest[] = [];
  const words = ['deported', 'torture', 'депортирован', 'пытках', 'Istanbul', 'Ташкент', 'extremism', 'экстремизме', 'arbitrary', 'airport', 'amnesty', 'Kokand', '159', '244-1', 'блогер', 'journalist'];
  const statuses = ['detained', 'sentenced', 'deported', 'disappeared'] as const;
  const countries = ['TM', 'UZ', 'TJ', 'KZ', 'KG', 'TR'];
  for (let i = 0; i < count; i++) {
    const person = personAt(Math.floor(rand() * caseCount));
    switch (i % 8) {
      case 0:
        queries.push({ query: respell(person.familyLatin, 1 + Math.floor(rand() * 63)) });
        break;
      case 1:
        queries.push({ query: person.familyCyrillic });
        break;
      case 2:
        queries.push({ query: `${person.givenLatin} ${respell(person.familyLatin, Math.floor(rand() * 64))}` });
        break;
      case 3:
        queries.push({ query: person.familyLatin.slice(0, 3 + Math.floor(rand() * 4)) });
        break;
      case 4:
        queries.push({ query: words[Math.floor(rand() * words.length)]! });
        break;
      case 5:
        queries.push({ query: '', status: statuses[Math.floor(rand() * statuses.length)]!, country: countries[Math.floor(rand() * countries.length)]! });
        break;
      case 6:
        queries.push({ query: words[Math.floor(rand() * words.length)]!, tag: TAGS[Math.floor(rand() * TAGS.length)]!, from: '2019', to: '2021-06' });
        break;
      default:
        queries.push({ query: `${person.familyCyrillic} ${words[Math.floor(rand() * words.length)]!}`, role: 'blogger' });
        break;
    }
  }
  return queries;
}

function timeSearches(library: LibraryService, queries: ReadonlyArray<SearchRequest>): number[] {
  const times: number[] = [];
  for (const query of queries) {
    const started = performance.now();
    must(library.searchCases(query));
    times.push(performance.now() - started);
  }
  return times;
}

/** Imports `caseCount` generated cases into `library`, ten thousand at a time. */
export function fillBenchLibrary(library: LibraryService, caseCount: number, updatedAt = new Date().toISOString()): void {
  for (let start = 0; start < caseCount; start += CHUNK) {
    const cases = [];
    for (let i = start; i < Math.min(caseCount, start + CHUNK); i++) cases.push(generateCase(i, updatedAt));
    const outcome = must(library.importData({ format: LIBRARY_FILE_FORMAT, version: LIBRARY_FILE_VERSION, exportedAt: updatedAt, cases, organisations: [], footnotes: [] }));
    if (outcome.status !== 'imported') throw new Error('the generated library had conflicts');
  }
}

export async function runLibraryBench(caseCount = 100_000): Promise<BenchRow[]> {
  const dir = await mkdtemp(join(tmpdir(), 'statement-studio-library-bench-'));
  const path = join(dir, 'library.sqlite');
  try {
    const updatedAt = new Date().toISOString();
    const createStarted = performance.now();
    const library = must(openLibrary({ path, autoBackup: false }));
    fillBenchLibrary(library, caseCount, updatedAt);
    const createMs = performance.now() - createStarted;

    const queries = benchQueries(caseCount);
    timeSearches(library, queries.slice(0, 40)); // warm the page cache and the prepared statements
    const times = timeSearches(library, queries);
    const nameTimes = times.filter((_, i) => i % 8 < 4);
    must(library.close());
    const bytes = (await stat(path)).size;

    const openStarted = performance.now();
    const reopened = must(openLibrary({ path, autoBackup: false }));
    const openMs = performance.now() - openStarted;
    const backupStarted = performance.now();
    must(reopened.backupIfDue());
    const backupMs = performance.now() - backupStarted;
    must(reopened.close());

    const client = createLibraryClient(path, { autoBackup: false });
    must(await client.ready());
    const workerTimes: number[] = [];
    for (const query of queries.slice(0, 100)) {
      const started = performance.now();
      must(await client.searchCases(query));
      workerTimes.push(performance.now() - started);
    }
    await client.close();

    const p95 = percentile(times, 95);
    const label = caseCount.toLocaleString('en');
    return [
      { name: `library: create ${label} cases`, value: createMs / 1000, unit: 's', goal: '< 60', pass: createMs < 60_000 },
      { name: `library: database size`, value: bytes / 1024 / 1024, unit: 'MiB' },
      { name: `library: search p50 (${times.length} mixed queries)`, value: median(times), unit: 'ms' },
      { name: 'library: search p95', value: p95, unit: 'ms', goal: '≤ 20', pass: p95 <= 20 },
      { name: 'library: name search p95 (other spellings, scripts, prefixes)', value: percentile(nameTimes, 95), unit: 'ms' },
      { name: 'library: search slowest', value: Math.max(...times), unit: 'ms' },
      { name: 'library: search via worker p95 (100 queries)', value: percentile(workerTimes, 95), unit: 'ms', goal: '≤ 20', pass: percentile(workerTimes, 95) <= 20 },
      { name: 'library: open with integrity check', value: openMs, unit: 'ms' },
      { name: 'library: daily backup (VACUUM INTO)', value: backupMs, unit: 'ms' },
    ];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

// `node bench/library-bench.ts [cases]` runs this benchmark alone.
if (import.meta.main) {
  const rows = await runLibraryBench(Number(process.argv[2] ?? 100_000));
  for (const row of rows) console.log(`${row.name.padEnd(64)} ${`${row.value.toFixed(1)} ${row.unit}`.padStart(10)}  ${row.goal ?? ''}${row.pass === false ? ' MISSED' : ''}`);
}
