import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateBigStatement } from '../../bench/big-statement.ts';
import { renderExport } from '../../electron/services/exporting/index.ts';
import { loadBuiltinTemplates } from '../../electron/services/templates/builtin-templates.ts';
import { launchChromium, makeTempDir, openStudio, press, RESULTS_DIR, statementText } from './harness.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** Each page's size in points, as pdf.js reads the PDF's page boxes. */
async function pdfPageSizes(bytes: Uint8Array): Promise<Array<[number, number]>> {
  const task = getDocument({ data: bytes.slice(), disableFontFace: true, verbosity: 0 });
  const pdf = await task.promise;
  const sizes: Array<[number, number]> = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const [x0, y0, x1, y1] = (await pdf.getPage(i)).view as [number, number, number, number];
    sizes.push([x1 - x0, y1 - y0]);
  }
  await task.destroy();
  return sizes;
}

/** One page of a PDF as grey pixels (pdftoppm, poppler-utils), for comparing two PDFs by eye and by number. */
function pageGrey(pdfPath: string, page: number, pngName: string): Grey {
  const base = join(RESULTS_DIR, pngName);
  execFileSync('pdftoppm', ['-f', String(page), '-l', String(page), '-r', '50', '-png', '-singlefile', pdfPath, base]);
  execFileSync('pdftoppm', ['-f', String(page), '-l', String(page), '-r', '50', '-gray', '-singlefile', pdfPath, `${base}-grey`]);
  const pgm = readFileSync(`${base}-grey.pgm`);
  // Binary PGM: "P5\n<width> <height>\n<max>\n" then one byte a pixel.
  const header = pgm.subarray(0, 40).toString('latin1').match(/^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/)!;
  return { width: Number(header[1]), height: Number(header[2]), pixels: pgm.subarray(header[0].length) };
}

type Grey = { width: number; height: number; pixels: Uint8Array };

/** How much two page pictures differ, cell by cell, as a share of the first one's ink. */
function cellDifference(a: Grey, b: Grey): number {
  const cellsA = inkCells(a);
  const cellsB = inkCells(b);
  let difference = 0;
  let ink = 0;
  cellsA.forEach((value, i) => {
    difference += Math.abs(value - (cellsB[i] ?? 0));
    ink += value;
  });
  return difference / ink;
}

/** The mean ink (255 - grey) of each 8×8 cell of a page picture. */
function inkCells({ width, height, pixels }: Grey): number[] {
  const cells: number[] = [];
  for (let y = 0; y + 8 <= height; y += 8) {
    for (let x = 0; x + 8 <= width; x += 8) {
      let sum = 0;
      for (let dy = 0; dy < 8; dy++) for (let dx = 0; dx < 8; dx++) sum += 255 - pixels[(y + dy) * width + x + dx]!;
      cells.push(sum / 64);
    }
  }
  return cells;
}

const close = (a: number, b: number, tolerance: number) => Math.abs(a - b) <= tolerance;

