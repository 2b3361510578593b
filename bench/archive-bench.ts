/**
 * Archive benchmark: 1,000 statements of the samples' size (bench/import-bench.ts's archive)
 * imported into a real library, as File > Import an Archive… does it (read and imported in
 * the main process between its other work, stored by the library's worker thread in one
 * transaction), with the longest time the main thread's event loop was kept from answering
 * the window; then the archive grown to 5,000 statements and searched as the writer types
 * (words, names in other spellings and scripts, date ranges, organisations): p95 of the
 * answer time through the worker. Run alone with `node bench/archive-bench.ts`.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ArchiveSearch } from '../core/archive/archive-api.ts';
import { importArchiveInto } from '../electron/services/importing/archive-import.ts';
import { createLibraryClient } from '../electron/services/library/index.ts';
import type { BenchRow } from './editor-bench.ts';
import { buildArchive } from './import-bench.ts';
import { percentile } from './stats.ts';

const STATEMENTS = 1000;
const SEARCHED = 5000;

const QUERIES: ArchiveSearch[] = [
  { query: 'Meimankuliev' },
  { query: 'Мейманкулыев' },
  { query: 'HUDAYRAMOV' },
  { query: 'Khudairamov' },
  { query: 'torture' },
  { query: 'deported Turkey' },
  { query: 'non-refoulement' },
  { query: 'Uzbekistan France' },
  { query: 'civic space' },
  { query: 'Kurbanov' },
  { query: 'Kholiqnazarov' },
  { query: 'extradit', from: '2023-01-01', to: '2023-12-31' },
  { query: '', organisation: 'AHRCA' },
  { query: 'journalist', organisation: 'IPHR' },
  { query: '', from: '2022-03-01', to: '2022-06-30' },
  { query: 'Charles Michel' },
  { query: 'Mary regional department' },
  { query: 'Baluchi' },
  { query: 'enforced disappearances' },
  { query: 'Klychev' },
];

/** The longest gap between timer ticks of the main thread while `work` runs: how long the window would wait for an answer. */
async function longestStall<T>(work: () => Promise<T>): Promise<{ result: T; stallMs: number }> {
  let last = performance.now();
  let longest = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 2);
  try {
    const result = await work();
    return { result, stallMs: longest };
  } finally {
    clearInterval(timer);
  }
}

export async function runArchiveBench(): Promise<BenchRow[]> {
  const dir = await mkdtemp(join(tmpdir(), 'archive-bench-'));
  const library = createLibraryClient(join(dir, 'library.sqlite'), { autoBackup: false });
  try {
    const file = join(dir, 'archive.txt');
    await writeFile(file, buildArchive(STATEMENTS));
    const started = performance.now();
    const { result, stallMs } = await longestStall(() => importArchiveInto(file, (entries, source) => library.archiveImport(entries, source)));
    const importMs = performance.now() - started;
    if (!result.ok || result.value.batch === null) throw new Error(`the archive was not stored: ${result.ok ? result.value.failures[0]?.message : result.message}`);

    // 4,000 more, as four more imports of the same archive.
    for (let stored = STATEMENTS; stored < SEARCHED; stored += STATEMENTS) {
      const more = await importArchiveInto(file, (entries, source) => library.archiveImport(entries, source));
      if (!more.ok || more.value.batch === null) throw new Error('the archive was not stored again');
    }
    for (const query of QUERIES) await library.archiveSearch(query); // warm-up: statements prepared, pages cached
    const times: number[] = [];
    for (let round = 0; round < 5; round++) {
      for (const query of QUERIES) {
        const t = performance.now();
        const answer = await library.archiveSearch(query);
        times.push(performance.now() - t);
        if (!answer.ok) throw new Error(answer.message);
      }
    }
    return [
      { name: `archive: import ${STATEMENTS} statements into the library (read, import, store)`, value: importMs, unit: 'ms', goal: '< 30000', pass: importMs < 30_000 },
      { name: 'archive: longest main-thread stall during that import', value: stallMs, unit: 'ms', goal: '< 100', pass: stallMs < 100 },
      { name: `archive: search over ${SEARCHED} statements, p95 (${QUERIES.length} queries x 5)`, value: percentile(times, 95), unit: 'ms', goal: '< 100', pass: percentile(times, 95) < 100 },
      { name: `archive: search over ${SEARCHED} statements, median`, value: percentile(times, 50), unit: 'ms' },
    ];
  } finally {
    await library.close();
    await rm(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const row of await runArchiveBench()) {
    const verdict = row.pass === undefined ? '' : row.pass ? ' ok' : ' MISSED';
    console.log(`${row.name.padEnd(80)} ${`${row.value.toFixed(1)} ${row.unit}`.padStart(12)}  ${row.goal ?? ''}${verdict}`);
  }
}
