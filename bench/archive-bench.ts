/**
 * Archive benchmark: 1,000 statements of the samples' size (bench/import-bench.ts's archive)
 * imported into a real library as File > Import an Archive… does it (read and split in the
 * reader's worker thread, staged a chunk at a time by the library's worker, committed as one
 * batch), with how long the main thread was kept from answering the window; the import undone;
 * then 5,000 statements (a folder of five such files) imported as one batch, and searched as
 * the writer types (words, names in other spellings and scripts, date ranges, organisations;
 * every query from its third character): p95 of the answer time through the worker; the same
 * searches asked again; and a person's mentions over those 5,000.
 * Run alone with `node bench/archive-bench.ts`.
 *
 * The main thread's stall is given twice (bench/stall-probe.ts): its longest task (its own CPU
 * time between two ticks of a 2 ms timer), which is what this code costs the window, and the
 * longest wall-clock gap between ticks, which on a busy shared machine also holds the time the
 * thread waited for a core; the same timer's longest gap with nothing to do is given beside it.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ArchiveSearch } from '../core/archive/archive-api.ts';
import { importArchiveInto } from '../electron/services/importing/archive-import.ts';
import { createLibraryClient, type LibraryClient } from '../electron/services/library/index.ts';
import type { BenchRow } from './editor-bench.ts';
import { buildArchive } from './import-bench.ts';
import { idleStall, probeMainThread } from './stall-probe.ts';
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
const PEOPLE = [['Farhat Meimankuliev', 'Фархат Мейманкулыев'], ['Allamurat Hudayramov'], ['Rovshen Klychev']];

/** A search as the writer types it: from the query's third character on (the filters set first). */
function asTyped(search: ArchiveSearch): ArchiveSearch[] {
  const query = search.query ?? '';
  if (query.length < 3) return [search];
  return Array.from({ length: query.length - 2 }, (_, i) => ({ ...search, query: query.slice(0, i + 3) }));
}

/** One import into the library with its time and the main thread's stalls; fails loudly if nothing was stored. */
async function timedImport(library: LibraryClient, path: string, statements: number) {
  const started = performance.now();
  const { result, taskMs, wallMs } = await probeMainThread(() => importArchiveInto(path, library));
  const millis = performance.now() - started;
  if (!result.ok || result.value.batch?.statements !== statements) throw new Error(`the archive was not stored: ${result.ok ? result.value.failures[0]?.message : result.message}`);
  return { batchId: result.value.batch.id, millis, taskMs, wallMs, idleMs: await idleStall(Math.min(millis, 10_000)) };
}

async function timesOf(times: number, call: () => Promise<{ ok: boolean }>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < times; i++) {
    const t = performance.now();
    if (!(await call()).ok) throw new Error('a search failed');
    out.push(performance.now() - t);
  }
  return out;
}

export async function runArchiveBench(): Promise<BenchRow[]> {
  const dir = await mkdtemp(join(tmpdir(), 'archive-bench-'));
  const library = createLibraryClient(join(dir, 'library.sqlite'), { autoBackup: false });
  try {
    const file = join(dir, 'archive.txt');
    const text = buildArchive(STATEMENTS);
    await writeFile(file, text);
    const one = await timedImport(library, file, STATEMENTS);
    const undoStarted = performance.now();
    const undone = await library.archiveUndoImport(one.batchId);
    const undoMs = performance.now() - undoStarted;
    if (!undone.ok) throw new Error(undone.message);

    // 5,000 as one import: a folder of five files of 1,000.
    const folder = join(dir, 'years');
    await mkdir(folder);
    for (let year = 0; year < SEARCHED / STATEMENTS; year++) await writeFile(join(folder, `${2019 + year}.txt`), text);
    const five = await timedImport(library, folder, SEARCHED);

    // Warm-up with other words: statements prepared, pages cached, but no snippet of the measured searches made.
    for (const query of ['court', 'Tashkent', 'prison', 'human rights defenders', 'Ашхабад']) await library.archiveSearch({ query });
    // As the writer types: every query from its third character on, each answer's snippets made afresh.
    const typed: number[] = [];
    for (const query of QUERIES) for (const typing of asTyped(query)) typed.push(...(await timesOf(1, () => library.archiveSearch(typing))));
    const repeated: number[] = [];
    for (let round = 0; round < 3; round++) for (const query of QUERIES) repeated.push(...(await timesOf(1, () => library.archiveSearch(query))));
    // A person's mentions the first time (their snippets made) and when the case is opened again (kept).
    const [first, again] = [[] as number[], [] as number[]];
    for (const names of PEOPLE) {
      first.push(...(await timesOf(1, () => library.archiveMentions({ names }))));
      again.push(...(await timesOf(1, () => library.archiveMentions({ names }))));
    }
    const stallRows = (n: number, run: typeof one): BenchRow[] => [
      { name: `archive: longest main-thread task during the import of ${n}`, value: run.taskMs, unit: 'ms', goal: '< 100', pass: run.taskMs < 100 },
      { name: `archive: longest wall-clock timer gap during it (idle timer alone: ${run.idleMs.toFixed(0)} ms)`, value: run.wallMs, unit: 'ms' },
    ];
    return [
      { name: `archive: import ${STATEMENTS} statements into the library (read, import, store)`, value: one.millis, unit: 'ms', goal: '< 30000', pass: one.millis < 30_000 },
      ...stallRows(STATEMENTS, one),
      { name: `archive: undo that import`, value: undoMs, unit: 'ms' },
      { name: `archive: import ${SEARCHED} statements (a folder of five files) as one batch`, value: five.millis, unit: 'ms' },
      ...stallRows(SEARCHED, five),
      { name: `archive: search over ${SEARCHED} statements as typed, p95 (${typed.length} answers)`, value: percentile(typed, 95), unit: 'ms', goal: '< 100', pass: percentile(typed, 95) < 100 },
      { name: `archive: search over ${SEARCHED} statements as typed, median`, value: percentile(typed, 50), unit: 'ms' },
      { name: `archive: the same ${QUERIES.length} searches again (snippets kept), p95`, value: percentile(repeated, 95), unit: 'ms' },
      { name: `archive: a person's mentions over ${SEARCHED} statements (up to 500), median of ${PEOPLE.length}`, value: percentile(first, 50), unit: 'ms' },
      { name: `archive: the same mentions asked again (the case opened again)`, value: percentile(again, 50), unit: 'ms' },
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
