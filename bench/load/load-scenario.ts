/**
 * The load scenario in Chromium: the real built renderer through the end-to-end harness
 * (real documents, library and export services), a long-task observer installed before the
 * page's own scripts, and a writer's session on a huge statement: open it, type in the middle
 * and at the end, insert a note, save, export the PDF, search the library, reorder and
 * restyle the signatories. Every long task is recorded with the step that was running, and
 * the JavaScript heap after each step.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { makeTempDir, openStudio, press, RESULTS_DIR, type Studio } from '../../tests/e2e/harness.ts';
import { familyNameInLibrary, fillLoadArchive, fillLoadLibrary, writeLoadStatement, type LoadSize } from './load-data.ts';

export type LongTask = { step: string; startMs: number; durationMs: number };
export type StepFigures = { step: string; durationMs: number; longestTaskMs: number; longTasks: number; heapMiB: number };
export type LoadReport = { size: LoadSize; blocks: number; pdfPages: number; steps: StepFigures[]; longTasks: LongTask[]; peakHeapMiB: number };

/**
 * Installed with addInitScript, so it observes from the page's first task on. Steps are
 * marked with their start time and long tasks given to the step they started in: the
 * observer's callback itself runs later, maybe in the next step.
 */
const OBSERVER = `(() => {
  const tasks = [];
  const steps = [{ name: 'page load', at: 0 }];
  Object.defineProperty(window, '__load', { value: { tasks, steps } });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
})();`;

type LoadWindow = { __load: { tasks: Array<{ start: number; duration: number }>; steps: Array<{ name: string; at: number }> } };

const markStep = (page: Page, name: string) => page.evaluate((n) => void (window as unknown as LoadWindow).__load.steps.push({ name: n, at: performance.now() }), name);

/** Two frames and a pause: what the step left for later (deferred plugins, slices) has run. */
const settle = (page: Page, ms = 400) => page.evaluate((wait) => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, wait)))), ms);

async function heapMiB(cdp: CDPSession): Promise<number> {
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  return usedSize / 1024 / 1024;
}

const SENTENCE = ' The writers ask the authorities to stop every deportation at once, и освободить задержанных.';

/**
 * Runs the whole scenario in a fresh window of `browser` and returns what it measured.
 * Throws when a step fails to show its result (the text typed, the file saved, the pages
 * exported, the cases found), so a freeze cannot hide behind a step that did nothing.
 */
