import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseStatement } from '../../core/statement/parse.ts';
import { launchChromium, makeTempDir, openStudio, press, seededUserDataDir, type Studio } from './harness.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const caseTexts = (studio: Studio) => studio.page.locator('.st-content .st-case').allInnerTexts();
const panelNotes = (studio: Studio) => studio.page.locator('.cases-panel .case-note').allInnerTexts();
const notes = (studio: Studio) => studio.page.locator('.st-footnotes .st-footnote-text').allInnerTexts();

/** Insert > Case from Library: search in the writer's spelling, choose a format, insert. */
async function insertCase(studio: Studio, search: string, format: 'List line' | 'Sentence' | 'Paragraph with the timeline', options: string[] = []) {
  const { page } = studio;
  await studio.emit('command', { id: 'insert.case' });
  const dialog = page.getByRole('dialog', { name: 'Insert a case from the library' });
  await dialog.getByRole('combobox', { name: 'Search cases' }).pressSequentially(search);
  await dialog.getByRole('radio', { name: format }).check();
  for (const option of options) await dialog.getByRole('checkbox', { name: option }).check();
  await expect.poll(() => dialog.getByRole('region', { name: 'Preview' }).innerText()).not.toMatch(/Choose a case|Reading/);
  const preview = (await dialog.getByRole('region', { name: 'Preview' }).innerText()).trim();
  await dialog.getByRole('button', { name: 'Insert' }).click();
  await expect.poll(() => dialog.count()).toBe(0);
  return preview;
}