describe('printing', () => {
  it('File > Print draws the PDF layout into the print view, one sheet per PDF page of the same size', async () => {
    const dir = await makeTempDir();
    const statement = generateBigStatement(14, 9, 4);
    statement.meta.title = 'Printing a long statement';
    const file = join(dir, 'long.statement');
    await writeFile(file, JSON.stringify(statement));
    // What the export writes for the same statement: the reference the print must match.
    const exported = await renderExport(statement, { format: 'pdf', paper: 'a4', notes: 'footnotes', pdfa: false, letterhead: false });
    const exportedSizes = await pdfPageSizes(exported.bytes);
    expect(exportedSizes.length).toBeGreaterThan(1);

    const studio = await openStudio(browser);
    try {
      studio.dialogs.openPaths.push(file);
      await studio.emit('command', { id: 'file.open' });
      await expect.poll(() => studio.page.getByLabel('Title').inputValue()).toBe('Printing a long statement');
      await studio.emit('command', { id: 'file.print' });
      await expect.poll(() => studio.printViews.length, { timeout: 30_000 }).toBe(1);
      const view = studio.printViews[0]!;
      await view.locator('html[data-print-pages]').waitFor({ timeout: 60_000 });

      // The view: one image per PDF page, each the PDF page's size (pt at 96 px per inch).
      const images = await view.locator('img.print-page').evaluateAll((imgs) =>
        imgs.map((img) => ({ width: img.getBoundingClientRect().width, height: img.getBoundingClientRect().height, natural: (img as HTMLImageElement).naturalWidth })),
      );
      expect(images).toHaveLength(exportedSizes.length);
      images.forEach((image, i) => {
        const [w, h] = exportedSizes[i]!;
        expect(close(image.width, (w * 96) / 72, 0.5) && close(image.height, (h * 96) / 72, 0.5), `page ${i + 1}`).toBe(true);
        // Drawn at print resolution (300 dpi), not at the screen's.
        expect(close(image.natural, (w * 300) / 72, 1)).toBe(true);
      });
      await view.screenshot({ path: join(RESULTS_DIR, 'print-view.png') });

      // Chromium's own printing of the view (as the print dialog does): same pages, same size.
      const printed = new Uint8Array(await view.pdf({ preferCSSPageSize: true, printBackground: true }));
      const printedSizes = await pdfPageSizes(printed);
      expect(printedSizes).toHaveLength(exportedSizes.length);
      printedSizes.forEach(([w, h], i) => {
        const [ew, eh] = exportedSizes[i]!;
        expect(close(w, ew, 1) && close(h, eh, 1), `printed page ${i + 1}: ${w}×${h} pt, PDF ${ew}×${eh} pt`).toBe(true);
      });

      // Page 2 of the export and of the print, side by side as pictures (test-results/print-*.png), and nearly equal pixel for pixel.
      const exportedPath = join(dir, 'exported.pdf');
      const printedPath = join(dir, 'printed.pdf');
      await writeFile(exportedPath, exported.bytes);
      await writeFile(printedPath, printed);
      const a = pageGrey(exportedPath, 2, 'print-page2-exported');
      const b = pageGrey(printedPath, 2, 'print-page2-printed');
      expect([b.width, b.height]).toEqual([a.width, a.height]);
      // Compared in 8×8-pixel cells (the same text in the same place, whatever the anti-aliasing of the
      // 300 dpi image): far closer to each other than to the next page of the print.
      const same = cellDifference(a, b);
      const otherPage = cellDifference(a, pageGrey(printedPath, 3, 'print-page3-printed'));
      console.info(`[print] page 2 differs from its export by ${same.toFixed(3)}, from page 3 by ${otherPage.toFixed(3)}`);
      expect(same).toBeLessThan(0.25);
      expect(same * 3).toBeLessThan(otherPage);
      await studio.screenshot('print-window');
    } finally {
      await studio.close();
    }
  });
});

/**
 * A user data folder whose recent list holds two saved statements, kept.statement and
 * gone.statement, the second since deleted.
 */
async function recentKeptAndGone(): Promise<{ dir: string; userDataDir: string }> {
  const dir = await makeTempDir();
  const first = await openStudio(browser);
  try {
    for (const name of ['gone', 'kept']) {
      await first.page.getByLabel('Title').fill(`Letter ${name}`);
      first.dialogs.savePaths.push(join(dir, `${name}.statement`));
      await first.emit('command', { id: 'file.saveAs' });
      await expect.poll(() => first.page.locator('.document-name').textContent(), { timeout: 10_000 }).toContain(name);
    }
  } finally {
    await first.close();
  }
  await rm(join(dir, 'gone.statement'));
  return { dir, userDataDir: first.userDataDir };
}