export async function runLoadScenario(browser: Browser, size: LoadSize, log: (line: string) => void = () => {}): Promise<LoadReport> {
  const dir = await makeTempDir('studio-load-');
  const userDataDir = await makeTempDir('studio-load-user-');
  const built = performance.now();
  const { path, blocks } = await writeLoadStatement(dir, size);
  fillLoadLibrary(userDataDir, size.cases);
  await fillLoadArchive(userDataDir, size.archived);
  log(`generated ${blocks} blocks, ${size.cases} cases and ${size.archived} archived statements in ${Math.round(performance.now() - built)} ms`);

  const studio = await openStudio(browser, { userDataDir });
  // Reloaded so that the observer sees the app start from its first task (init scripts run on each load).
  await studio.page.addInitScript(OBSERVER);
  await studio.page.reload();
  // Start-up ends on the welcome screen (nothing to open or recover); File > Open works from there.
  await studio.page.locator('.st-content, .welcome').first().waitFor();
  const cdp = await studio.context.newCDPSession(studio.page);
  const steps: Array<{ step: string; startedAt: number; durationMs: number; heapMiB: number }> = [];
  try {
    // STUDIO_LOAD_PROFILE=open,save writes those steps' CPU profiles to test-results (for an unminified build: STUDIO_RENDERER_DIR).
    const profiled = new Set((process.env['STUDIO_LOAD_PROFILE'] ?? '').split(',').filter(Boolean));
    // STUDIO_LOAD_TRACE=open writes a Chromium trace of those steps (tasks, style, layout, paint: what a CPU profile shows as "(program)").
    const traced = new Set((process.env['STUDIO_LOAD_TRACE'] ?? '').split(',').filter(Boolean));
    const step = async (name: string, work: () => Promise<void>) => {
      const profiling = profiled.has(name);
      const trace = traced.has(name) ? await startTrace(cdp) : null;
      if (profiling) await cdp.send('Profiler.enable').then(() => cdp.send('Profiler.start'));
      const profiledFrom = await studio.page.evaluate(() => performance.now());
      await markStep(studio.page, name);
      const startedAt = await studio.page.evaluate(() => performance.now());
      const started = performance.now();
      await work();
      const durationMs = performance.now() - started;
      await settle(studio.page);
      if (profiling) {
        const { profile } = (await cdp.send('Profiler.stop')) as { profile: unknown };
        // With the long tasks of the moment, as page times from the profile's start, to find them in it.
        const tasks = (await studio.page.evaluate(() => (window as unknown as LoadWindow).__load.tasks)).filter((t) => t.start >= profiledFrom);
        const longTasks = tasks.map((t) => ({ fromProfileStartMs: t.start - profiledFrom, durationMs: t.duration }));
        await writeFile(join(RESULTS_DIR, `load-${name.replace(/\W+/g, '-')}.cpuprofile`), JSON.stringify({ ...(profile as object), longTasks }));
      }
      if (trace) await writeFile(join(RESULTS_DIR, `load-${name.replace(/\W+/g, '-')}.trace.json`), JSON.stringify({ traceEvents: await trace() }));
      steps.push({ step: name, startedAt, durationMs, heapMiB: await heapMiB(cdp) });
      log(`${name}: ${Math.round(durationMs)} ms`);
    };
    let pdfPages = 0;
    await step('open', () => openStatement(studio, path, blocks));
    await step('type in the middle', () => typeInTheMiddle(studio.page));
    await step('type at the end', () => typeAtTheEnd(studio.page));
    await step('insert a note', () => insertNote(studio.page));
    await step('save', () => save(studio, path, blocks));
    await step('export PDF', async () => void (pdfPages = await exportPdf(studio, dir)));
    await step('search the library', () => searchLibrary(studio.page, size.cases));
    await step('search the archive', () => searchArchive(studio.page));
    await step('reorder and restyle signatories', () => reorderAndRestyle(studio.page, size.signatories));
    await markStep(studio.page, 'end');
    await studio.screenshot(`load-${size.pages}-pages`);

    const recorded = await studio.page.evaluate(() => (window as unknown as LoadWindow).__load);
    const stepAt = (start: number) => [...recorded.steps].reverse().find((s) => s.at <= start)?.name ?? 'page load';
    const longTasks = recorded.tasks.map((t) => ({ step: stepAt(t.start), startMs: t.start, durationMs: t.duration }));
    const figures = steps.map((s): StepFigures => {
      const mine = longTasks.filter((t) => t.step === s.step);
      return { step: s.step, durationMs: s.durationMs, longestTaskMs: Math.max(0, ...mine.map((t) => t.durationMs)), longTasks: mine.length, heapMiB: s.heapMiB };
    });
    return { size, blocks, pdfPages, steps: figures, longTasks, peakHeapMiB: Math.max(...steps.map((s) => s.heapMiB)) };
  } catch (error) {
    // What the window showed when a step failed (a prompt, an error), beside the other screenshots.
    await studio.screenshot(`load-${size.pages}-pages-failed`).catch(() => {});
    throw error;
  } finally {
    await cdp.detach().catch(() => {});
    await studio.close();
  }
}

/** Starts a Chromium trace; the function returned stops it and resolves with its events. */
async function startTrace(cdp: CDPSession): Promise<() => Promise<unknown[]>> {
  const events: unknown[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => void events.push(...value));
  await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink', 'v8.execute', 'toplevel'] } });
  return async () => {
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await complete;
    return events;
  };
}

async function openStatement(studio: Studio, path: string, blocks: number): Promise<void> {
  studio.dialogs.openPaths.push(path);
  await studio.emit('command', { id: 'file.open' });
  // Every block painted (the notes area is one more), not only the first screenful.
  await studio.page.waitForFunction((n) => (document.querySelector('.st-content')?.children.length ?? 0) >= n, blocks, { polling: 200, timeout: 120_000 });
}

async function typeInTheMiddle(page: Page): Promise<void> {
  const paragraphs = page.locator('.st-content > p');
  const middle = paragraphs.nth(Math.floor((await paragraphs.count()) / 2));
  await middle.scrollIntoViewIfNeeded();
  await middle.click();
  await press(page, 'End');
  await page.keyboard.type(SENTENCE, { delay: 20 });
  await waitForText(page, () => middle.innerText(), SENTENCE.trim());
}

async function typeAtTheEnd(page: Page): Promise<void> {
  await press(page, 'Control+End');
  // Control+End may land in the notes area; the last paragraph of the text is the one before it.
  const last = page.locator('.st-content > p').last();
  await last.scrollIntoViewIfNeeded();
  await last.click();
  await press(page, 'End', 'Enter');
  await page.keyboard.type(SENTENCE, { delay: 20 });
  await waitForText(page, () => page.locator('.st-content > p').last().innerText(), SENTENCE.trim());
}

const NOTE = 'Convention against Torture, article 3.';

