/**
 * The load scenario at a size `npm test` can afford (200 pages, 10,000 cases, 2,000
 * signatories, 1,000 archived statements; the full 1,000 pages, 100,000 cases, 10,000
 * signers and 5,000 archived run in the soak project and `npm run bench`): the writer opens,
 * types, inserts a note, saves, exports, searches and reorders, each step's result checked
 * by the scenario, and every long task recorded.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runLoadScenario } from '../../bench/load/load-scenario.ts';
import { REGRESSION_MS } from '../../bench/load-bench.ts';
import { launchChromium } from './harness.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('a long statement, a big library and many signers', () => {
  it('opens, types, saves, exports, searches and reorders with every step done and no long freeze', async () => {
    const report = await runLoadScenario(browser, { pages: 200, cases: 10_000, signatories: 2_000, archived: 1000 });
    expect(report.pdfPages).toBeGreaterThanOrEqual(200);
    expect(report.steps.map((s) => s.step)).toEqual(['open', 'type in the middle', 'type at the end', 'insert a note', 'save', 'export PDF', 'search the library', 'search the archive', 'reorder and restyle signatories']);
    const over = report.steps.filter((s) => s.longestTaskMs > REGRESSION_MS).map((s) => `${s.step}: ${Math.round(s.longestTaskMs)} ms`);
    expect(over).toEqual([]);
    expect(report.peakHeapMiB).toBeLessThan(512);
  }, 300_000);
});
