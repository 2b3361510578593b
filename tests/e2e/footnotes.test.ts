import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseStatement } from '../../core/statement/parse.ts';
import { launchChromium, makeTempDir, openStudio, press, statementText, type Studio } from './harness.ts';

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

const SAMPLES = resolve(import.meta.dirname, '../../../shared/samples/statements-2023-archive.txt');

/** Pastes plain text as the clipboard carries it from a web page or an e-mail. */
async function pastePlainText(studio: Studio, text: string) {
  await studio.page.locator('.st-content').click();
  await studio.page.evaluate((t) => {
    const data = new DataTransfer();
    data.setData('text/plain', t);
    document.querySelector('.st-content')!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
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
      await press(page, 'Home', ...Array<string>('Sentenced'.length).fill('ArrowRight'), 'Control+Alt+F');
      await page.keyboard.type('Court records.');
      await expect.poll(() => notes(studio)).toEqual(['1 Court records.', '2 Criminal Code of Uzbekistan, art. 159.', '3 Report of the Working Group, 2023.']);
      expect(await markers(studio)).toEqual(['1', '2', '3']);

      // Delete the first reference: its note goes with it, the rest renumber.
      await page.locator('.st-content > p').first().click({ position: { x: 5, y: 5 } });
      await press(page, 'Home', ...Array<string>('Sentenced'.length + 1).fill('ArrowRight'), 'Backspace');
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

  it('lists notes in the panel; a note is edited right there (one undo step), its number goes to the reference, × deletes', async () => {
    const studio = await openStudio(browser);
    try {
      const { page } = studio;
      await writeWithNotes(studio);
      const panel = page.locator('.footnotes-panel');
      const listed = () => panel.locator('.footnote-list > li').evaluateAll((items) => items.map((li) => (li as HTMLElement).innerText.replace(/\s+/g, ' ').replace(/ ?☆ ?× ?$/, '').trim()));
      await expect.poll(listed).toEqual(['1 Criminal Code of Uzbekistan, art. 159.', '2 Report of the Working Group, 2023.']);

      // Edit note 1 in the panel: the caret starts at its end; the text in the statement follows each key.
      await panel.getByRole('button', { name: 'Edit note 1' }).click();
      const noteEditor = panel.getByRole('textbox', { name: 'Text of note 1' });
      await expect.poll(() => noteEditor.evaluate((el) => el === document.activeElement)).toBe(true);
      await page.keyboard.type(' Amended ');
      await press(page, 'Control+B');
      await page.keyboard.type('2021');
      await press(page, 'Control+B');
      await page.keyboard.type('.');
      await expect.poll(() => notes(studio)).toEqual(['1 Criminal Code of Uzbekistan, art. 159. Amended 2021.', '2 Report of the Working Group, 2023.']);
      expect(await page.locator('.st-footnotes > li').first().locator('.st-bold').allTextContents()).toEqual(['2021']);
      await studio.screenshot('footnotes-panel-editing');
      await press(page, 'Escape');
      await expect.poll(() => noteEditor.count()).toBe(0);
      await expect.poll(listed).toEqual(['1 Criminal Code of Uzbekistan, art. 159. Amended 2021.', '2 Report of the Working Group, 2023.']);
      expect(await panel.getByRole('button', { name: 'Edit note 1' }).evaluate((el) => el === document.activeElement)).toBe(true);

      // The whole visit to the panel is one step of the statement's undo, and comes back with redo.
      await page.locator('.st-content > p').first().click();
      await press(page, 'Control+Z');
      await expect.poll(() => notes(studio)).toEqual(['1 Criminal Code of Uzbekistan, art. 159.', '2 Report of the Working Group, 2023.']);
      await press(page, 'Control+Shift+Z');
      await expect.poll(() => notes(studio)).toEqual(['1 Criminal Code of Uzbekistan, art. 159. Amended 2021.', '2 Report of the Working Group, 2023.']);

      // A click elsewhere ends the edit too, keeping what was typed.
      await panel.getByRole('button', { name: 'Edit note 2' }).click();
      await page.keyboard.type(' p. 4.');
      await page.locator('.st-content > p').first().click();
      await expect.poll(() => panel.getByRole('textbox').count()).toBe(0);
      await expect.poll(listed).toEqual(['1 Criminal Code of Uzbekistan, art. 159. Amended 2021.', '2 Report of the Working Group, 2023. p. 4.']);

      // To the reference of note 2: typing lands right after its marker.
      await panel.getByRole('button', { name: 'Go to the reference of note 2' }).click();
      await page.keyboard.type(' (2023)');
      expect((await mainText(studio)).trim()).toBe('Sentenced under article 1591 and held incommunicado2 (2023)');
      await panel.getByRole('button', { name: 'Delete note 1' }).click();
      await expect.poll(() => notes(studio)).toEqual(['1 Report of the Working Group, 2023. p. 4.']);
      expect((await mainText(studio)).trim()).toBe('Sentenced under article 159 and held incommunicado1 (2023)');
      await studio.screenshot('footnotes-panel');
    } finally {
      await studio.close();
    }
  });

  it('carries a note with its reference when a passage is dragged, and renumbers', async () => {
    const studio = await openStudio(browser);
    try {
      const { page } = studio;
      await writeWithNotes(studio);
      // Select "under article 159¹" with the mouse's own means: a DOM range the editor adopts.
      await page.evaluate(() => {
        const paragraph = document.querySelector('.st-content > p')!;
        const text = paragraph.firstChild!.firstChild as Text;
        const range = document.createRange();
        range.setStart(text, text.data.indexOf('under'));
        range.setEndAfter(paragraph.querySelector('.st-footnote-ref')!);
        const selection = getSelection()!;
        selection.removeAllRanges();
        selection.addRange(range);
      });
      await page.waitForTimeout(100);
      const from = await page.evaluate(() => {
        const rect = getSelection()!.getRangeAt(0).getClientRects()[0]!;
        return { x: rect.left + 12, y: rect.top + rect.height / 2 };
      });
      const to = await page.locator('.st-content > p').first().locator('.st-footnote-ref').nth(1).evaluate((el) => {
        const rect = el.getBoundingClientRect();
        return { x: rect.right + 4, y: rect.bottom - 6 };
      });
      await page.mouse.move(from.x, from.y);
      await page.mouse.down();
      await page.mouse.move((from.x + to.x) / 2, to.y, { steps: 5 });
      await page.mouse.move(to.x, to.y, { steps: 5 });
      await page.mouse.up();
      await expect.poll(() => notes(studio)).toEqual(['1 Report of the Working Group, 2023.', '2 Criminal Code of Uzbekistan, art. 159.']);
      expect((await mainText(studio)).replace(/\s+/g, ' ').trim()).toBe('Sentenced and held incommunicado1under article 1592');
      await page.keyboard.press('Control+Z');
      await expect.poll(() => notes(studio)).toEqual(['1 Criminal Code of Uzbekistan, art. 159.', '2 Report of the Working Group, 2023.']);
    } finally {
      await studio.close();
    }
  });

  it('numbers i, ii, iii when the statement asks for it, in the text, the notes and the panel', async () => {
    const studio = await openStudio(browser);
    try {
      await writeWithNotes(studio);
      await studio.page.getByLabel('Footnote numbering').selectOption('lower-roman');
      await expect.poll(() => markers(studio)).toEqual(['i', 'ii']);
      expect(await notes(studio)).toEqual(['i Criminal Code of Uzbekistan, art. 159.', 'ii Report of the Working Group, 2023.']);
      await expect.poll(() => studio.page.locator('.footnote-label').allTextContents()).toEqual(['i', 'ii']);
    } finally {
      await studio.close();
    }
  });

  it('carries notes with their references through cut and paste, and reports empty and duplicate notes', async () => {
    const studio = await openStudio(browser);
    try {
      const { page } = studio;
      await page.locator('.st-content').click();
      await page.keyboard.type('Opening paragraph.');
      await page.keyboard.press('Enter');
      await page.keyboard.type('First claim');
      await page.keyboard.press('Control+Alt+F');
      await page.keyboard.type('Source A, p. 4.');
      await page.locator('.st-content > p').nth(1).click();
      await page.keyboard.press('End');
      await page.keyboard.type(' and second claim');
      await page.keyboard.press('Control+Alt+F');
      await page.keyboard.type('Source B.');
      await expect.poll(() => notes(studio)).toEqual(['1 Source A, p. 4.', '2 Source B.']);
      // Cut the second paragraph (with both references) and paste it before the first.
      await page.locator('.st-content > p').nth(1).click();
      await press(page, 'Home', 'Shift+End', 'Control+X');
      await expect.poll(() => notes(studio)).toEqual([]);
      await page.locator('.st-content > p').first().click();
      await press(page, 'Home', 'Control+V', 'Enter');
      await expect.poll(() => notes(studio)).toEqual(['1 Source A, p. 4.', '2 Source B.']);
      expect((await mainText(studio)).trim()).toBe('First claim1 and second claim2');
      // Paste it again further down: the copies are notes 3 and 4, reported as duplicates.
      await page.locator('.st-content > p').nth(1).click();
      await press(page, 'End', 'Control+V');
      await expect.poll(() => notes(studio)).toEqual(['1 Source A, p. 4.', '2 Source B.', '3 Source A, p. 4.', '4 Source B.']);
      await expect.poll(() => page.locator('.footnotes-panel .problem').allTextContents()).toEqual([
        'Note 3 has the same text as note 1.',
        'Note 4 has the same text as note 2.',
      ]);
    } finally {
      await studio.close();
    }
  });

  it('converts a pasted statement\'s [n] markers and closing note list into footnotes, reporting the broken ones', async () => {
    const lines = (await readFile(SAMPLES, 'utf8')).split('\n');
    // The 26 June 2023 statement: markers [1]–[11] in the text, notes [1] [2] [4] [5] [6] at the end, [2] empty.
    const start = lines.findIndex((l) => l.startsWith('25.6.23'));
    const end = lines.findIndex((l, i) => i > start && /^\[6\]/.test(l));
    const text = lines.slice(start, end + 1).join('\n');
    const studio = await openStudio(browser);
    try {
      const { page } = studio;
      await pastePlainText(studio, text);
      await expect.poll(() => page.locator('.st-content').innerText()).toContain('[6] For more information about the Karakalpakstan');
      await studio.emit('command', { id: 'insert.convertNotes' });
      const dialog = page.getByRole('dialog', { name: 'Notes converted' });
      await expect.poll(() => dialog.textContent()).toContain('Converted 5 notes.');
      expect(await dialog.textContent()).toContain('No note text for [3], [7], [8], [9], [10], [11]: left as typed.');
      expect(await dialog.textContent()).not.toContain('never referenced');
      await dialog.getByRole('button', { name: 'OK' }).click();
      const converted = await notes(studio);
      expect(converted).toHaveLength(5);
      expect(converted[0]).toMatch(/^1 For more information on human rights violations related to the January events/);
      expect(converted[1]).toBe('2 The Committee’s concluding observations are available at:');
      expect(converted[2]).toMatch(/^3 For more information on this trend/);
      // The list of notes is gone from the text; the unmatched markers are still there.
      const body = await statementText(page);
      expect(body).not.toMatch(/^\[\d\] /m);
      expect(body).toContain('[7]');
      await studio.screenshot('footnotes-converted');
    } finally {
      await studio.close();
    }
  });
});