describe('welcome screen', () => {
  it('shows recent statements (a missing one said and removable), starts, opens and starts from a template by keyboard', async () => {
    const { dir, userDataDir } = await recentKeptAndGone();
    const studio = await openStudio(browser, { userDataDir, welcome: true });
    try {
      const { page } = studio;
      const welcome = page.getByRole('region', { name: 'Statement Studio' });
      const recent = welcome.getByRole('list', { name: 'Recent statements' });
      await expect.poll(() => recent.locator('li').allInnerTexts()).toEqual([
        expect.stringMatching(new RegExp(`^kept\\.statement\\s+${dir.replace(/[/\\]/g, '.')}$`)),
        expect.stringMatching(/^gone\.statement\s+.*\s+The file is not there any more: it was moved, renamed or deleted\.\s+Remove from list$/),
      ]);
      expect(await page.locator('.st-content').count()).toBe(0);
      expect(studio.windowStates.at(-1)).toEqual({ title: 'Welcome', dirty: false });
      await studio.screenshot('welcome');
      expect((await axeViolations(page)).join('\n')).toBe('');

      // Keyboard: New statement has the focus; Down and Up move in a list; Tab goes to the next list.
      expect(await focusedText(page)).toMatch(/^New statement/);
      await press(page, 'ArrowDown');
      expect(await focusedText(page)).toMatch(/^Open…/);
      await press(page, 'ArrowDown', 'ArrowDown');
      expect(await focusedText(page)).toMatch(/^Import a Statement…/);
      // The built-in templates, in the order the template form lists them.
      const templateNames = (await loadBuiltinTemplates(TEMPLATES_DIR)).templates.map((t) => t.name);
      expect(templateNames.length).toBeGreaterThan(1);
      expect(await welcome.getByRole('list', { name: 'New from a template' }).locator('.welcome-item-name').allInnerTexts()).toEqual(templateNames);
      await press(page, 'Tab');
      expect(await focusedText(page)).toMatch(new RegExp(`^${escapeRegExp(templateNames[0]!)}\n`));
      await press(page, 'End');
      const lastTemplate = await focusedText(page);
      expect(lastTemplate).toMatch(new RegExp(`^${escapeRegExp(templateNames.at(-1)!)}\n`));
      await press(page, 'Tab');
      expect(await focusedText(page)).toMatch(/^kept\.statement/);
      await press(page, 'ArrowDown');
      expect(await focusedText(page)).toBe('Remove from list');
      await press(page, 'Enter');
      await expect.poll(() => recent.locator('li').count()).toBe(1);
      await expect.poll(() => welcome.getByRole('status').innerText()).toBe('gone.statement was removed from the list.');

      // Shift+Tab back to the templates, and Enter opens that template's form.
      await press(page, 'Shift+Tab');
      expect(await focusedText(page)).toBe(lastTemplate);
      await press(page, 'Enter');
      const form = page.getByRole('dialog', { name: new RegExp(`^New: ${escapeRegExp(templateNames.at(-1)!)}`) });
      await form.waitFor();
      await press(page, 'Escape');
      await form.waitFor({ state: 'detached' });
      expect(await focusedText(page)).toBe(lastTemplate);

      // A recent statement opens with Enter; File > Close brings the welcome screen back.
      await recent.getByRole('button', { name: /kept\.statement/ }).focus();
      await press(page, 'Enter');
      await expect.poll(() => page.getByLabel('Title').inputValue()).toBe('Letter kept');
      await studio.emit('command', { id: 'file.close' });
      await welcome.waitFor();
      expect(await page.locator('.st-content').count()).toBe(0);
      // Back on the welcome screen, Enter starts a blank statement.
      await expect.poll(() => focusedText(page)).toMatch(/^New statement/);
      await press(page, 'Enter');
      await page.locator('.st-content').waitFor();
      expect(await page.getByLabel('Title').inputValue()).toBe('');
    } finally {
      await studio.close();
    }
  });

  it('is in Russian when the OS reads Russian, and turns English when the interface language is switched, without a reload', async () => {
    const { userDataDir } = await recentKeptAndGone();
    const studio = await openStudio(browser, { userDataDir, welcome: true, osLanguages: ['ru-RU'] });
    try {
      const { page } = studio;
      const welcome = page.getByRole('region', { name: 'Statement Studio' });
      const recent = welcome.getByRole('list', { name: 'Недавние заявления' });
      await expect.poll(() => recent.locator('li').count()).toBe(2);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('ru');
      expect(studio.windowStates.at(-1)).toEqual({ title: 'Начало работы', dirty: false });
      const start = welcome.getByRole('list', { name: 'Начать' });
      expect(await start.locator('.welcome-item-name').allInnerTexts()).toEqual(['Новое заявление', 'Открыть…', 'Импорт заявления…']);
      expect(await start.locator('.welcome-item-detail').allInnerTexts()).toEqual(['Чистый лист', 'Файл .statement', 'Текст, Markdown, веб-страница или Word']);
      const templates = welcome.getByRole('list', { name: 'Новое по шаблону' });
      const counts = await templates.locator('.welcome-item-detail').allInnerTexts();
      expect(counts.length).toBeGreaterThan(1);
      for (const count of counts) expect(count).toMatch(/^\d+\s(поле|поля|полей) для заполнения$/);
      const gone = recent.locator('li').nth(1);
      expect(await gone.locator('.welcome-problem').innerText()).toBe('Файла больше нет на месте: его переместили, переименовали или удалили.');
      expect(await gone.getByRole('button').innerText()).toBe('Убрать из списка');
      expect(await welcome.locator('h2').allInnerTexts()).toEqual(['НАЧАТЬ', 'НОВОЕ ПО ШАБЛОНУ', 'НЕДАВНИЕ ЗАЯВЛЕНИЯ']);
      expect((await axeViolations(page)).join('\n')).toBe('');
      await studio.screenshot('welcome-russian');

      // Removing a missing file, said in Russian.
      await gone.getByRole('button').click();
      await expect.poll(() => welcome.getByRole('status').innerText()).toBe('gone.statement убран из списка.');

      // View > Interface Language > English: the same screen in English, nothing reloaded.
      await page.evaluate(() => ((window as unknown as { beforeSwitch: boolean }).beforeSwitch = true));
      await studio.emit('ui-locale', 'en');
      await expect.poll(() => start.count()).toBe(0);
      expect(await welcome.getByRole('list', { name: 'Start' }).locator('.welcome-item-name').allInnerTexts()).toEqual(['New statement', 'Open…', 'Import a Statement…']);
      expect(await welcome.getByRole('list', { name: 'New from a template' }).locator('.welcome-item-detail').first().innerText()).toMatch(/^\d+ things? to fill in$/);
      expect(await welcome.getByRole('list', { name: 'Recent statements' }).locator('li').allInnerTexts()).toEqual([expect.stringMatching(/^kept\.statement/)]);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
      expect(studio.windowStates.at(-1)).toEqual({ title: 'Welcome', dirty: false });
      expect(await welcome.getByRole('status').innerText()).toBe('gone.statement was removed from the list.');
      expect(await page.evaluate(() => (window as unknown as { beforeSwitch?: boolean }).beforeSwitch)).toBe(true);
      await studio.screenshot('welcome-russian-then-english');
    } finally {
      await studio.close();
    }
  });
});