describe('cases from the library in a statement', () => {
  it('inserts a case in each format, in any spelling, and keeps it through save and reopen', async () => {
    const userDataDir = await seededUserDataDir();
    const dir = await makeTempDir();
    const file = join(dir, 'returnees.statement');
    const studio = await openStudio(browser, { userDataDir });
    try {
      const { page } = studio;
      await page.getByLabel('Date', { exact: true }).fill('2023-12-20');
      await page.locator('.st-content').click();
      await page.keyboard.type('Returned against their will: ');
      // "Meimankulyiev" is how one outlet spelled him; the library has "Meymankulyyev".
      const line = await insertCase(studio, 'Meimankulyiev', 'List line');
      expect(line).toBe('Farhat MEYMANKULYYEV (1992), extradited from Turkey on 19 May 2023');
      await page.keyboard.type('.');
      await press(page, 'Enter');
      await insertCase(studio, 'Tajimuratov', 'Sentence', ['Article texts as footnotes']);
      await press(page, 'Enter');
      await insertCase(studio, 'Meymankulyyev', 'Paragraph with the timeline', ['Age at the statement’s date']);

      const texts = await caseTexts(studio);
      expect(texts).toHaveLength(3);
      expect(texts[0]).toBe('Farhat MEYMANKULYYEV (1992), extradited from Turkey on 19 May 2023');
      expect(texts[1]).toMatch(/^Dauletmurat Tazhimuratov, .*charged under Articles 159\d* and 244\d* of the Criminal Code/);
      expect(texts[2]).toMatch(/^Farhat MEYMANKULYYEV \(30 or 31\), a blogger/); // born in 1992: the library knows only the year
      expect(texts[2]).toMatch(/19 May 2023/);
      // The sentence's articles became real footnotes with their text.
      expect((await notes(studio)).length).toBeGreaterThan(0);
      expect((await page.locator('.st-content > p').first().innerText()).trim()).toBe('Returned against their will: Farhat MEYMANKULYYEV (1992), extradited from Turkey on 19 May 2023.');
      await expect.poll(() => panelNotes(studio)).toEqual(['list line · up to date', 'sentence · up to date', 'paragraph · up to date']);
      await studio.screenshot('cases-inserted');

      studio.dialogs.savePaths.push(file);
      await studio.emit('command', { id: 'file.save' });
      await page.locator('.status-bar', { hasText: 'Saved to' }).waitFor();
    } finally {
      await studio.close();
    }
    // The file stands alone: the case's id, format and facts travel with the text.
    const saved = parseStatement(await readFile(file, 'utf8'));
    expect(saved.ok).toBe(true);
    const json = await readFile(file, 'utf8');
    expect(json).toContain('"caseId": "sample-farhat-meymankulyyev"');

    const reopened = await openStudio(browser, { userDataDir });
    try {
      reopened.dialogs.openPaths.push(file);
      await reopened.emit('command', { id: 'file.open' });
      await expect.poll(() => caseTexts(reopened)).toHaveLength(3);
      await expect.poll(() => panelNotes(reopened)).toEqual(['list line · up to date', 'sentence · up to date', 'paragraph · up to date']);
    } finally {
      await reopened.close();
    }
  });

  it('inserts the case opened in the Library panel, which then lists it as recently used', async () => {
    const studio = await openStudio(browser, { userDataDir: await seededUserDataDir() });
    try {
      const { page } = studio;
      await page.locator('.st-content').click();
      await page.keyboard.type('Among those deported: ');
      const library = page.getByRole('region', { name: 'Library' });
      await library.getByRole('searchbox', { name: 'Search the case library' }).fill('Temirov');
      await library.locator('.library-case-open', { hasText: 'Bolot Temirov' }).click();
      await library.getByRole('button', { name: 'Insert into the statement…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Insert a case from the library' });
      await expect.poll(() => dialog.getByRole('region', { name: 'Preview' }).innerText()).toMatch(/^Bolot Temirov, deported from Kyrgyzstan/);
      await dialog.getByRole('button', { name: 'Insert' }).click();
      await expect.poll(() => caseTexts(studio)).toEqual([expect.stringMatching(/^Bolot Temirov, deported/)]);
      expect((await page.locator('.st-content > p').first().innerText()).startsWith('Among those deported: Bolot Temirov')).toBe(true);
      await library.getByRole('button', { name: /Back to the list/ }).click();
      await library.getByRole('searchbox', { name: 'Search the case library' }).fill('');
      await expect.poll(() => library.locator('.library-case-list .library-case-name').allTextContents()).toEqual(['Bolot Temirov']);
    } finally {
      await studio.close();
    }
  });

  it('shows a case as stale when the library changes, refreshes it with the differences, and keeps text edited by hand', async () => {
    const studio = await openStudio(browser, { userDataDir: await seededUserDataDir() });
    try {
      const { page } = studio;
      await page.getByLabel('Date', { exact: true }).fill('2023-12-20');
      await page.locator('.st-content').click();
      await insertCase(studio, 'Meymankulyyev', 'List line');
      await press(page, 'Enter');
      await insertCase(studio, 'Bolot Temirov', 'List line');
      await expect.poll(() => panelNotes(studio)).toEqual(['list line · up to date', 'list line · up to date']);
      const temirovBefore = (await caseTexts(studio))[1]!;

      // The writer adds to Temirov's line by hand, inside it.
      expect(temirovBefore).toMatch(/^Bolot Temirov/);
      await page.locator('.st-content .st-case').nth(1).click({ position: { x: 4, y: 6 } });
      await press(page, 'Home', ...Array<string>('Bolot Temirov'.length).fill('ArrowRight'));
      await page.keyboard.type(', a journalist');
      await expect.poll(() => panelNotes(studio)).toEqual(['list line · up to date', 'list line · up to date · edited by hand']);

      // Meanwhile the library learns that Meymankulyyev was sentenced, and Temirov's record changes too.
      const farhat = await studio.library.getCase('sample-farhat-meymankulyyev');
      const bolot = await studio.library.getCase('sample-bolot-temirov');
      if (!farhat.ok || !bolot.ok) throw new Error('seed cases missing');
      const { id: _f, updatedAt: _fu, ...farhatDraft } = farhat.value;
      const { id: _b, updatedAt: _bu, ...bolotDraft } = bolot.value;
      const updated = await studio.library.updateCase(farhat.value.id, {
        ...farhatDraft,
        status: 'sentenced',
        events: [...farhatDraft.events, { id: 'e-sentence', type: 'sentence', date: '2023-11-02', place: 'Ashgabat', country: 'TM', text: '' }],
        sentence: { text: '15 years in prison', years: 15, suspended: false, date: '2023-11-02' },
      });
      expect(updated.ok).toBe(true);
      expect((await studio.library.updateCase(bolot.value.id, { ...bolotDraft, birthDate: '1979' })).ok).toBe(true);
      // Back in the window (focus), the statement asks the library again.
      await page.evaluate(() => window.dispatchEvent(new Event('focus')));
      await expect.poll(() => panelNotes(studio)).toEqual(['list line · the library has changed', 'list line · the library has changed · edited by hand']);
      expect(await page.locator('.st-content .st-case.st-case-stale').count()).toBe(2);
      await studio.screenshot('cases-stale');

      // Refresh shows what changed, and the text it will become.
      await page.getByRole('button', { name: 'Refresh Farhat MEYMANKULYYEV' }).click();
      const dialog = page.getByRole('dialog', { name: /Refresh Farhat MEYMANKULYYEV/ });
      const differences = await dialog.getByRole('list', { name: 'Differences' }).locator('li').allInnerTexts();
      expect(differences.some((d) => /Status: extradited → sentenced/.test(d))).toBe(true);
      await studio.screenshot('cases-refresh-dialog');
      await dialog.getByRole('button', { name: 'Update the text' }).click();
      await expect.poll(async () => (await caseTexts(studio))[0]).toMatch(/sentenced/);
      await expect.poll(() => panelNotes(studio)).toEqual(['list line · up to date', 'list line · the library has changed · edited by hand']);

      // Text edited by hand: the dialog warns, and "Keep my text" leaves it and stops the alarm.
      await page.getByRole('button', { name: /Refresh Bolot Temirov/ }).click();
      const second = page.getByRole('dialog', { name: /Refresh Bolot Temirov/ });
      await expect.poll(() => second.getByRole('note').innerText()).toMatch(/edited this text by hand/);
      await second.getByRole('button', { name: 'Keep my text' }).click();
      await expect.poll(() => panelNotes(studio)).toEqual(['list line · up to date', 'list line · up to date · edited by hand']);
      expect((await caseTexts(studio))[1]).toBe(temirovBefore.replace('Bolot Temirov', 'Bolot Temirov, a journalist'));

      // One undo takes the refresh back.
      await page.locator('.st-content .st-case').first().click();
      await press(page, 'Control+Z', 'Control+Z');
      await expect.poll(async () => (await caseTexts(studio))[0]).toBe('Farhat MEYMANKULYYEV (1992), extradited from Turkey on 19 May 2023');
    } finally {
      await studio.close();
    }
  });
});
