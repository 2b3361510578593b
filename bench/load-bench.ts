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
 * What the `npm test` run (200 pages) holds each step to: the 200 ms goal is met at the full
 * size on this machine (184 ms at most), with room for a loaded 2-core CI.
 */
export const REGRESSION_MS = 500;
/**
 * What the full load (1,000 pages) is held to in the soak project: under the profiler on a
 * loaded machine a layout of the whole statement reached 1.1 s once, so a second is the bound
 * that holds; the bench rows show the 200 ms goal.
 */
export const HANG_MS = 1000;

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
