/**
 * The load scenario of issue #10 as benchmark rows: a 1,000-page statement, a library of
 * 100,000 cases and 5,000 archived statements, and 10,000 signatories, driven in Chromium (bench/load/load-scenario.ts).
 * Per step, the longest renderer task (goal: no freeze over 200 ms) and the JavaScript heap.
 */
import type { BenchRow } from './editor-bench.ts';
import { FULL_LOAD, type LoadSize } from './load/load-data.ts';
import { runLoadScenario, type LoadReport } from './load/load-scenario.ts';
import { launchChromium } from '../tests/e2e/harness.ts';

/** The longest task a step may take: beyond it the writer feels the window freeze. */
export const FREEZE_MS = 200;
/**
 * What the tests hold each step to today: the 200 ms goal is not yet met on every step (the
 * bench rows say which), so the tests catch a return of the multi-second freezes measured
 * before the fixes (1.7 s opening 1,000 pages) without failing on the gap still open.
 */
export const REGRESSION_MS = 1000;
/**
 * What the full load (1,000 pages) is held to: not stopping to answer for ten seconds. Today's
 * longest tasks there are seconds long (opening: the slices' per-update costs and layout;
 * typing at the end; inserting a note), well over both limits above: the bench rows show them.
 */
export const HANG_MS = 10_000;

export function loadRows(report: LoadReport): BenchRow[] {
  const { size } = report;
  const n = (value: number) => value.toLocaleString('en');
  const label = `load (${n(report.pdfPages)} pages, ${n(size.cases)} cases, ${n(size.signatories)} signers, ${n(size.archived)} archived)`;
  return [
    ...report.steps.flatMap((s): BenchRow[] => [
      { name: `${label}: ${s.step}, longest task`, value: s.longestTaskMs, unit: 'ms', goal: `≤ ${FREEZE_MS}`, pass: s.longestTaskMs <= FREEZE_MS },
      { name: `${label}: ${s.step}, heap after`, value: s.heapMiB, unit: 'MiB' },
    ]),
    { name: `${label}: peak heap`, value: report.peakHeapMiB, unit: 'MiB' },
  ];
}

export async function runLoadBench(size: LoadSize = FULL_LOAD): Promise<BenchRow[]> {
  const browser = await launchChromium();
  try {
    return loadRows(await runLoadScenario(browser, size));
  } finally {
    await browser.close();
  }
}

// `node bench/load-bench.ts [pages cases signers archived]` runs this benchmark alone.
if (import.meta.main) {
  const [pages, cases, signatories, archived] = process.argv.slice(2).map(Number);
  const rows = await runLoadBench({ pages: pages ?? FULL_LOAD.pages, cases: cases ?? FULL_LOAD.cases, signatories: signatories ?? FULL_LOAD.signatories, archived: archived ?? FULL_LOAD.archived });
  for (const row of rows) console.log(`${row.name.padEnd(90)} ${`${row.value.toFixed(1)} ${row.unit}`.padStart(10)}  ${row.goal ?? ''}${row.pass === false ? ' MISSED' : ''}`);
}