describe('dark mode', () => {
  it('follows the OS: the page, panels, toolbar, status bar and welcome screen turn dark, with readable contrast in both schemes', async () => {
    const studio = await openStudio(browser);
    try {
      const { page } = studio;
      await page.locator('.st-content').click();
      await page.keyboard.type('Release the defenders');
      await press(page, 'Control+Alt+F');
      await page.keyboard.type('A note.');
      const surfaces = ['body', '.page', '.toolbar', '.side-panel', '.status-bar', '.file-bar'];
      const colours = () => page.evaluate((selectors) => selectors.map((s) => {
        const element = document.querySelector(s);
        if (!element) return `${s}: missing`;
        // The first painted background up the tree, and the text colour.
        let e: Element | null = element;
        let background = 'rgba(0, 0, 0, 0)';
        while (e && background === 'rgba(0, 0, 0, 0)') {
          background = getComputedStyle(e).backgroundColor;
          e = e.parentElement;
        }
        return `${s}: ${background} on which ${getComputedStyle(element).color}`;
      }), surfaces);
      const light = await colours();
      expect((await contrastViolations(page)).join('\n')).toBe('');
      await studio.screenshot('light-mode');

      await page.emulateMedia({ colorScheme: 'dark' });
      const dark = await colours();
      dark.forEach((line, i) => {
        const [background, text] = line.split(': ')[1]!.split(' on which ').map(luminance);
        expect(background!, line).toBeLessThan(0.1);
        expect(text!, line).toBeGreaterThan(0.35);
        expect(line).not.toBe(light[i]);
      });
      expect((await contrastViolations(page)).join('\n')).toBe('');
      await studio.screenshot('dark-mode');

      await studio.emit('command', { id: 'file.close' });
      await page.getByRole('alertdialog').getByRole('button', { name: 'Don’t Save' }).click();
      await page.locator('.welcome').waitFor();
      expect((await contrastViolations(page)).join('\n')).toBe('');
      await studio.screenshot('dark-welcome');
    } finally {
      await studio.close();
    }
  });
});

