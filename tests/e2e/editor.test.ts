import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseStatement } from '../../core/statement/parse.ts';
import { launchChromium, makeTempDir, openStudio, press, type Studio } from './harness.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const saved = async (studio: Studio) => {
  await studio.page.locator('.status-bar', { hasText: 'Saved to' }).waitFor();
};

/** Types a statement the way a writer would: keyboard, shortcuts and toolbar. */
async function writeSampleStatement(studio: Studio) {
  const { page } = studio;
  await page.getByLabel('Title').fill('Stop the extradition of Farhat Meymankulyyev');
  await page.getByLabel('Date', { exact: true }).fill('2023-05-19');
  await page.getByLabel('Dateline places').fill('Bishkek, Vienna');
  await page.getByLabel('Language').selectOption('en');

  await page.locator('.st-content').click();
  await page.keyboard.press('Control+Alt+1');
  await page.keyboard.type('Joint statement');
  await page.keyboard.press('Enter');
  await page.keyboard.type('We, the undersigned organisations, call on the authorities to ');
  await page.keyboard.press('Control+B');
  await page.keyboard.type('halt the extradition');
  await page.keyboard.press('Control+B');
  await page.keyboard.type(' and to respect the principle of ');
  await page.keyboard.press('Control+I');
  await page.keyboard.type('non-refoulement');
  await page.keyboard.press('Control+I');
  await page.keyboard.type('.');
  await page.keyboard.press('Enter');

  await page.getByRole('button', { name: 'Bulleted list' }).click();
  await page.keyboard.type('Release him');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Without conditions');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.type('Allow access to a lawyer');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter'); // an empty item ends the list

  await page.keyboard.type('Read the report');
  await press(page, 'Shift+Home', 'Control+K');
  await page.getByLabel('Link address').fill('www.ohchr.org/en/countries');
  await press(page, 'Enter', 'End', 'Enter');

  await page.getByLabel('Block type').selectOption('quote');
  await page.keyboard.type('Nobody shall be subjected to torture.');
}

describe('editing a statement', () => {
  it('formats with shortcuts and toolbar, and the toolbar shows the formats at the cursor', async () => {
    const studio = await openStudio(browser);
    try {
      await writeSampleStatement(studio);
      const content = studio.page.locator('.st-content');
      await expect.poll(() => content.locator('h1').textContent()).toBe('Joint statement');
      expect(await content.locator('strong, .st-bold').first().textContent()).toBe('halt the extradition');
      expect(await content.locator('em, .st-italic').first().textContent()).toBe('non-refoulement');
      expect(await content.locator('ul > li').allTextContents()).toContain('Release him');
      expect(await content.locator('ul ul li').allTextContents()).toEqual(['Without conditions']);
      expect(await content.locator('a').count(), await content.innerHTML()).toBe(1);
      expect(await content.locator('a').getAttribute('href')).toBe('https://www.ohchr.org/en/countries');
      expect(await content.locator('a').textContent()).toBe('Read the report');
      expect(await content.locator('blockquote').textContent()).toBe('Nobody shall be subjected to torture.');
      expect(await studio.page.getByLabel('Block type').inputValue()).toBe('quote');

      // Put the cursor in the bold words: the Bold button lights up, Italic does not.
      await content.locator('strong, .st-bold').first().click();
      await expect.poll(() => studio.page.getByRole('button', { name: 'Bold' }).getAttribute('aria-pressed')).toBe('true');
      expect(await studio.page.getByRole('button', { name: 'Italic' }).getAttribute('aria-pressed')).toBe('false');
      await expect.poll(() => studio.page.locator('.document-name').textContent()).toContain('•');
      await studio.screenshot('editor-formatted');
    } finally {
      await studio.close();
    }
  });

  it('refuses a javascript: link typed into the link dialog', async () => {
    const studio = await openStudio(browser);
    try {
      const { page } = studio;
      await page.locator('.st-content').click();
      await page.keyboard.type('click me');
      await press(page, 'Shift+Home', 'Control+K');
      await page.getByLabel('Link address').fill('javascript:alert(1)');
      await page.keyboard.press('Enter');
      await expect.poll(() => page.getByRole('alert').textContent()).toContain('web address');
      await page.getByRole('button', { name: 'Cancel' }).click();
      expect(await page.locator('.st-content a').count()).toBe(0);
    } finally {
      await studio.close();
    }
  });

  it('undoes and redoes with Ctrl+Z, Ctrl+Y and Ctrl+Shift+Z', async () => {
    const studio = await openStudio(browser);
    try {
      const { page } = studio;
      const text = () => page.locator('.st-content').innerText();
      await page.locator('.st-content').click();
      await page.keyboard.type('First sentence.');
      await page.waitForTimeout(1200); // a pause of over a second closes Lexical's history batch
      await page.keyboard.type(' Second sentence.');
      await page.keyboard.press('Control+Z');
      await expect.poll(text).toBe('First sentence.');
      await page.keyboard.press('Control+Y');
      await expect.poll(text).toBe('First sentence. Second sentence.');
      await page.keyboard.press('Control+Z');
      await expect.poll(text).toBe('First sentence.');
      await page.keyboard.press('Control+Shift+Z');
      await expect.poll(text).toBe('First sentence. Second sentence.');
    } finally {
      await studio.close();
    }
  });
});

