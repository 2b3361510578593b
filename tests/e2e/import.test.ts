import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Document, FootnoteReferenceRun, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { splitArchive } from '../../core/import/archive.ts';
import { launchChromium, makeTempDir, openStudio, type Studio } from './harness.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const ARCHIVE = resolve(import.meta.dirname, '../../../shared/samples/statements-2023-archive.txt');

/** File > Import a Statement of `file`, up to the report the window shows. */
async function importThroughMenu(studio: Studio, file: string) {
  studio.dialogs.importPaths.push(file);
  await studio.emit('command', { id: 'file.import' });
  const report = studio.page.getByRole('dialog', { name: 'Imported' });
  await expect.poll(() => report.count()).toBe(1);
  return report;
}

describe('File > Import a Statement', () => {
  it('brings a past statement in with its date, notes and a report, as a new unsaved document', async () => {
    const parts = splitArchive(await readFile(ARCHIVE, 'utf8'));
    const part = parts.find((p) => p.date === '2023-12-14')!;
    const dir = await makeTempDir();
    const file = join(dir, 'statement.txt');
    await writeFile(file, part.text);
    const studio = await openStudio(browser);
    try {
      const { page } = studio;
      const report = await importThroughMenu(studio, file);
      expect(await report.locator('.prompt-message').innerText()).toMatch(/3 footnotes/);
      expect(await report.getByRole('list', { name: 'Import report' }).locator('li').count()).toBeGreaterThan(0);
      await studio.screenshot('import-report');
      await report.getByRole('button', { name: 'OK' }).click();
      expect(await page.getByPlaceholder('Title of the statement').inputValue()).toBe(part.title);
      expect(await page.getByLabel('Date', { exact: true }).inputValue()).toBe('2023-12-14');
      await expect.poll(() => page.locator('.st-footnotes > li').count()).toBe(3);
      // The panels read the new statement from the start, not the previous one's.
      expect(await page.locator('.footnotes-panel .count').innerText()).toBe('3');
      expect(studio.windowStates.at(-1)).toMatchObject({ dirty: true });
    } finally {
      await studio.close();
    }
  });

  it('imports a saved web page without its scripts, and refuses binary junk with the reason', async () => {
    const dir = await makeTempDir();
    const page1 = join(dir, 'page.html');
    await writeFile(page1, '<html><body><h1>Release the lawyer</h1><p onclick="steal()">He was detained on 3 May 2024.<script>alert(1)</script></p><p><a href="javascript:alert(2)">more</a></p></body></html>');
    const junk = join(dir, 'junk.txt');
    await writeFile(junk, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
    const studio = await openStudio(browser);
    try {
      const { page } = studio;
      studio.dialogs.importPaths.push(page1);
      await studio.emit('command', { id: 'file.import' });
      await page.getByRole('dialog', { name: 'Imported' }).getByRole('button', { name: 'OK' }).click();
      expect(await page.getByPlaceholder('Title of the statement').inputValue()).toBe('Release the lawyer');
      expect(await page.locator('.st-content').innerText()).toContain('He was detained on 3 May 2024.');
      expect(await page.locator('.st-content script, .st-content [onclick], .st-content a[href^="javascript"]').count()).toBe(0);

      // The imported page is unsaved: the app asks first, as before any other file.
      studio.dialogs.importPaths.push(junk);
      await studio.emit('command', { id: 'file.import' });
      await page.getByRole('alertdialog').getByRole('button', { name: 'Don’t Save' }).click();
      const refused = page.getByRole('alertdialog', { name: 'The statement could not be imported' });
      await expect.poll(() => refused.count()).toBe(1);
      expect((await refused.innerText()).length).toBeGreaterThan(40);
      await refused.getByRole('button', { name: 'OK' }).click();
      expect(await page.getByPlaceholder('Title of the statement').inputValue()).toBe('Release the lawyer');
    } finally {
      await studio.close();
    }
  });

  it('imports a Word document with its title, date and Word footnotes', async () => {
    const doc = new Document({
      footnotes: { 1: { children: [new Paragraph('The ruling of 7 December.')] }, 2: { children: [new Paragraph('On file with the coalition.')] } },
      sections: [
        {
          children: [
            new Paragraph({ text: 'Deported despite the risk of torture', heading: HeadingLevel.TITLE }),
            new Paragraph('Vienna, 14 December 2023'),
            new Paragraph({ children: [new TextRun('The court ruled'), new FootnoteReferenceRun(1), new TextRun(' that the return was illegal.'), new FootnoteReferenceRun(2)] }),
          ],
        },
      ],
    });
    const file = join(await makeTempDir(), 'statement.docx');
    await writeFile(file, await Packer.toBuffer(doc));
    const studio = await openStudio(browser);
    try {
      const { page } = studio;
      const report = await importThroughMenu(studio, file);
      expect(await report.locator('.prompt-message').innerText()).toMatch(/2 footnotes/);
      await report.getByRole('button', { name: 'OK' }).click();
      expect(await page.getByPlaceholder('Title of the statement').inputValue()).toBe('Deported despite the risk of torture');
      expect(await page.getByLabel('Date', { exact: true }).inputValue()).toBe('2023-12-14');
      await expect.poll(() => page.locator('.st-footnotes > li').count()).toBe(2);
      expect(await page.locator('.st-footnotes').innerText()).toContain('On file with the coalition.');
    } finally {
      await studio.close();
    }
  });
});
