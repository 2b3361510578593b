import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedLibraryFile } from '../../core/library/seed-from-samples.ts';
import { openLibrary } from '../../electron/services/library/library-service.ts';
import { launchChromium, makeTempDir, openStudio } from './harness.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** A user data folder whose library holds the sample cases (Rovshen KLYCHEV among them, deported in July 2023). */
async function seededUserData(): Promise<string> {
  const userDataDir = await makeTempDir();
  const opened = openLibrary({ path: join(userDataDir, 'library.sqlite'), autoBackup: false });
  if (!opened.ok) throw new Error(opened.message);
  const imported = opened.value.importData(seedLibraryFile());
  if (!imported.ok) throw new Error(imported.message);
  opened.value.close();
  return userDataDir;
}

// Written for this test: one person the library lacks, one it knows, and an official who is no case.
const STATEMENT = `12.03.24

Turkmenistan: two more people returned and sentenced

Citizen of Turkmenistan Aziz ORAZOV (1987) was deported from Turkey on 2 February 2024.

On 5 March 2024, Rovshen KLYCHEV (1980) was sentenced to 7 years in prison.

Foreign Minister Rashid Meredov was asked to comment and did not reply.
`;

describe('Suggested cases from an imported statement', () => {
  it('offers a new case and an update, writes the ticked ones, and the Library panel shows them', async () => {
    const dir = await makeTempDir();
    const file = join(dir, 'returned.txt');
    await writeFile(file, STATEMENT);
    const studio = await openStudio(browser, { userDataDir: await seededUserData() });
    try {
      const { page } = studio;
      studio.dialogs.importPaths.push(file);
      await studio.emit('command', { id: 'file.import' });
      const report = page.getByRole('dialog', { name: 'Imported' });
      await report.getByRole('button', { name: 'Suggest cases from this statement…' }).click();

      const dialog = page.getByRole('dialog', { name: 'Suggested cases' });
      const list = dialog.getByRole('list', { name: 'Suggested cases' });
      await expect.poll(() => list.locator('> li').count()).toBe(2);
      const orazov = list.getByRole('listitem', { name: 'Aziz ORAZOV' });
      expect(await orazov.locator('.case-suggestion-kind').innerText()).toBe('New case');
      expect(await orazov.locator('.case-suggestion-evidence').innerText()).toContain('deported from Turkey on 2 February 2024');
      expect(await orazov.locator('.case-suggestion-facts').innerText()).toContain('Event: deportation, 2 February 2024, Turkey');
      const klychev = list.getByRole('listitem', { name: 'Rovshen KLYCHEV' });
      expect(await klychev.locator('.case-suggestion-kind').innerText()).toBe('Update');
      expect(await klychev.locator('.case-suggestion-match').innerText()).toBe('Matches “Rovshen KLYCHEV” in the library');
      expect(await dialog.innerText()).not.toContain('Meredov');
      await studio.screenshot('case-suggestions');

      // Take only the status of the known case: untick its other changes.
      const changes = klychev.locator('.case-suggestion-changes input[type=checkbox]');
      const labels = await changes.evaluateAll((inputs) => inputs.map((i) => i.getAttribute('aria-label') ?? ''));
      expect(labels).toContain('Take the change of Status: sentenced');
      for (const label of labels) if (label !== 'Take the change of Status: sentenced') await klychev.getByRole('checkbox', { name: label, exact: true }).uncheck();
      await dialog.getByRole('button', { name: 'Accept' }).click();

      const written = dialog.getByRole('list', { name: 'Suggested cases' });
      await expect.poll(() => written.locator('li').allInnerTexts()).toEqual(['Created the case of Aziz ORAZOV.', 'Updated the case of Rovshen KLYCHEV: 1\u00a0change.']);
      await studio.screenshot('case-suggestions-written');
      await dialog.getByRole('button', { name: 'Close' }).click();

      const panel = page.getByRole('region', { name: 'Library' });
      const search = panel.getByRole('searchbox', { name: 'Search the case library' });
      await search.fill('Orazov');
      await expect.poll(() => panel.locator('.library-case-name').allTextContents()).toEqual(['Aziz ORAZOV']);
      await search.fill('Klychev');
      const row = panel.locator('.library-case-list li', { hasText: 'Rovshen KLYCHEV' });
      await expect.poll(() => row.locator('.library-case-status').textContent()).toMatch(/^sentenced/);
    } finally {
      await studio.close();
    }
  });
});