describe('saving and reopening', () => {
  it('saves through the File menu and reopens with the same content', async () => {
    const dir = await makeTempDir();
    const file = join(dir, 'extradition.statement');
    const first = await openStudio(browser);
    let before: string;
    try {
      await writeSampleStatement(first);
      before = await first.page.locator('.st-content').innerHTML();
      first.dialogs.savePaths.push(file);
      await first.emit('command', { id: 'file.save' });
      await saved(first);
      await expect.poll(() => first.page.locator('.document-name').textContent()).toBe('extradition.statement');
      expect(first.windowStates.at(-1)).toEqual({ title: 'extradition.statement', dirty: false });
    } finally {
      await first.close();
    }

    const onDisk = parseStatement(await readFile(file, 'utf8'));
    expect(onDisk.ok).toBe(true);
    if (onDisk.ok) {
      expect(onDisk.value.meta).toEqual({ title: "Stop the extradition of Farhat Meymankulyyev", date: "2023-05-19", places: ["Bishkek", "Vienna"], language: "en", footnoteStyle: "decimal" });
      expect(JSON.stringify(onDisk.value.editor)).toContain('non-refoulement');
    }

    const second = await openStudio(browser);
    try {
      second.dialogs.openPaths.push(file);
      await second.emit('command', { id: 'file.open' });
      await expect.poll(() => second.page.getByLabel('Title').inputValue()).toBe('Stop the extradition of Farhat Meymankulyyev');
      expect(await second.page.getByLabel('Date', { exact: true }).inputValue()).toBe('2023-05-19');
      expect(await second.page.getByLabel('Dateline places').inputValue()).toBe('Bishkek, Vienna');
      expect(await second.page.locator('.st-content').innerHTML()).toBe(before!);
      expect(await second.page.locator('.document-name').textContent()).toBe('extradition.statement');
      await second.screenshot('reopened');
    } finally {
      await second.close();
    }
  });

  it('shows which part of a damaged file is wrong, opens nothing and leaves the file alone', async () => {
    const dir = await makeTempDir();
    const file = join(dir, 'damaged.statement');
    const bytes = '{"format":"statement-studio/statement","version":1,"meta":{"title":"x","date":"","places":[],"language":"en"},\n"editor":{"root":{"type":"root","children":[{"type":"spreadsheet","children":[]}]}},"signatories":[]}';
    const { writeFile, stat } = await import('node:fs/promises');
    await writeFile(file, bytes);
    const mtime = (await stat(file)).mtimeMs;
    const studio = await openStudio(browser);
    try {
      await studio.page.locator('.st-content').click();
      await studio.page.keyboard.type('Work in progress');
      studio.dialogs.openPaths.push(file);
      await studio.emit('command', { id: 'file.open' });
      // Unsaved work first: the writer is asked, and chooses not to save it.
      await studio.page.getByRole('button', { name: 'Don’t Save' }).click();
      const alert = studio.page.getByRole('alertdialog');
      await expect.poll(() => alert.textContent()).toContain('editor.root.children[0].type: unknown node type "spreadsheet"');
      expect(await alert.textContent()).toContain('damaged.statement');
      await studio.screenshot('damaged-file');
      await alert.getByRole('button', { name: 'OK' }).click();
      // The work in the window is untouched and still marked unsaved.
      expect(await studio.page.locator('.st-content').innerText()).toBe('Work in progress');
      expect(await studio.page.locator('.document-name').textContent()).toContain('•');
      expect(await readFile(file, 'utf8')).toBe(bytes);
      expect((await stat(file)).mtimeMs).toBe(mtime);
    } finally {
      await studio.close();
    }
  });

  it('asks before overwriting a file another program changed', async () => {
    const dir = await makeTempDir();
    const file = join(dir, 'shared.statement');
    const studio = await openStudio(browser);
    try {
      const { page } = studio;
      await page.locator('.st-content').click();
      await page.keyboard.type('Our draft.');
      studio.dialogs.savePaths.push(file);
      await studio.emit('command', { id: 'file.save' });
      await saved(studio);
      // A colleague's sync client rewrites the file.
      const { writeFile } = await import('node:fs/promises');
      const theirs = (await readFile(file, 'utf8')).replace('Our draft.', 'Their draft.');
      await new Promise((r) => setTimeout(r, 20));
      await writeFile(file, theirs);
      await page.keyboard.type(' More.');
      await studio.emit('command', { id: 'file.save' });
      const dialog = page.getByRole('alertdialog');
      await expect.poll(() => dialog.textContent()).toContain('changed on disk');
      expect(await readFile(file, 'utf8')).toBe(theirs);
      await dialog.getByRole('button', { name: 'Overwrite' }).click();
      await expect.poll(async () => readFile(file, 'utf8')).toContain('Our draft. More.');
    } finally {
      await studio.close();
    }
  });

  it('asks about unsaved changes before the window closes, and saves if told to', async () => {
    const dir = await makeTempDir();
    const studio = await openStudio(browser);
    try {
      const { page } = studio;
      await page.locator('.st-content').click();
      await page.keyboard.type('Unsaved words');
      await studio.emit('close-requested', null);
      await page.getByRole('alertdialog').waitFor();
      await page.getByRole('button', { name: 'Cancel' }).click();
      expect(studio.closedWindow()).toBe(false);
      studio.dialogs.savePaths.push(join(dir, 'closing.statement'));
      await studio.emit('close-requested', null);
      await page.getByRole('alertdialog').getByRole('button', { name: 'Save', exact: true }).click();
      await expect.poll(() => studio.closedWindow()).toBe(true);
      expect(await readFile(join(dir, 'closing.statement'), 'utf8')).toContain('Unsaved words');
    } finally {
      await studio.close();
    }
  });
});

