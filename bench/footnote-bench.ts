/**
 * Footnote benchmarks in Chromium on the big statement with 200 notes: the time from
 * Ctrl+Alt+F (insert) or the panel's × (delete) to the painted frame in which every
 * number in the text and in the notes is already right.
 */
import type { Page } from 'playwright-core';
import { median, percentile } from './stats.ts';
import type { BenchRow } from './editor-bench.ts';

/**
 * Resolves with the ms from the triggering event (a key, or a click) to the first frame in
 * which `expected` notes show, every number right.
 */
export async function timeRenumber(page: Page, trigger: { key: string } | { click: string }, expected: number): Promise<number> {
  const eventType = 'key' in trigger ? 'keydown' : 'click';
  await page.evaluate(([n, type]) => {
    const w = window as unknown as { __renumber: Promise<number> };
    w.__renumber = new Promise((resolve) => {
      document.addEventListener(
        type,
        (event) => {
          const start = event.timeStamp;
          const check = () => {
            const markers = document.querySelectorAll('.st-content .st-footnote-marker');
            const numbers = document.querySelectorAll('.st-footnotes .st-footnote-number');
            const last = markers[markers.length - 1]?.textContent;
            if (markers.length === n && numbers.length === n && last === String(n) && numbers[n - 1]?.textContent === String(n)) {
              const channel = new MessageChannel();
              channel.port1.onmessage = () => resolve(performance.now() - start);
              channel.port2.postMessage(null);
            } else requestAnimationFrame(check);
          };
          requestAnimationFrame(check);
        },
        { capture: true, once: true },
      );
    });
  }, [expected, eventType] as const);
  if ('key' in trigger) await page.keyboard.press(trigger.key);
  else await page.getByRole('button', { name: trigger.click, exact: true }).click();
  return page.evaluate(() => (window as unknown as { __renumber: Promise<number> }).__renumber);
}

export async function runFootnoteBench(page: Page, noteCount: number): Promise<BenchRow[]> {
  const inserts: number[] = [];
  const deletes: number[] = [];
  let count = noteCount;
  const settle = () => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 30))));
  for (let round = 0; round < 15; round++) {
    // At the very start, so the new note is number 1 and every other number changes.
    await page.locator('.st-content > p').first().click();
    await page.keyboard.press('Control+Home');
    await settle();
    inserts.push(await timeRenumber(page, { key: 'Control+Alt+F' }, ++count));
    await page.keyboard.type('Note.');
    await settle();
    // The panel's × removes reference and note, once the panel lists the new note first.
    await page.waitForFunction(() => {
      const key = document.querySelector('.st-content .st-footnote-marker')?.id.replace('ref-', '');
      return document.querySelector('.footnote-list li')?.getAttribute('data-footnote-key') === key;
    });
    deletes.push(await timeRenumber(page, { click: 'Delete note 1' }, --count));
  }
  return [
    { name: `insert note → all ${noteCount + 1} numbers painted, p50`, value: median(inserts), unit: 'ms' },
    { name: 'insert note → numbers painted, p95', value: percentile(inserts, 95), unit: 'ms', goal: '≤ 16', pass: percentile(inserts, 95) <= 16 },
    { name: `delete note (panel ×) → all ${noteCount} numbers painted, p50`, value: median(deletes), unit: 'ms' },
    { name: 'delete note → numbers painted, p95', value: percentile(deletes, 95), unit: 'ms', goal: '≤ 16', pass: percentile(deletes, 95) <= 16 },
  ];
}
