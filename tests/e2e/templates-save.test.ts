import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseTemplate } from '../../core/templates/parse-template.ts';
import { launchChromium, makeTempDir, openStudio, press, statementText, type Studio } from './harness.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const PERSON = 'Aigul Nurlanova';

/** Selects `words` inside the statement's first paragraph, as a drag of the mouse would (or puts the caret after them). */
async function selectWords(page: Page, words: string, caretAfter = false) {
  await page.locator('.st-content > p').first().evaluate((paragraph, [target, collapse]) => {
    const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(target);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, collapse ? at + target.length : at);
      range.setEnd(node, at + target.length);
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return;
    }
    throw new Error(`"${target}" is not in the paragraph`);
  }, [words, caretAfter] as const);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
}

/** A statement as a writer types it: header fields, one paragraph naming a person and a year, a footnote. */
async function writeStatement(studio: Studio) {
  const { page } = studio;
  await page.getByPlaceholder('Title of the statement').fill(`Free ${PERSON} now`);
  await page.getByLabel('Date', { exact: true }).fill('2024-03-08');
  await page.getByLabel('Dateline places').fill('Almaty');
  await page.locator('.st-content').click();
  await page.keyboard.type(`In 2024 a court in Almaty sentenced ${PERSON} to seven years for a post on social media. We call for her release.`);
  await selectWords(page, 'social media', true);
  await press(page, 'Control+Alt+F');
  await page.keyboard.type('Verdict of the district court, case file on record.');
  await expect.poll(() => page.locator('.st-footnotes > li').count()).toBe(1);
}

const chips = (page: Page) => page.locator('.st-content .st-variable').allInnerTexts();

