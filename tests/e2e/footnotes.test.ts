import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseStatement } from '../../core/statement/parse.ts';
import { launchChromium, makeTempDir, openStudio, type Studio } from './harness.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const markers = (studio: Studio) => studio.page.locator('.st-content .st-footnote-marker').allTextContents();
const notes = (studio: Studio) =>
  studio.page
    .locator('.st-footnotes > li')
    .evaluateAll((items) => items.map((li) => `${li.querySelector('.st-footnote-number')!.textContent} ${(li.querySelector('.st-footnote-text') as HTMLElement).innerText.trim()}`));
const mainText = (studio: Studio) => studio.page.locator('.st-content > p').first().innerText();

/** Types text, then a footnote with the given note text, and comes back to the main text. */
async function writeWithNotes(studio: Studio) {
  const { page } = studio;
  await page.locator('.st-content').click();
  await page.keyboard.type('Sentenced under article 159');
  await page.keyboard.press('Control+Alt+F');
  await page.keyboard.type('Criminal Code of Uzbekistan, art. 159.');
  await page.locator('.st-content > p').first().click();
  await page.keyboard.press('End');
  await page.keyboard.type(' and held incommunicado');
  await page.keyboard.press('Control+Alt+F');
  await page.keyboard.type('Report of the Working Group, 2023.');
  await expect.poll(() => notes(studio)).toEqual(['1 Criminal Code of Uzbekistan, art. 159.', '2 Report of the Working Group, 2023.']);
}

describe('footnotes in the editor', () => {
  it('inserts a note at the cursor with Ctrl+Alt+F and moves the cursor into it', async () => {
    const studio = await openStudio(browser);
    try {
      await writeWithNotes(studio);
      expect(await markers(studio)).toEqual(['1', '2']);
      expect((await mainText(studio)).trim()).toBe('Sentenced under article 1591 and held incommunicado2');
      await studio.screenshot('footnotes-two');
    } finally {
      await studio.close();
    }
  });

  it('renumbers at once when a note is inserted before others, and when one is deleted (undoably)', async () => {
    const studio = await openStudio(browser);
    try {
      const { page } = studio;
      await writeWithNotes(studio);
      // A new note near the start becomes 1; the others move up.
      await page.locator('.st-content > p').first().click({ position: { x: 5, y: 5 } });
      await page.keyboard.press('Home');
      await page.keyboard.press('End');
      await page.keyboard.press('Home');
      for (let i = 0; i < 'Sentenced'.length; i++) await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Control+Alt+F');
      await page.keyboard.type('Court records.');
      await expect.poll(() => notes(studio)).toEqual(['1 Court records.', '2 Criminal Code of Uzbekistan, art. 159.', '3 Report of the Working Group, 2023.']);
      expect(await markers(studio)).toEqual(['1', '2', '3']);

      // Delete the first reference: its note goes with it, the rest renumber.
      await page.locator('.st-content > p').first().click({ position: { x: 5, y: 5 } });
      await page.keyboard.press('Home');
      for (let i = 0; i < 'Sentenced'.length + 1; i++) await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Backspace');
      await expect.poll(() => notes(studio)).toEqual(['1 Criminal Code of Uzbekistan, art. 159.', '2 Report of the Working Group, 2023.']);
      await page.keyboard.press('Control+Z');
      await expect.poll(() => notes(studio)).toEqual(['1 Court records.', '2 Criminal Code of Uzbekistan, art. 159.', '3 Report of the Working Group, 2023.']);
      await page.keyboard.press('Control+Y');
      await expect.poll(() => notes(studio)).toEqual(['1 Criminal Code of Uzbekistan, art. 159.', '2 Report of the Working Group, 2023.']);
    } finally {
      await studio.close();
    }
  });

  it('saves the note inside its reference and reopens it', async () => {
    const dir = await makeTempDir();
    const file = join(dir, 'notes.statement');
    const first = await openStudio(browser);
    try {
      await writeWithNotes(first);
      first.dialogs.savePaths.push(file);
      await first.emit('command', { id: 'file.save' });
      await first.page.locator('.status-bar', { hasText: 'Saved to' }).waitFor();
    } finally {
      await first.close();
    }
    const parsed = parseStatement(await readFile(file, 'utf8'));
    expect(parsed.ok).toBe(true);
    if (parsed.ok) {
      const paragraph = parsed.value.editor.root.children[0]!;
      const refs = paragraph.children!.filter((c) => c.type === 'footnote');
      expect(refs).toHaveLength(2);
      expect(JSON.stringify(refs[0]!['$slots'])).toContain('Criminal Code of Uzbekistan');
      expect(parsed.value.editor.root.children.map((c) => c.type)).toEqual(['paragraph']);
      expect(JSON.stringify(parsed.value)).not.toMatch(/"number"|footnotes-area/);
    }
    const second = await openStudio(browser);
    try {
      second.dialogs.openPaths.push(file);
      await second.emit('command', { id: 'file.open' });
      await expect.poll(() => notes(second)).toEqual(['1 Criminal Code of Uzbekistan, art. 159.', '2 Report of the Working Group, 2023.']);
    } finally {
      await second.close();
    }
  });
});
