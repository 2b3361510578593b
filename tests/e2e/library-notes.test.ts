import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openStudio, press, type Studio } from './harness.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const TITLE = 'Article 159, Criminal Code of Uzbekistan';
const LINK = 'https://lex.uz/docs/111457';

const notes = (studio: Studio) =>
  studio.page
    .locator('.st-footnotes > li')
    .evaluateAll((items) => items.map((li) => `${li.querySelector('.st-footnote-number')!.textContent} ${(li.querySelector('.st-footnote-text') as HTMLElement).innerText.trim()}`));
const options = (studio: Studio) => studio.page.getByRole('listbox', { name: 'Library notes' }).locator('[role="option"] .library-note-title').allTextContents();

/** A note with bold text and a link: "Criminal Code of Uzbekistan, **article 159**, text at [lex.uz](…)". */
async function writeRichNote(studio: Studio) {
  const { page } = studio;
  await page.locator('.st-content').click();
  await page.keyboard.type('Sentenced under article 159');
  await page.keyboard.press('Control+Alt+F');
  await page.keyboard.type('Criminal Code of Uzbekistan, ');
  await press(page, 'Control+B');
  await page.keyboard.type('article 159');
  await press(page, 'Control+B');
  await page.keyboard.type(', text at lex.uz');
  await press(page, ...Array<string>('lex.uz'.length).fill('Shift+ArrowLeft'), 'Control+K');
  await page.getByLabel('Link address').fill(LINK);
  await press(page, 'Enter', 'End');
  await expect.poll(() => notes(studio)).toEqual(['1 Criminal Code of Uzbekistan, article 159, text at lex.uz']);
}

/** Saves note `label` from the Footnotes panel under a title; returns the title the dialog offered. */
async function saveNote(studio: Studio, label: string, title: string): Promise<string> {
  const { page } = studio;
  await page.getByRole('button', { name: `Save note ${label} to the library` }).click();
  const field = page.getByLabel('Title of the library note');
  const offered = await field.inputValue();
  await field.fill(title);
  await page.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
  await expect.poll(() => page.locator('.library-notice').textContent()).toBe(`Saved “${title}” to the library.`);
  return offered;
}

/** File > New, without saving the statement (its recovery copy goes too, so a restart asks nothing). */
async function newStatementDiscardingChanges(studio: Studio) {
  const { page } = studio;
  await page.getByRole('navigation', { name: 'File' }).getByRole('button', { name: 'New' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Don’t Save' }).click();
  await expect.poll(() => page.locator('.st-footnotes > li').count()).toBe(0);
}

describe('reusable notes from the library', () => {
  it('saves a rich note to the library and inserts it into another statement, searched as the writer types', async () => {
    const studio = await openStudio(browser);
    try {
      const { page } = studio;
      await writeRichNote(studio);
      // The title offered is the note's first words.
      expect(await saveNote(studio, '1', TITLE)).toBe('Criminal Code of Uzbekistan, article 159, text at');

      // A second note, so that the search has something to leave out.
      await page.locator('.st-content > p').first().click();
      await press(page, 'End', 'Control+Alt+F');
      await page.keyboard.type('Report of the Working Group on Arbitrary Detention, 2023.');
      await saveNote(studio, '2', 'WGAD report 2023');
      await studio.screenshot('library-notes-saved');

      await newStatementDiscardingChanges(studio);
      await page.locator('.st-content').click();
      await page.keyboard.type('Charged under article 159');

      await page.getByRole('button', { name: 'Insert a note from the library' }).click();
      const search = page.getByRole('combobox', { name: 'Search library notes' });
      await expect.poll(() => options(studio)).toEqual(expect.arrayContaining([TITLE, 'WGAD report 2023']));
      expect(await options(studio)).toHaveLength(2);
      // The list follows the search box as the writer types.
      await search.pressSequentially('Working');
      await expect.poll(() => options(studio)).toEqual(['WGAD report 2023']);
      await search.fill('');
      await expect.poll(() => options(studio)).toHaveLength(2);
      await search.pressSequentially('15');
      await expect.poll(() => options(studio)).toEqual([TITLE]);
      await search.pressSequentially('9');
      await expect.poll(() => options(studio)).toEqual([TITLE]);
      await search.pressSequentially('x');
      await expect.poll(() => options(studio)).toEqual([]);
      await expect.poll(() => page.getByRole('dialog').getByRole('status').textContent()).toBe('No note matches.');
      await press(page, 'Backspace');
      await expect.poll(() => options(studio)).toEqual([TITLE]);
      await studio.screenshot('library-notes-search');
      await press(page, 'Enter');

      // The note is inserted at the cursor with its formatting and link, and the caret is after its reference.
      await expect.poll(() => notes(studio)).toEqual(['1 Criminal Code of Uzbekistan, article 159, text at lex.uz']);
      const note = page.locator('.st-footnotes .st-footnote-text');
      expect(await note.locator('.st-bold').allTextContents()).toEqual(['article 159']);
      expect(await note.locator('a').evaluateAll((links) => links.map((a) => [a.textContent, a.getAttribute('href')]))).toEqual([['lex.uz', LINK]]);
      await page.keyboard.type(' and held');
      await expect.poll(async () => (await page.locator('.st-content > p').first().innerText()).trim()).toBe('Charged under article 1591 and held');
      await expect.poll(() => page.locator('.footnote-list .footnote-entry').allTextContents()).toEqual(['Criminal Code of Uzbekistan, article 159, text at lex.uz']);
      await studio.screenshot('library-notes-inserted');
    } finally {
      await studio.close();
    }
  });

  it('opens from the Insert menu, moves through the list with the arrow keys, and keeps the library across restarts', async () => {
    const first = await openStudio(browser);
    const userDataDir = first.userDataDir;
    try {
      await writeRichNote(first);
      await saveNote(first, '1', TITLE);
      await newStatementDiscardingChanges(first);
    } finally {
      await first.close();
    }

    const studio = await openStudio(browser, { userDataDir });
    try {
      const { page } = studio;
      await page.locator('.st-content').click();
      await page.keyboard.type('Deported');
      await studio.emit('command', { id: 'insert.libraryNote' });
      await expect.poll(() => options(studio)).toEqual([TITLE]);
      // Escape closes the list and leaves the statement as it was.
      await press(page, 'Escape');
      await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
      expect(await page.locator('.st-footnotes > li').count()).toBe(0);

      await studio.emit('command', { id: 'insert.libraryNote' });
      await expect.poll(() => options(studio)).toEqual([TITLE]);
      await press(page, 'ArrowDown', 'ArrowUp');
      expect(await page.getByRole('option', { selected: true }).locator('.library-note-title').textContent()).toBe(TITLE);
      await press(page, 'Enter');
      await expect.poll(() => notes(studio)).toEqual(['1 Criminal Code of Uzbekistan, article 159, text at lex.uz']);
      expect((await page.locator('.st-content > p').first().innerText()).trim()).toBe('Deported1');
    } finally {
      await studio.close();
    }
  });
});