describe('crash recovery', () => {
  it('restores all but the last second of typing after a crash', async () => {
    const userDataDir = await makeTempDir();
    const first = await openStudio(browser, { userDataDir });
    const { page } = first;
    await page.getByLabel('Title').fill('Death in custody');
    await page.locator('.st-content').click();
    const typedAt: Array<{ text: string; at: number }> = [];
    for (let i = 1; i <= 12; i++) {
      const word = `word${i} `;
      await page.keyboard.type(word);
      typedAt.push({ text: word, at: Date.now() });
      await page.waitForTimeout(250);
    }
    const crashAt = Date.now();
    await first.context.close(); // the renderer dies: no save, no clean close

    const second = await openStudio(browser, { userDataDir });
    try {
      const dialog = second.page.getByRole('dialog', { name: 'Restore unsaved work?' });
      await expect.poll(() => dialog.textContent()).toContain('Death in custody');
      await second.screenshot('recovery-offer');
      await dialog.getByRole('button', { name: 'Restore' }).click();
      await expect.poll(() => second.page.getByLabel('Title').inputValue()).toBe('Death in custody');
      const restored = await second.page.locator('.st-content').innerText();
      // Everything typed more than 1.5 s before the crash is back (a copy each second, made
      // in the next idle moment: the margin is for a loaded test machine).
      const mustHave = typedAt.filter((t) => crashAt - t.at > 1500).map((t) => t.text.trim());
      expect(mustHave.length).toBeGreaterThan(5);
      for (const word of mustHave) expect(restored).toContain(word);
      await expect.poll(() => second.page.locator('.document-name').textContent()).toContain('•');
      await second.screenshot('recovered');
    } finally {
      await second.close();
    }

    // Restored and then saved cleanly: nothing is offered on the next start.
    const third = await openStudio(browser, { userDataDir });
    try {
      const dialog = third.page.getByRole('dialog', { name: 'Restore unsaved work?' });
      await dialog.getByRole('button', { name: 'Restore' }).click();
      await expect.poll(() => third.page.getByLabel('Title').inputValue()).toBe('Death in custody');
      third.dialogs.savePaths.push(join(userDataDir, 'custody.statement'));
      await third.emit('command', { id: 'file.save' });
      await saved(third);
    } finally {
      await third.close();
    }
    const fourth = await openStudio(browser, { userDataDir });
    try {
      await fourth.page.waitForTimeout(500);
      expect(await fourth.page.getByRole('dialog').count()).toBe(0);
    } finally {
      await fourth.close();
    }
  });
});