async function insertNote(page: Page): Promise<void> {
  await press(page, 'Control+Alt+F');
  await page.keyboard.type(NOTE, { delay: 20 });
  await waitForText(page, () => page.locator('.st-footnotes li').last().innerText(), NOTE);
}

async function save(studio: Studio, path: string, blocks: number): Promise<void> {
  await studio.emit('command', { id: 'file.save' });
  await waitForText(studio.page, () => studio.page.locator('.status-bar').innerText(), `Saved to ${path}`, 120_000);
  const saved = await readFile(path, 'utf8');
  for (const text of [SENTENCE.trim(), NOTE]) if (!saved.includes(text)) throw new Error(`the saved file lacks “${text}”`);
  // Every block, the one typed at the end too: a save during or after a load in slices loses none.
  const savedBlocks = (JSON.parse(saved) as { editor: { root: { children: unknown[] } } }).editor.root.children.length;
  if (savedBlocks !== blocks + 1) throw new Error(`the saved file has ${savedBlocks} blocks, not ${blocks + 1}`);
}

/** Exports the PDF through the dialog; resolves with the number of pages the status reports. */
async function exportPdf(studio: Studio, dir: string): Promise<number> {
  const { page } = studio;
  await studio.emit('command', { id: 'file.export' });
  // By CSS, not by role: Playwright's role query walks the whole page (thousands of blocks) in the page's own task, a long task that is the driver's, not the app's.
  const dialog = page.locator('[role="dialog"]').filter({ has: page.locator('h2', { hasText: 'Export the statement' }) });
  studio.dialogs.exportPaths.push(join(dir, 'load.pdf'));
  await dialog.getByRole('button', { name: 'Export PDF…' }).click({ timeout: 120_000 });
  const status = await waitForText(page, () => dialog.getByRole('status').last().innerText(), 'Exported ', 300_000);
  const pages = Number(/Exported ([\d,]+) pages?/.exec(status)?.[1]?.replace(/,/g, ''));
  await dialog.getByRole('button', { name: /^(Close|Done|Cancel)$/ }).first().click();
  return pages;
}

async function searchLibrary(page: Page, cases: number): Promise<void> {
  const panel = page.getByRole('region', { name: 'Library' });
  await panel.scrollIntoViewIfNeeded();
  const family = familyNameInLibrary(cases);
  await panel.getByRole('searchbox', { name: 'Search the case library' }).pressSequentially(family, { delay: 40 });
  const upper = family.toUpperCase();
  await waitForText(page, () => panel.locator('.library-case-name').allInnerTexts().then((names) => names.join('\n')), upper);
}

/** A name in another spelling than the archive's (MEYMANKULYYEV), as the archive's own test searches it. */
async function searchArchive(page: Page): Promise<void> {
  const panel = page.getByRole('region', { name: 'Library' });
  await panel.getByRole('tab', { name: 'Archive' }).click();
  await panel.getByRole('searchbox', { name: 'Search the archive' }).pressSequentially('Meimankuliev', { delay: 40 });
  await waitForText(page, () => panel.locator('.lib-archive-results mark').allInnerTexts().then((marks) => marks.join('\n')), 'MEYMANKULYYEV');
}

async function reorderAndRestyle(page: Page, signatories: number): Promise<void> {
  const panel = page.locator('.signatories-panel');
  await panel.scrollIntoViewIfNeeded();
  const first = panel.locator('li.signer').first();
  const name = await first.getAttribute('aria-label');
  await first.getByRole('button', { name: `Move ${name} down` }).click();
  await waitForText(page, () => panel.locator('li.signer').nth(1).getAttribute('aria-label').then(String), name!);
  await panel.getByLabel('Order of the signatories').selectOption('family-name');
  await panel.getByLabel('Style of the printed block').selectOption('organisations-only');
  await panel.getByLabel('Style of the printed block').selectOption('individuals-with-affiliation-note');
  const counts = await panel.getByRole('list', { name: 'Signatories by status' }).innerText();
  const total = [...counts.matchAll(/\d[\d,]*/g)].reduce((sum, m) => sum + Number(m[0].replace(/,/g, '')), 0);
  if (total !== signatories) throw new Error(`the panel counts ${total} signatories, not ${signatories}`);
}

/** Polls `read` until it contains `expected`; returns what it read. */
async function waitForText(page: Page, read: () => Promise<string>, expected: string, timeoutMs = 60_000): Promise<string> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const text = await read().catch(() => '');
    if (text.includes(expected)) return text;
    if (Date.now() > until) throw new Error(`expected “${expected}”, saw “${text.slice(0, 300)}”`);
    await page.waitForTimeout(100);
  }
}