describe('Save as Template: from a written statement to My templates and a template file', () => {
  let exported = '';

  it('marks a name as a variable, saves the statement as a template and makes a new statement from it', async () => {
    const studio = await openStudio(browser);
    const { page } = studio;
    try {
      await writeStatement(studio);

      // Insert > Make Template Variable on the selected name.
      await selectWords(page, PERSON);
      await studio.emit('command', { id: 'insert.templateVariable' });
      const make = page.getByRole('dialog', { name: 'Make a template variable' });
      await expect.poll(() => make.innerText()).toContain(`«${PERSON}»`);
      await make.getByLabel('Label (what the form asks)').fill('Name of the prisoner');
      expect(await make.getByLabel('Name (written {{name}} in the template)').inputValue()).toBe('name of the prisoner');
      await make.getByLabel('Name (written {{name}} in the template)').fill('prisoner');
      await make.getByLabel('Type').selectOption('text');
      await make.getByLabel('Help for whoever fills it in').fill('Full name as in the verdict.');
      await studio.screenshot('templates-save-make-variable');
      await make.getByRole('button', { name: 'Make variable' }).click();
      await expect.poll(() => make.count()).toBe(0);
      await expect.poll(() => chips(page)).toEqual(['Name of the prisoner']);
      expect(await statementText(page)).not.toContain(PERSON);

      // One undo step puts the name back; redo makes it a chip again.
      await press(page, 'Control+z');
      await expect.poll(() => chips(page)).toEqual([]);
      expect(await statementText(page)).toContain(`sentenced ${PERSON} to seven years`);
      await press(page, 'Control+y');
      await expect.poll(() => chips(page)).toEqual(['Name of the prisoner']);

      // File > Save as Template: the marked variable, the one-click ones, the text as it will be saved.
      await studio.emit('command', { id: 'file.saveAsTemplate' });
      const save = page.getByRole('dialog', { name: 'Save as Template' });
      await expect.poll(() => save.getByLabel('Name of the template').inputValue()).toBe(`Free ${PERSON} now`);
      await save.getByLabel('Name of the template').fill('Release of a prisoner');
      await save.getByLabel('Description').fill('A call to release someone sentenced for a post.');
      expect(await save.getByRole('list', { name: /1 variable in the text/ }).innerText()).toMatch(/Name of the prisoner\s*\{\{prisoner\}\}/);
      const preview = () => save.getByLabel('The template', { exact: true }).inputValue();
      expect(await preview()).toContain('In 2024 a court in Almaty sentenced {{prisoner}} to seven years');
      // The name is in the title too: one click makes it the variable there as well.
      await save.getByRole('checkbox', { name: `Name of the prisoner: “${PERSON}”` }).check();
      await save.getByRole('checkbox', { name: 'Date of the statement: “8 March 2024”' }).check();
      await save.getByRole('checkbox', { name: 'Year: “2024”' }).check();
      await save.getByRole('checkbox', { name: 'City of the dateline: “Almaty”' }).check();
      await expect.poll(preview).toContain('In {{year}} a court in Almaty sentenced {{prisoner}} to seven years for a post on social media[^1]. We call for her release.');
      const text = await preview();
      expect(text).toMatch(/^---\nid: release-of-a-prisoner\nname: Release of a prisoner\n/);
      expect(text).toContain('\nplaces:\n  - "{{city}}"\n');
      expect(text).toContain('\n# Free {{prisoner}} now\n');
      expect(text).toMatch(/^\[\^1\]: Verdict of the district court, case file on record\.$/m);
      expect(parseTemplate(text, 'preview.template.md').ok).toBe(true);
      await studio.screenshot('templates-save-dialog');
      await save.getByRole('button', { name: 'Save the template' }).click();
      await expect.poll(() => save.count()).toBe(0);
      await expect.poll(() => page.getByRole('dialog').innerText()).toContain('Saved “Release of a prisoner” to your templates.');
      await studio.screenshot('templates-save-saved');
      await page.getByRole('dialog').getByRole('button', { name: 'OK' }).click();

      // New from Template: under My templates, the form from its variables, a new statement.
      await studio.emit('command', { id: 'file.newFromTemplate' });
      const choose = page.getByRole('dialog', { name: 'New statement from a template' });
      const mine = choose.getByRole('list', { name: 'My templates' });
      await expect.poll(() => mine.locator('strong').allInnerTexts()).toEqual(['Release of a prisoner']);
      await studio.screenshot('templates-save-my-templates');
      await mine.getByRole('button', { name: /^Release of a prisoner/ }).click();
      const form = page.getByRole('dialog', { name: 'New: Release of a prisoner' });
      await expect.poll(() => form.getByLabel('Name of the prisoner').inputValue()).toBe(PERSON);
      await form.getByLabel('Name of the prisoner').fill('Daniyar Sadykov');
      await form.getByLabel('Date of the statement').fill('2025-11-20');
      expect(await form.getByLabel('City of the dateline').inputValue()).toBe('Almaty');
      await form.getByRole('button', { name: 'Create the statement' }).click();
      await expect.poll(() => form.count()).toBe(0);
      // The statement the template came from was never saved: the window asks first.
      await page.getByRole('alertdialog', { name: 'Save changes to this statement?' }).getByRole('button', { name: 'Don’t Save' }).click();

      await expect.poll(() => page.getByPlaceholder('Title of the statement').inputValue()).toBe('Free Daniyar Sadykov now');
      expect(await page.getByLabel('Date', { exact: true }).inputValue()).toBe('2025-11-20');
      expect(await page.getByLabel('Dateline places').inputValue()).toBe('Almaty');
      expect((await statementText(page)).trim()).toBe('In 2025 a court in Almaty sentenced Daniyar Sadykov to seven years for a post on social media1. We call for her release.');
      expect(await page.locator('.st-footnotes > li .st-footnote-text').allInnerTexts()).toEqual(['Verdict of the district court, case file on record.']);

      // Saving again under a name in use says it replaces that template, on the button too.
      await studio.emit('command', { id: 'file.saveAsTemplate' });
      await save.getByLabel('Name of the template').fill('Release of a prisoner');
      await expect.poll(() => save.locator('.field-problem').innerText()).toBe('You have a template of this name already (“Release of a prisoner”): saving replaces it. Change the name to keep both.');
      expect(await save.getByRole('button', { name: 'Replace the template' }).count()).toBe(1);
      await save.getByLabel('Name of the template').fill('Release of a prisoner, short');
      await expect.poll(() => save.locator('.field-problem').count()).toBe(0);
      await save.getByRole('button', { name: 'Cancel' }).click();

      // Export it to a file, through the save dialog.
      const dir = await makeTempDir();
      exported = join(dir, 'release');
      studio.dialogs.savePaths.push(exported);
      await studio.emit('command', { id: 'file.newFromTemplate' });
      await choose.getByRole('button', { name: 'Export… Release of a prisoner' }).click();
      await expect.poll(() => choose.getByRole('status').innerText()).toBe('Exported to release.template.md.');
      exported += '.template.md';
      const file = parseTemplate(await readFile(exported, 'utf8'), 'release.template.md');
      expect(file.ok && file.template.name).toBe('Release of a prisoner');
      expect(file.ok && file.template.variables.map((v) => v.name).sort()).toEqual(['city', 'date', 'prisoner', 'year']);
    } finally {
      await studio.close();
    }
  });

  it('imports the file into a fresh library, refuses a malformed file with its name and line, and keeps both of one id', async () => {
    expect(exported).not.toBe('');
    const studio = await openStudio(browser);
    const { page } = studio;
    try {
      await studio.emit('command', { id: 'file.newFromTemplate' });
      const choose = page.getByRole('dialog', { name: 'New statement from a template' });
      const mine = choose.getByRole('list', { name: 'My templates' });
      await choose.getByRole('button', { name: 'Import a template file…' }).waitFor();
      expect(await mine.locator('li').count()).toBe(0);

      studio.dialogs.openPaths.push(exported);
      await choose.getByRole('button', { name: 'Import a template file…' }).click();
      await expect.poll(() => choose.getByRole('status').innerText()).toBe('Imported “Release of a prisoner”.');
      await expect.poll(() => mine.locator('strong').allInnerTexts()).toEqual(['Release of a prisoner']);

      // A placeholder nobody declared, on a line the test knows: refused, the file and the line named.
      const lines = (await readFile(exported, 'utf8')).trimEnd().split('\n');
      lines.push('', 'Press contact: {{spokesperson}}.');
      const broken = join(await makeTempDir(), 'broken.template.md');
      await writeFile(broken, `${lines.join('\n')}\n`);
      studio.dialogs.openPaths.push(broken);
      await choose.getByRole('button', { name: 'Import a template file…' }).click();
      const status = choose.getByRole('status');
      await expect.poll(() => status.locator('p').innerText()).toBe('broken.template.md is not a template that can be used:');
      expect(await status.locator('li').allInnerTexts()).toEqual([`broken.template.md, line ${lines.length}: {{spokesperson}} has no declaration under "variables:"`]);
      expect(await mine.locator('strong').allInnerTexts()).toEqual(['Release of a prisoner']);
      await studio.screenshot('templates-save-import-problem');

      // The same id again: replace or keep both; kept, both are listed and the copy is told apart.
      studio.dialogs.openPaths.push(exported);
      await choose.getByRole('button', { name: 'Import a template file…' }).click();
      const question = choose.getByRole('alertdialog', { name: 'You already have this template (“Release of a prisoner”). Replace it with the file’s version, or keep both?' });
      await question.waitFor();
      expect(await status.count()).toBe(0);
      await studio.screenshot('templates-save-import-exists');
      await question.getByRole('button', { name: 'Keep both' }).click();
      await expect.poll(() => mine.locator('strong').allInnerTexts()).toEqual(['Release of a prisoner', 'Release of a prisoner (2)']);
      expect(await status.innerText()).toBe('Imported “Release of a prisoner (2)”.');
      const stored = await studio.library.listTemplates();
      expect(stored.ok && stored.value.map((t) => t.id).sort()).toEqual(['release-of-a-prisoner', 'release-of-a-prisoner-2']);

      // Delete asks first; Cancel keeps the template.
      await mine.getByRole('button', { name: 'Delete Release of a prisoner (2)' }).click();
      const ask = choose.getByRole('alertdialog', { name: 'Delete “Release of a prisoner (2)” from your templates? It cannot be brought back unless you exported it.' });
      await ask.getByRole('button', { name: 'Cancel' }).click();
      expect(await mine.locator('strong').allInnerTexts()).toEqual(['Release of a prisoner', 'Release of a prisoner (2)']);
      await mine.getByRole('button', { name: 'Delete Release of a prisoner (2)' }).click();
      await ask.getByRole('button', { name: 'Delete' }).click();
      await expect.poll(() => mine.locator('strong').allInnerTexts()).toEqual(['Release of a prisoner']);
    } finally {
      await studio.close();
    }
  });

  it('asks in Russian: Save as Template on a Russian statement in a Russian window', async () => {
    const studio = await openStudio(browser, { osLanguages: ['ru-RU'] });
    const { page } = studio;
    try {
      await page.getByLabel('Язык', { exact: true }).selectOption('ru');
      await page.getByPlaceholder('Заголовок заявления').fill('Освободите Айгуль Нурланову');
      await page.getByLabel('Дата', { exact: true }).fill('2024-03-08');
      await page.getByLabel('Места в строке даты').fill('Алматы');
      await page.locator('.st-content').click();
      await page.keyboard.type('В 2024 году суд приговорил Айгуль Нурланову к семи годам лишения свободы за пост в социальной сети.');
      await selectWords(page, 'Айгуль Нурланову');
      await studio.emit('command', { id: 'insert.templateVariable' });
      const make = page.getByRole('dialog', { name: 'Сделать переменной шаблона' });
      await make.getByLabel('Подпись (что спросит форма)').fill('Имя заключённой');
      await make.getByLabel('Имя (в шаблоне пишется {{имя}})').fill('заключённая');
      await make.getByRole('button', { name: 'Сделать переменной' }).click();
      await expect.poll(() => chips(page)).toEqual(['Имя заключённой']);

      await studio.emit('command', { id: 'file.saveAsTemplate' });
      const save = page.getByRole('dialog', { name: 'Сохранить как шаблон' });
      await expect.poll(() => save.getByLabel('Название шаблона').inputValue()).toBe('Освободите Айгуль Нурланову');
      expect(await save.getByLabel('Язык').inputValue()).toBe('ru');
      expect(await save.getByRole('list', { name: 'В тексте 1 переменная:' }).innerText()).toMatch(/Имя заключённой\s*\{\{заключённая\}\}/);
      await save.getByRole('checkbox', { name: 'Имя заключённой: «Айгуль Нурланову»' }).check();
      await save.getByRole('checkbox', { name: 'Дата заявления: «8 марта 2024 г.»' }).check();
      await save.getByRole('checkbox', { name: 'Год: «2024»' }).check();
      await save.getByRole('checkbox', { name: 'Город в дате заявления: «Алматы»' }).check();
      await expect.poll(() => save.getByLabel('Шаблон', { exact: true }).inputValue()).toContain('В {{year}} году суд приговорил {{заключённая}} к семи годам');
      // A Russian name gives its transliteration as the id: saving it again replaces it.
      expect(await save.getByLabel('Шаблон', { exact: true }).inputValue()).toMatch(/^---\nid: osvobodite-aygul-nurlanovu\nname: Освободите Айгуль Нурланову\n/);
      await studio.screenshot('templates-save-dialog-ru');
    } finally {
      await studio.close();
    }
  });
});
