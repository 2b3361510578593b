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

/** A user data folder whose library holds the sample cases. */
async function seededUserData(): Promise<string> {
  const userDataDir = await makeTempDir();
  const opened = openLibrary({ path: join(userDataDir, 'library.sqlite'), autoBackup: false });
  if (!opened.ok) throw new Error(opened.message);
  const imported = opened.value.importData(seedLibraryFile());
  if (!imported.ok) throw new Error(imported.message);
  opened.value.close();
  return userDataDir;
}

describe('the Library panel', () => {
  it('searches the case library as the writer types and shows each case’s status line', async () => {
    const studio = await openStudio(browser, { userDataDir: await seededUserData() });
    try {
      const { page } = studio;
      const panel = page.getByRole('region', { name: 'Library' });
      await expect.poll(() => panel.getByRole('status').textContent()).toBe('Cases you use appear here.');
      await panel.getByRole('searchbox', { name: 'Search the case library' }).pressSequentially('Meymankul');
      const names = () => panel.locator('.library-case-name').allTextContents();
      await expect.poll(names).toContain('Farhat MEYMANKULYYEV');
      const row = panel.locator('.library-case-list li', { hasText: 'Farhat MEYMANKULYYEV' });
      expect(await row.locator('.library-case-status').textContent()).toMatch(/^extradited/);
      await studio.screenshot('library-panel-search');
      await panel.getByRole('searchbox', { name: 'Search the case library' }).fill('Zzyzx Qwerty');
      await expect.poll(() => panel.getByRole('status').textContent()).toBe('No case matches.');
    } finally {
      await studio.close();
    }
  });
});