describe('context menu commands in the window', () => {
  it('Insert Footnote as the menu sends it, and cut, paste and paste as plain text as Chromium runs the menu’s roles, change the statement', async () => {
    const studio = await openStudio(browser);
    try {
      const { page } = studio;
      const firstParagraph = page.locator('.st-content p').first();
      await page.locator('.st-content').click();
      await page.keyboard.type('Free them now');

      // Insert Footnote: the one item the main process sends to the window as a command.
      await studio.emit('command', { id: 'insert.footnote' });
      await expect.poll(() => page.locator('.st-footnotes-area .st-footnote').count()).toBe(1);
      // The caret goes into the new note, as with Ctrl+Alt+F.
      await expect.poll(() => page.evaluate(() => Boolean(document.getSelection()?.anchorNode?.parentElement?.closest('.st-footnotes-area')))).toBe(true);
      await page.keyboard.type('Note from the context menu.');
      await expect.poll(() => page.locator('.st-footnotes-area').innerText()).toContain('Note from the context menu.');
      expect(await trimmedText(firstParagraph)).toMatch(/^Free them now\s*1$/);

      // Bold words cut to the clipboard with the menu's Cut (the role cut).
      await press(page, 'Control+End');
      await firstParagraph.click();
      await press(page, 'End', 'Enter');
      await page.keyboard.type('held in custody');
      await press(page, 'Shift+Home', 'Control+B');
      await editingCommand(page, 'cut');
      await expect.poll(() => trimmedText(page.locator('.st-content p').nth(1))).toBe('');
      // Paste as plain text (the role pasteAndMatchStyle): the words without their bold.
      await press(page, 'Backspace', 'Space');
      await editingCommand(page, 'pasteAndMatchStyle');
      await expect.poll(() => trimmedText(firstParagraph)).toMatch(/^Free them now\s*1\s*held in custody$/);
      expect(await firstParagraph.locator('strong, b').count()).toBe(0);
      // Paste (the role paste): the same words keep their bold.
      await press(page, 'Enter');
      await editingCommand(page, 'paste');
      const secondParagraph = page.locator('.st-content p').nth(1);
      await expect.poll(() => trimmedText(secondParagraph)).toBe('held in custody');
      expect(await secondParagraph.locator('strong, b').allInnerTexts()).toEqual(['held in custody']);

      // Select All and Cut (the roles selectAll and cut) empty the statement; Paste brings it back, its note too.
      await page.locator('.st-content').click();
      await editingCommand(page, 'selectAll');
      await editingCommand(page, 'cut');
      await expect.poll(() => statementText(page).then((text) => text.trim())).toBe('');
      expect(await page.locator('.st-footnotes-area').count()).toBe(0);
      await editingCommand(page, 'paste');
      await expect.poll(() => statementText(page)).toMatch(/^Free them now\s*1\s*held in custody\s+held in custody\s*$/);
      await expect.poll(() => page.locator('.st-footnotes-area').innerText()).toContain('Note from the context menu.');

      // The application menu's commands reach the editor the same way.
      await firstParagraph.click();
      await press(page, 'Home', 'Shift+End');
      await studio.emit('command', { id: 'format.bold' });
      await expect.poll(() => firstParagraph.locator('strong, b').count()).toBeGreaterThan(0);
      await studio.emit('command', { id: 'block.h2' });
      await expect.poll(() => page.locator('.st-content h2').count()).toBe(1);
      await studio.screenshot('context-menu-commands');
    } finally {
      await studio.close();
    }
  });
});

/**
 * Runs one of Chromium's editing commands on the focused element, as Electron's menu roles
 * (cut, copy, paste, pasteAndMatchStyle, selectAll) do: through the DevTools protocol's key
 * event with an editing command, so the page sees the same clipboard events it sees in the app.
 */
async function editingCommand(page: Page, command: string): Promise<void> {
  const session = await page.context().newCDPSession(page);
  try {
    await session.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', key: '', commands: [command] });
    await session.send('Input.dispatchKeyEvent', { type: 'keyUp', key: '' });
  } finally {
    await session.detach();
  }
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
}

const trimmedText = (locator: Locator) => locator.innerText().then((text) => text.trim());
const TEMPLATES_DIR = resolve(import.meta.dirname, '../../templates');
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const focusedText = (page: Page) => page.evaluate(() => (document.activeElement as HTMLElement | null)?.innerText.trim() ?? '');

/** Relative luminance of a CSS rgb() colour. */
function luminance(css: string): number {
  const [r, g, b] = css.match(/[\d.]+/g)!.slice(0, 3).map((n) => Number(n) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

async function runAxe(page: Page, rules?: string[], within?: string): Promise<string[]> {
  // Evaluated through the DevTools protocol: the window's CSP (rightly) refuses an injected <script>.
  await page.evaluate(readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'));
  return page.evaluate(async ([only, selector]) => {
    const axe = (window as unknown as { axe: { run(context: Document | string, options: object): Promise<{ violations: Array<{ id: string; nodes: Array<{ target: string[]; failureSummary: string }> }> }> } }).axe;
    const result = await axe.run(selector ?? document, only ? { runOnly: { type: 'rule', values: only } } : {});
    return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id} ${n.target.join(' ')}: ${n.failureSummary}`));
  }, [rules ?? null, within ?? null] as const);
}
/** Every axe-core rule, on the welcome screen. */
const axeViolations = (page: Page) => runAxe(page, undefined, '.welcome');
const contrastViolations = (page: Page) => runAxe(page, ['color-contrast']);
