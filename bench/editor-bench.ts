/**
 * Editor benchmarks in Chromium, through the same harness as the end-to-end tests:
 * opening the big statement (File > Open until its last block is painted), the time
 * from a keystroke to the painted frame that shows it, typing into the middle of it, and
 * inserting and deleting footnotes (footnote-bench.ts), and the same insertion done by bare
 * DOM calls (footnote-floor.ts): what Chromium alone needs for it on this machine.
 *
 * Chromium runs with its frame-rate limit off, so a frame is drawn as soon as there is
 * work: the figure is the editor's own cost, not time spent waiting for the next vsync.
 */
import { writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { serializeStatement } from '../core/statement/parse.ts';
import type { Page } from 'playwright-core';
import { launchChromium, openStudio } from '../tests/e2e/harness.ts';
import { footnotesInOrder } from '../core/footnotes/footnotes-in-order.ts';
import { generateBigStatement } from './big-statement.ts';
import { runFootnoteBench } from './footnote-bench.ts';
import { runFootnoteFloorBench } from './footnote-floor.ts';
import { median, percentile } from './stats.ts';

export type BenchRow = { name: string; value: number; unit: string; goal?: string; pass?: boolean };

export async function runEditorBench(outDir: string): Promise<BenchRow[]> {
  await mkdir(outDir, { recursive: true });
  const statement = generateBigStatement(800);
  const file = join(outDir, 'big-statement.statement');
  await writeFile(file, serializeStatement(statement));
  const blockCount = statement.editor.root.children.length;
  const noteCount = footnotesInOrder(statement.editor).length;

  const browser = await launchChromium(['--disable-frame-rate-limit', '--disable-gpu-vsync']);
  try {
    const openStudioWithBigStatement = async () => {
      const studio = await openStudio(browser);
      studio.dialogs.openPaths.push(file);
      const started = performance.now();
      await studio.emit('command', { id: 'file.open' });
      await studio.page.waitForFunction((n) => document.querySelector('.st-content')!.children.length >= n, blockCount, { polling: 'raf' });
      await studio.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      return { studio, elapsed: performance.now() - started };
    };
    // Each open in a fresh window, as a writer opens a statement: reopening in one window
    // would leave the garbage of the previous editors to be collected while typing.
    const openTimes: number[] = [];
    for (let run = 0; run < 5; run++) {
      const { studio, elapsed } = await openStudioWithBigStatement();
      openTimes.push(elapsed);
      await studio.close();
    }
    const { studio } = await openStudioWithBigStatement();
    const { page } = studio;
    await page.waitForTimeout(1000);

    // Type into the middle of the statement: one sentence to warm up (the first keystrokes
    // into a paragraph pay for compiling and caching, and are reported separately), then
    // four measured sentences.
    const sample = ' Typing into a long statement must stay instant, in English and по-русски.';
    await page.locator('.st-content > p').nth(400).click();
    await page.keyboard.press('End');
    const warmUp = await typeAndTime(page, sample);
    await page.waitForTimeout(300);
    const latencies = await typeAndTime(page, sample.repeat(4));
    const footnoteRows = await runFootnoteBench(page, noteCount);
    // Last: it freezes the window's DOM and takes the editor away.
    const floorRows = await runFootnoteFloorBench(page, noteCount);
    await studio.close();

    const p95 = percentile(latencies, 95);
    const openMedian = median(openTimes);
    return [
      { name: `open + render big statement (${blockCount} blocks, ${noteCount} notes), median of 5`, value: openMedian, unit: 'ms', goal: '≤ 1000', pass: openMedian <= 1000 },
      { name: 'open + render, slowest of 5', value: Math.max(...openTimes), unit: 'ms' },
      { name: `first sentence typed after opening, p50 (${warmUp.length} keys)`, value: median(warmUp), unit: 'ms' },
      { name: `keystroke → painted frame, p50 (${latencies.length} keys)`, value: median(latencies), unit: 'ms' },
      { name: 'keystroke → painted frame, p95', value: p95, unit: 'ms', goal: '≤ 16', pass: p95 <= 16 },
      ...footnoteRows,
      ...floorRows,
    ];
  } finally {
    await browser.close();
  }
}

type LatencyWindow = { __latencies?: number[] };

/** Types `text` with a human-like pause between keys; resolves with each key's ms to its painted frame. */
async function typeAndTime(page: Page, text: string): Promise<number[]> {
  await page.evaluate(() => {
    const w = window as unknown as LatencyWindow;
    // One listener for the page; each call starts a new list.
    if (!w.__latencies) {
      document.addEventListener(
        'keydown',
        (event) => {
          const start = event.timeStamp;
          const list = w.__latencies!;
          requestAnimationFrame(() => {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => list.push(performance.now() - start);
            channel.port2.postMessage(null);
          });
        },
        true,
      );
    }
    w.__latencies = [];
  });
  await page.keyboard.type(text, { delay: 15 });
  await page.waitForTimeout(200);
  return page.evaluate(() => (window as unknown as LatencyWindow).__latencies ?? []);
}
