import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, makeTempDir, openStudio, press, type Studio } from './harness.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function pdfPages(path: string): Promise<string[]> {
  const task = getDocument({ data: new Uint8Array(await readFile(path)), disableFontFace: true });
  const pdf = await task.promise;
  const pages: string[] = [];
  for (let i = 1; i <= pdf.numPages; i++) pages.push((await (await pdf.getPage(i)).getTextContent()).items.map((item) => ('str' in item ? item.str : '')).join(' '));
  await task.destroy();
  return pages;
}

const dialog = (studio: Studio) => studio.page.getByRole('dialog', { name: 'Export the statement' });
const problems = (studio: Studio) => dialog(studio).getByRole('list', { name: 'Problems' }).locator('li').allInnerTexts();

/** A statement with a date, text and one note, and no title yet. */
async function writeStatement(studio: Studio) {
  const { page } = studio;
  await page.getByLabel('Date', { exact: true }).fill('2024-06-26');
  await page.locator('.st-content').click();
  await page.keyboard.type('Torture is never justified, and its victims deserve redress');
  await press(page, 'Control+Alt+F');
  await page.keyboard.type('Convention against Torture, article 14.');
}

describe('export', () => {
  it('checks before exporting, takes the writer to what is wrong, and writes a PDF with the note on its page', async () => {
    const studio = await openStudio(browser);
    try {
      const { page } = studio;
      await writeStatement(studio);
      await studio.emit('command', { id: 'file.export' });
      await expect.poll(() => problems(studio)).toEqual([expect.stringMatching(/^Fix\s+The statement has no title\./i), expect.stringMatching(/^Check\s+Nobody signs the statement yet\./i)]);
      const exportButton = dialog(studio).getByRole('button', { name: 'Export PDF…' });
      expect(await exportButton.isDisabled()).toBe(true);
      await studio.screenshot('export-preflight');
      // Fix it: close, give the title, and the preflight only warns.
      await dialog(studio).getByRole('button', { name: 'Cancel' }).click();
      await page.getByPlaceholder('Title of the statement').fill('Redress for victims of torture');
      await studio.emit('command', { id: 'file.export' });
      await expect.poll(() => problems(studio)).toEqual([expect.stringMatching(/Nobody signs/)]);
      const dir = await makeTempDir();
      const pdfPath = join(dir, 'redress.pdf');
      studio.dialogs.exportPaths.push(pdfPath);
      await exportButton.click();
      await expect.poll(() => dialog(studio).getByRole('status').last().innerText(), { timeout: 30_000 }).toMatch(/^Exported 1 page to .*redress\.pdf in \d+\.\d s\./);
      await studio.screenshot('export-done');
      const pages = await pdfPages(pdfPath);
      expect(pages).toHaveLength(1);
      expect(pages[0]).toContain('Redress for victims of torture');
      expect(pages[0]).toContain('Convention against Torture, article 14.');
      await dialog(studio).getByRole('button', { name: 'Show in folder' }).click();
      await expect.poll(() => studio.revealed).toEqual([pdfPath]);
    } finally {
      await studio.close();
    }
  });

  it('jumps from an empty note in the preflight to the note', async () => {
    const studio = await openStudio(browser);
    try {
      const { page } = studio;
      await page.locator('.st-content').click();
      await page.keyboard.type('A claim without its source');
      await press(page, 'Control+Alt+F');
      await page.locator('.st-content > p').first().click();
      await studio.emit('command', { id: 'file.export' });
      const row = dialog(studio).getByRole('listitem').filter({ hasText: 'Note 1 is empty.' });
      await row.getByRole('button', { name: 'Show' }).click();
      await expect.poll(() => dialog(studio).count()).toBe(0);
      await page.keyboard.type('Report of the Special Rapporteur, 2024.');
      await expect.poll(() => page.locator('.st-footnotes .st-footnote-text').first().innerText()).toBe('Report of the Special Rapporteur, 2024.');
    } finally {
      await studio.close();
    }
  });

  it('writes a web page that passes axe-core in Chromium, and the bare fragment', async () => {
    const studio = await openStudio(browser);
    try {
      const { page } = studio;
      await writeStatement(studio);
      await page.getByPlaceholder('Title of the statement').fill('Redress for victims of torture');
      const dir = await makeTempDir();
      await studio.emit('command', { id: 'file.export' });
      await dialog(studio).getByRole('radio', { name: 'Web page (HTML)' }).check();
      studio.dialogs.exportPaths.push(join(dir, 'page.html'));
      await dialog(studio).getByRole('button', { name: 'Export HTML…' }).click();
      await expect.poll(() => dialog(studio).getByRole('status').last().innerText(), { timeout: 30_000 }).toMatch(/^Exported to .*page\.html/);
      await dialog(studio).getByRole('radio', { name: /HTML fragment/ }).check();
      studio.dialogs.exportPaths.push(join(dir, 'fragment.html'));
      await dialog(studio).getByRole('button', { name: 'Export HTML…' }).click();
      await expect.poll(() => dialog(studio).getByRole('status').last().innerText(), { timeout: 30_000 }).toMatch(/fragment\.html/);
      expect(await readFile(join(dir, 'fragment.html'), 'utf8')).toMatch(/^<article[^>]*>[\s\S]*Convention against Torture, article 14\.[\s\S]*<\/article>\s*$/);

      // The page itself, opened in Chromium and checked by axe-core.
      const html = await readFile(join(dir, 'page.html'), 'utf8');
      const viewer = await browser.newPage();
      try {
        await viewer.setContent(html);
        await viewer.addScriptTag({ path: createRequire(import.meta.url).resolve('axe-core/axe.min.js') });
        const violations = await viewer.evaluate(async () => {
          const result = await (window as unknown as { axe: { run(): Promise<{ violations: Array<{ id: string; help: string }> }> } }).axe.run();
          return result.violations.map((v) => `${v.id}: ${v.help}`);
        });
        expect(violations).toEqual([]);
        expect(await viewer.locator('sup a[role="doc-noteref"]').count()).toBe(1);
      } finally {
        await viewer.close();
      }
    } finally {
      await studio.close();
    }
  });
});
