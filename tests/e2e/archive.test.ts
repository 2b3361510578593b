import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openStudio, seededUserDataDir, statementText } from './harness.ts';

const SAMPLE = resolve(import.meta.dirname, '../../../shared/samples/statements-2023-archive.txt');
const FIRST_TITLE = 'Turkmenistan: prisoner Allamurat HUDAYRAMOV was subjected to extrajudicial execution';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('the archive in the library', () => {
  it('imports the sample archive, finds a name in another spelling, opens one as a new draft, shows a case’s mentions and undoes the import', async () => {
    const studio = await openStudio(browser, { userDataDir: await seededUserDataDir() });
    try {
      const { page } = studio;
      // File > Import an Archive…: a file, read and stored with progress, then the report.
      studio.dialogs.importPaths.push(SAMPLE);
      await studio.emit('command', { id: 'file.importArchive' });
      await page.getByRole('button', { name: 'A file…' }).click();
      const report = page.getByRole('dialog', { name: 'Archive imported' });
      await expect.poll(() => report.getByRole('status').textContent()).toMatch(/^Stored 5\u00a0statements from 1\u00a0file in \d+\.\d s\.$/);
      expect(await report.locator('.report-lines li').count()).toBe(5);
      expect(await report.locator('.report-lines li').first().textContent()).toMatch(/^2023-12-20 “Turkmenistan: prisoner Allamurat HUDAYRAMOV/);
      await studio.screenshot('archive-import-report');
      await report.getByRole('button', { name: 'OK' }).click();

      // The Archive tab: a name typed in another spelling finds the three statements naming him.
      const panel = page.getByRole('region', { name: 'Library' });
      await panel.getByRole('tab', { name: 'Archive' }).click();
      await expect.poll(() => panel.locator('.lib-archive-results li').count()).toBe(5);
      await panel.getByRole('searchbox', { name: 'Search the archive' }).pressSequentially('Meimankuliev');
      const titles = () => panel.locator('.lib-archive-results .lib-record-name').allTextContents();
      await expect.poll(titles).toEqual([FIRST_TITLE, 'Justice for Torture Victims in Central Asia', expect.stringMatching(/^NGOs urge the EU/)]);
      expect(await panel.locator('.lib-archive-results li').first().locator('mark').allTextContents()).toContain('MEYMANKULYYEV');
      // A date range narrows it.
      await panel.locator('.lib-archive-tab').getByLabel('From').fill('2023-07-01');
      await expect.poll(titles).toEqual([FIRST_TITLE]);
      await panel.locator('.lib-archive-results li').first().scrollIntoViewIfNeeded();
      await studio.screenshot('archive-search');

      // Opened read-only, then as a new untitled draft with its notes and signatories.
      await panel.locator('.lib-archive-results button', { hasText: FIRST_TITLE }).click();
      const detail = panel.getByRole('article', { name: 'Archived statement (read-only)' });
      await expect.poll(() => detail.locator('.lib-archive-text').textContent()).toContain('Rovshen KLYCHEV (1980)');
      const actions = detail.getByRole('group', { name: 'What to do with this statement' });
      expect(await actions.getByRole('button').allTextContents()).toEqual(expect.arrayContaining(['Open as a new draft', 'New edition…']));
      await studio.screenshot('archive-detail');
      await actions.getByRole('button', { name: 'Open as a new draft' }).click();
      await expect.poll(() => statementText(page)).toContain('Allamurat HUDAYRAMOV died in an institution of the Ministry of National Security');
      expect(await page.locator('.document-name').textContent()).toMatch(/^Untitled/);
      expect(await page.getByLabel('Title', { exact: true }).inputValue()).toBe(FIRST_TITLE);

      // The case of Farhat Meymankulyyev: mentioned in the archive, by year, in any of his spellings.
      await panel.getByRole('tab', { name: 'Cases' }).click();
      await panel.getByRole('searchbox', { name: 'Search the case library' }).pressSequentially('Meymankulyyev');
      await panel.locator('button.library-case-open', { hasText: 'Farhat MEYMANKULYYEV' }).click();
      const mentions = panel.getByRole('region', { name: 'Mentioned in the archive' });
      await expect.poll(() => mentions.locator('.lib-record-name').allTextContents()).toEqual([FIRST_TITLE, 'Justice for Torture Victims in Central Asia', expect.stringMatching(/^NGOs urge the EU/)]);
      expect(await mentions.locator('.lib-archive-year').allTextContents()).toEqual(['2023']);
      await mentions.locator('.lib-archive-year').first().scrollIntoViewIfNeeded();
      await studio.screenshot('archive-case-mentions');
      await mentions.locator('button', { hasText: 'Justice for Torture Victims' }).click();
      const modal = page.getByRole('dialog', { name: 'Justice for Torture Victims in Central Asia' });
      await expect.poll(() => modal.locator('.lib-archive-text').textContent()).toContain('Meimankulyiev');
      await modal.getByRole('button', { name: 'OK' }).click();

      // Undo the import from the Archive tab's list of imports: the archive is empty again, and so are the mentions.
      await panel.getByRole('tab', { name: 'Archive' }).click();
      await panel.getByRole('button', { name: 'Back to the results' }).click();
      await panel.locator('.lib-archive-imports summary').click();
      await panel.getByRole('button', { name: 'Undo this import' }).click();
      await expect.poll(() => panel.locator('.lib-notice').textContent()).toMatch(/Removed the import of statements-2023-archive\.txt \(5\u00a0statements\)/);
      await panel.locator('.lib-archive-tab').getByLabel('From').fill('');
      await panel.getByRole('searchbox', { name: 'Search the archive' }).fill('');
      await expect.poll(() => panel.locator('.lib-archive-tab [role=status]').first().textContent()).toBe('The archive is empty. Use File > Import an Archive… to bring past statements in.');
      expect(await studio.library.archiveImports()).toEqual({ ok: true, value: [] });
    } finally {
      await studio.close();
    }
  }, 120_000);

  it('undoes a single imported statement: the imported draft goes and the statement open before comes back', async () => {
    const { writeFile } = await import('node:fs/promises');
    const { join } = await import('node:path');
    const studio = await openStudio(browser);
    try {
      const { page } = studio;
      await page.getByLabel('Title', { exact: true }).fill('Letter to the minister');
      studio.dialogs.savePaths.push(join(studio.userDataDir, 'letter.statement'));
      await studio.emit('command', { id: 'file.saveAs' });
      await expect.poll(() => page.locator('.document-name').textContent()).toBe('letter.statement');
      const page1 = join(studio.userDataDir, 'release.html');
      await writeFile(page1, '<h1>Release the lawyer</h1><p>5 May 2024</p><p>He was detained on 3 May.</p>');
      studio.dialogs.importPaths.push(page1);
      await studio.emit('command', { id: 'file.import' });
      const report = page.getByRole('dialog', { name: 'Imported' });
      await report.getByRole('button', { name: 'Undo import' }).click();
      await expect.poll(() => page.locator('.document-name').textContent()).toBe('letter.statement');
      expect(await page.getByLabel('Title', { exact: true }).inputValue()).toBe('Letter to the minister');
      expect(await statementText(page)).not.toContain('He was detained');
      await studio.screenshot('archive-single-import-undone');
    } finally {
      await studio.close();
    }
  }, 60_000);

  it('stores nothing when a file of a folder cannot be read, and says which', async () => {
    const { mkdir, writeFile, copyFile } = await import('node:fs/promises');
    const { join } = await import('node:path');
    const studio = await openStudio(browser);
    try {
      const folder = join(studio.userDataDir, 'to-import');
      await mkdir(folder);
      await copyFile(SAMPLE, join(folder, 'news.txt'));
      await writeFile(join(folder, 'old.docx'), Buffer.from('PK\u0003\u0004 not really Word'));
      studio.dialogs.importPaths.push(folder);
      await studio.emit('command', { id: 'file.importArchive' });
      await studio.page.getByRole('button', { name: 'A folder…' }).click();
      const failed = studio.page.getByRole('alertdialog', { name: 'Nothing was imported' });
      await expect.poll(() => failed.locator('.report-lines li').allTextContents()).toEqual([expect.stringMatching(/^old\.docx: /)]);
      await studio.screenshot('archive-import-failed');
      await failed.getByRole('button', { name: 'OK' }).click();
      expect(await studio.library.archiveSearch({})).toEqual({ ok: true, value: [] });
    } finally {
      await studio.close();
    }
  }, 60_000);
});
