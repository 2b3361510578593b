import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyCaseDraft, type CaseDraft } from '../../core/cases/person.ts';
import { seedLibraryFile } from '../../core/library/seed-from-samples.ts';
import { openLibrary, type LibraryService } from '../../electron/services/library/library-service.ts';
import { FakeDialogs, launchChromium, makeTempDir, openStudio, press, type Studio } from './harness.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** A user data folder whose library the test fills through the service, before the window opens it. */
async function userDataWith(fill: (library: LibraryService) => void, options: { backup?: boolean } = {}): Promise<string> {
  const userDataDir = await makeTempDir();
  const path = join(userDataDir, 'library.sqlite');
  const opened = openLibrary({ path, autoBackup: false });
  if (!opened.ok) throw new Error(opened.message);
  fill(opened.value);
  opened.value.close();
  if (options.backup) {
    // Opening with the automatic backup on makes today's backup of what is there now.
    const again = openLibrary({ path });
    if (!again.ok) throw new Error(again.message);
    again.value.close();
  }
  return userDataDir;
}

function must<T>(result: { ok: true; value: T } | { ok: false; message: string }): T {
  if (!result.ok) throw new Error(result.message);
  return result.value;
}

const panelOf = (page: Page) => page.getByRole('region', { name: 'Library' });
const caseNames = (panel: Locator) => panel.locator('.library-case-list .library-case-name').allTextContents();
const notice = (panel: Locator) => panel.locator('.lib-notice p').textContent();
/** What a list says when it lists nothing (the panel's notice is another status). */
const listMessage = (panel: Locator) => panel.locator('[role="tabpanel"]:not([hidden]) .lib-results [role="status"]').textContent();
const detailFacts = (panel: Locator) => panel.locator('.lib-facts').innerText();

/** A screenshot with the Library panel scrolled to the top of the side column (other panels stand above it). */
async function shot(studio: Studio, name: string): Promise<void> {
  await panelOf(studio.page).evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await studio.screenshot(name);
}

async function search(panel: Locator, text: string): Promise<void> {
  await panel.getByRole('searchbox', { name: 'Search the case library' }).fill(text);
}

/** Fills the New case editor with a case with an event and a charge. */
async function fillNewCase(dialog: Locator, person: { given: string; family: string; birth: string }): Promise<void> {
  await dialog.getByLabel('Given name').fill(person.given);
  await dialog.getByLabel('Family name', { exact: true }).fill(person.family);
  await dialog.getByLabel('Date of birth').fill(person.birth);
  await dialog.getByLabel('Status').selectOption('extradited');
  await dialog.getByLabel('Nationality').selectOption('TM');
  await dialog.getByRole('checkbox', { name: 'blogger' }).check();

  await dialog.getByRole('button', { name: '+ Add an event' }).click();
  const event = dialog.getByRole('group', { name: 'Event 1' });
  await event.getByLabel('What happened').selectOption('extradition');
  await event.getByLabel('Date').fill('2023-05-19');
  await event.getByLabel('Place').fill('Istanbul');
  await event.getByLabel('Country').selectOption('TR');
  await event.getByLabel('Details').fill('Handed over to Turkmenistan after detention in Istanbul.');

  await dialog.getByRole('button', { name: '+ Add a charge' }).click();
  const charge = dialog.getByRole('group', { name: 'Charge 1' });
  await charge.getByLabel('Article', { exact: true }).fill('176');
  await charge.getByLabel('Country').selectOption('TM');
  await charge.getByLabel('Article text').fill('Incitement of social, national or religious hatred.');
}

describe('library records in the window', () => {
  it('creates a case with events and a charge, finds it by another spelling and by filters, edits it and deletes it', async () => {
    const studio = await openStudio(browser);
    try {
      const { page } = studio;
      const panel = panelOf(page);
      await panel.getByRole('button', { name: '+ New case' }).click();
      const dialog = page.getByRole('dialog', { name: 'New case' });
      await expect.poll(() => dialog.getByLabel('Given name').evaluate((el) => el === document.activeElement)).toBe(true);
      await fillNewCase(dialog, { given: 'Farhat', family: 'Meymankulyyev', birth: '1992' });
      expect(await dialog.locator('.lib-preview').textContent()).toBe('Statements write: Farhat MEYMANKULYYEV');
      await shot(studio, 'library-records-new-case');
      await dialog.getByRole('button', { name: 'Create case' }).click();

      // The new case opens in the column.
      await expect.poll(() => dialog.count()).toBe(0);
      await expect.poll(() => panel.getByRole('heading', { name: 'Farhat MEYMANKULYYEV' }).count()).toBe(1);
      expect(await notice(panel)).toBe('Created the case of Farhat MEYMANKULYYEV.');
      const timeline = panel.getByRole('region', { name: 'Timeline' });
      expect(await timeline.innerText()).toContain('19 May 2023');
      expect(await timeline.innerText()).toContain('Extradition, Istanbul, Turkey');
      expect(await panel.getByRole('region', { name: 'Charges' }).innerText()).toContain('Art. 176 of the Criminal Code (Turkmenistan)');
      expect(await detailFacts(panel)).toContain('Born\n1992');
      await shot(studio, 'library-records-case-detail');

      // Back to the list: it is recently used, and a variant spelling finds it.
      await panel.getByRole('button', { name: '← Back to the list' }).click();
      await expect.poll(() => caseNames(panel)).toEqual(['Farhat MEYMANKULYYEV']);
      expect(await panel.locator('.library-panel-heading').textContent()).toBe('Recently used');
      await search(panel, 'Meimankulyiev');
      await expect.poll(() => panel.locator('.library-panel-heading').textContent()).toMatch(/^Results/);
      await expect.poll(() => caseNames(panel)).toEqual(['Farhat MEYMANKULYYEV']);

      // Filters alone: status and country (an event's country counts).
      await search(panel, '');
      await panel.getByRole('button', { name: 'Filters' }).click();
      const filters = panel.getByRole('group', { name: 'Filters' });
      await filters.getByLabel('Status').selectOption('detained');
      await expect.poll(() => listMessage(panel)).toBe('No case matches.');
      await filters.getByLabel('Status').selectOption('extradited');
      await expect.poll(() => caseNames(panel)).toEqual(['Farhat MEYMANKULYYEV']);
      await filters.getByLabel('Country').selectOption('UZ');
      await expect.poll(() => listMessage(panel)).toBe('No case matches.');
      await filters.getByLabel('Country').selectOption('TR');
      await expect.poll(() => caseNames(panel)).toEqual(['Farhat MEYMANKULYYEV']);
      // A date filter that is not a date yet does not search, and says so by the field.
      await filters.getByLabel('Events from').fill('2023-13');
      await expect.poll(() => filters.locator('.lib-error').textContent()).toBe('Not a real calendar date.');
      await filters.getByLabel('Events from').fill('2023');
      await expect.poll(() => caseNames(panel)).toEqual(['Farhat MEYMANKULYYEV']);
      await shot(studio, 'library-records-filters');
      expect(await panel.getByRole('button', { name: 'Filters (3)' }).count()).toBe(1);
      await filters.getByRole('button', { name: 'Clear filters' }).click();

      // Edit: status, a second event and the sentence; the detail shows the change.
      await panel.locator('.library-case-open', { hasText: 'Farhat MEYMANKULYYEV' }).click();
      await panel.getByRole('button', { name: 'Edit' }).click();
      const editor = page.getByRole('dialog', { name: 'Edit case: Farhat MEYMANKULYYEV' });
      await editor.getByLabel('Status').selectOption('sentenced');
      await editor.getByRole('button', { name: '+ Add an event' }).click();
      const second = editor.getByRole('group', { name: 'Event 2' });
      await second.getByLabel('What happened').selectOption('sentence');
      await second.getByLabel('Date').fill('2023-08');
      await editor.getByRole('checkbox', { name: 'The person has been sentenced' }).check();
      await editor.getByLabel('As statements say it').fill('11 years in prison');
      await editor.getByLabel('Years').fill('11');
      await editor.getByLabel('Years').press('Enter');
      await expect.poll(() => editor.count()).toBe(0);
      await expect.poll(() => detailFacts(panel)).toContain('Status\nsentenced');
      expect(await timeline.innerText()).toMatch(/19 May 2023[\s\S]*August 2023\nSentence/);
      expect(await panel.getByRole('region', { name: 'Sentence' }).innerText()).toContain('11 years in prison');
      expect(await notice(panel)).toBe('Saved the case of Farhat MEYMANKULYYEV.');

      // Delete, after a question whose focus starts on Cancel.
      await panel.getByRole('button', { name: 'Delete…' }).click();
      const confirm = page.getByRole('alertdialog', { name: 'Delete this case?' });
      expect(await confirm.getByRole('button', { name: 'Cancel' }).evaluate((el) => el === document.activeElement)).toBe(true);
      await shot(studio, 'library-records-delete');
      await press(page, 'Escape');
      await expect.poll(() => confirm.count()).toBe(0);
      expect(await panel.getByRole('heading', { name: 'Farhat MEYMANKULYYEV' }).count()).toBe(1);
      await panel.getByRole('button', { name: 'Delete…' }).click();
      await confirm.getByRole('button', { name: 'Delete case' }).click();
      await expect.poll(() => notice(panel)).toBe('Deleted the case of Farhat MEYMANKULYYEV.');
      await search(panel, 'Meymankulyyev');
      await expect.poll(() => listMessage(panel)).toBe('No case matches.');
    } finally {
      await studio.close();
    }
  });

  it('checks fields before saving, keeps what was typed, and warns of a likely duplicate (go back, then create anyway)', async () => {
    const userDataDir = await userDataWith((library) => {
      must(library.createCase({ ...emptyCaseDraft(), givenName: 'Farhat', familyName: 'Meymankulyyev', birthDate: '1992', status: 'extradited', nationality: 'TM' }));
    });
    const studio = await openStudio(browser, { userDataDir });
    try {
      const { page } = studio;
      const panel = panelOf(page);
      await panel.getByRole('button', { name: '+ New case' }).click();
      const dialog = page.getByRole('dialog', { name: 'New case' });

      // Nothing typed: the name is asked for, next to the field, and the focus goes there.
      await dialog.getByRole('button', { name: 'Create case' }).click();
      const familyField = dialog.locator('.lib-field', { has: page.getByLabel('Family name', { exact: true }) });
      await expect.poll(() => familyField.locator('.lib-error').textContent()).toBe('A case needs a given or a family name.');
      expect(await dialog.getByLabel('Family name', { exact: true }).evaluate((el) => el === document.activeElement)).toBe(true);

      await fillNewCase(dialog, { given: 'Farhat', family: 'Meimankuliev', birth: '1992-02-30' });
      await dialog.getByRole('group', { name: 'Event 1' }).getByLabel('Date').fill('19.05.2023');
      await dialog.getByRole('button', { name: 'Create case' }).click();
      const birthField = dialog.locator('.lib-field', { has: page.getByLabel('Date of birth') });
      await expect.poll(() => birthField.locator('.lib-error').textContent()).toBe('Not a real calendar date.');
      const eventDate = dialog.getByRole('group', { name: 'Event 1' }).locator('.lib-field', { has: page.getByLabel('Date') });
      expect(await eventDate.locator('.lib-error').textContent()).toBe('Expected a date as YYYY, YYYY-MM or YYYY-MM-DD.');
      expect(await dialog.getByRole('alert').textContent()).toMatch(/^2 fields need attention/);
      await shot(studio, 'library-records-field-errors');
      await dialog.getByLabel('Date of birth').fill('1992');
      await dialog.getByRole('group', { name: 'Event 1' }).getByLabel('Date').fill('2023-05-19');
      expect(await dialog.locator('.lib-error').count()).toBe(0);

      // Same person in another spelling: a warning, and nothing written yet.
      await dialog.getByRole('button', { name: 'Create case' }).click();
      const warning = page.getByRole('alertdialog', { name: 'This person may already be in the library' });
      await expect.poll(() => warning.locator('.lib-duplicate-list li').allInnerTexts()).toEqual([expect.stringMatching(/^Farhat MEYMANKULYYEV \(1992\)\nextradited · Turkmenistan/)]);
      await shot(studio, 'library-records-duplicate-warning');
      await warning.getByRole('button', { name: 'Go back' }).click();
      await expect.poll(() => warning.count()).toBe(0);
      expect(await dialog.getByLabel('Family name', { exact: true }).inputValue()).toBe('Meimankuliev');
      expect(await dialog.getByRole('group', { name: 'Charge 1' }).getByLabel('Article', { exact: true }).inputValue()).toBe('176');

      await dialog.getByRole('button', { name: 'Create case' }).click();
      await warning.getByRole('button', { name: 'Create anyway' }).click();
      await expect.poll(() => dialog.count()).toBe(0);
      await expect.poll(() => notice(panel)).toBe('Created the case of Farhat MEIMANKULIEV.');
      await panel.getByRole('button', { name: '← Back to the list' }).click();
      await search(panel, 'Meymankulyyev');
      await expect.poll(() => caseNames(panel).then((names) => names.sort())).toEqual(['Farhat MEIMANKULIEV', 'Farhat MEYMANKULYYEV']);
    } finally {
      await studio.close();
    }
  });

  it('asks before discarding changes; Escape closes an unchanged editor', async () => {
    const studio = await openStudio(browser);
    try {
      const { page } = studio;
      const panel = panelOf(page);
      const newCase = panel.getByRole('button', { name: '+ New case' });
      await newCase.click();
      const dialog = page.getByRole('dialog', { name: 'New case' });
      await press(page, 'Escape');
      await expect.poll(() => dialog.count()).toBe(0);
      expect(await newCase.evaluate((el) => el === document.activeElement)).toBe(true);

      await newCase.click();
      await dialog.getByLabel('Given name').fill('Yermek');
      await press(page, 'Escape');
      const ask = page.getByRole('alertdialog', { name: 'Discard your changes?' });
      await ask.getByRole('button', { name: 'Keep editing' }).click();
      expect(await dialog.getByLabel('Given name').inputValue()).toBe('Yermek');
      await dialog.getByRole('button', { name: 'Cancel' }).click();
      await ask.getByRole('button', { name: 'Discard changes' }).click();
      await expect.poll(() => dialog.count()).toBe(0);
    } finally {
      await studio.close();
    }
  });

  it('is usable with the keyboard: arrows to a result, Enter opens it, Escape goes back to it, Ctrl+Enter saves', async () => {
    const userDataDir = await userDataWith((library) => must(library.importData(seedLibraryFile())));
    const studio = await openStudio(browser, { userDataDir });
    try {
      const { page } = studio;
      const panel = panelOf(page);
      const focused = () => page.evaluate(() => document.activeElement?.textContent ?? '');
      await panel.getByRole('searchbox', { name: 'Search the case library' }).focus();
      await page.keyboard.type('Холикназаров');
      await expect.poll(() => caseNames(panel)).toEqual(['Manuchehr Kholiknazarov']);
      await press(page, 'ArrowDown');
      expect(await focused()).toMatch(/^Manuchehr Kholiknazarov/);
      await press(page, 'Enter');
      await expect.poll(focused).toBe('Manuchehr Kholiknazarov');
      await press(page, 'Tab', 'Enter');
      const editor = page.getByRole('dialog', { name: 'Edit case: Manuchehr Kholiknazarov' });
      await expect.poll(() => editor.count()).toBe(1);
      await editor.getByLabel('Ethnicity').fill('Pamiri');
      await press(page, 'Control+Enter');
      await expect.poll(() => editor.count()).toBe(0);
      await expect.poll(() => detailFacts(panel)).toContain('Ethnicity\nPamiri');
      // The focus came back to Edit; Escape leaves the case for the list, on the case's row.
      expect(await focused()).toBe('Edit');
      await press(page, 'Escape');
      await expect.poll(focused).toMatch(/^Manuchehr Kholiknazarov/);
      // The tabs move with the arrow keys.
      await panel.getByRole('tab', { name: 'Cases' }).focus();
      await press(page, 'ArrowRight');
      expect(await panel.getByRole('tab', { name: 'Organisations' }).getAttribute('aria-selected')).toBe('true');
      await expect.poll(() => panel.locator('.lib-record-open').count()).toBe(9);
    } finally {
      await studio.close();
    }
  });

  it('shows the library’s reason when it refuses a save, and keeps what was typed', async () => {
    const userDataDir = await userDataWith((library) => must(library.importData(seedLibraryFile())));
    const studio = await openStudio(browser, { userDataDir });
    try {
      const { page } = studio;
      const panel = panelOf(page);
      await search(panel, 'Temirov');
      await panel.locator('.library-case-open').first().click();
      await panel.getByRole('button', { name: 'Edit' }).click();
      const editor = page.getByRole('dialog', { name: 'Edit case: Bolot Temirov' });
      await editor.getByLabel('Ethnicity').fill('Kyrgyz');
      // Meanwhile a colleague's import (or the command line) changes the case.
      const current = must(await studio.library.getCase('sample-bolot-temirov'));
      const { id: _id, updatedAt: _at, ...draft } = current;
      must(await studio.library.updateCase('sample-bolot-temirov', { ...draft, status: 'released' }));
      await editor.getByRole('button', { name: 'Save case' }).click();
      await expect.poll(() => editor.getByRole('alert').textContent()).toMatch(/^This case was changed elsewhere/);
      expect(await editor.getByLabel('Ethnicity').inputValue()).toBe('Kyrgyz');
      await shot(studio, 'library-records-save-refused');
      // Closing the editor reads the case again, so the next edit starts from the colleague's version.
      await editor.getByRole('button', { name: 'Cancel' }).click();
      await page.getByRole('alertdialog', { name: 'Discard your changes?' }).getByRole('button', { name: 'Discard changes' }).click();
      await expect.poll(() => detailFacts(panel)).toContain('Status\nreleased');
      await panel.getByRole('button', { name: 'Edit' }).click();
      await editor.getByLabel('Ethnicity').fill('Kyrgyz');
      await editor.getByRole('button', { name: 'Save case' }).click();
      await expect.poll(() => detailFacts(panel)).toContain('Ethnicity\nKyrgyz');
    } finally {
      await studio.close();
    }
  });

  it('creates, edits and deletes an organisation with its Russian name', async () => {
    const studio = await openStudio(browser);
    try {
      const { page } = studio;
      const panel = panelOf(page);
      await panel.getByRole('tab', { name: 'Organisations' }).click();
      await expect.poll(() => listMessage(panel)).toBe('No organisations yet.');
      await panel.getByRole('button', { name: '+ New organisation' }).click();
      const dialog = page.getByRole('dialog', { name: 'New organisation' });
      await dialog.getByLabel('Full name (English)').fill('Turkmen Initiative for Human Rights');
      await dialog.getByLabel('Abbreviation', { exact: true }).fill('TIHR');
      await dialog.getByLabel('Country', { exact: true }).selectOption('TM');
      await dialog.getByLabel('Based in exile in').selectOption('AT');
      await dialog.getByLabel('Website').fill('javascript:alert(1)');
      await dialog.getByRole('button', { name: '+ Add a name in another language' }).click();
      const russian = dialog.getByRole('group', { name: 'Name 1' });
      expect(await russian.getByLabel('Language').inputValue()).toBe('ru');
      await russian.getByLabel('Name', { exact: true }).fill('Туркменская инициатива по правам человека');
      await russian.getByLabel('Genitive').fill('Туркменской инициативы по правам человека');
      await dialog.getByRole('button', { name: 'Create organisation' }).click();
      const website = dialog.locator('.lib-field', { has: page.getByLabel('Website') });
      await expect.poll(() => website.locator('.lib-error').textContent()).toBe('Expected an http or https address.');
      await dialog.getByLabel('Website').fill('https://www.tm.hrinitiative.org/');
      await shot(studio, 'library-records-organisation-editor');
      await dialog.getByRole('button', { name: 'Create organisation' }).click();

      await expect.poll(() => panel.getByRole('heading', { name: 'Turkmen Initiative for Human Rights' }).count()).toBe(1);
      expect(await detailFacts(panel)).toContain('Turkmenistan, based in exile in Austria');
      expect(await panel.getByRole('region', { name: 'Names in other languages' }).innerText()).toContain('genitive: Туркменской инициативы по правам человека');
      await shot(studio, 'library-records-organisation-detail');

      await panel.getByRole('button', { name: 'Edit' }).click();
      const editor = page.getByRole('dialog', { name: 'Edit organisation: Turkmen Initiative for Human Rights' });
      await editor.getByRole('region', { name: 'Name', exact: true }).getByLabel('Abbreviation').fill('TIHR-Vienna');
      await editor.getByRole('button', { name: 'Save organisation' }).click();
      await expect.poll(() => detailFacts(panel)).toContain('Abbreviation\nTIHR-Vienna');

      await panel.getByRole('button', { name: '← Back to the list' }).click();
      await panel.getByRole('searchbox', { name: 'Search organisations' }).fill('tihr');
      await expect.poll(() => panel.locator('.lib-record-name').allTextContents()).toEqual(['Turkmen Initiative for Human Rights (TIHR-Vienna)']);
      await panel.locator('.lib-record-open').first().click();
      await panel.getByRole('button', { name: 'Delete…' }).click();
      await page.getByRole('alertdialog', { name: 'Delete this organisation?' }).getByRole('button', { name: 'Delete organisation' }).click();
      await expect.poll(() => notice(panel)).toBe('Deleted the organisation “Turkmen Initiative for Human Rights”.');
      await panel.getByRole('searchbox', { name: 'Search organisations' }).fill('');
      await expect.poll(() => listMessage(panel)).toBe('No organisations yet.');
    } finally {
      await studio.close();
    }
  });

  it('creates a reusable note with formatting and edits its title', async () => {
    const studio = await openStudio(browser);
    try {
      const { page } = studio;
      const panel = panelOf(page);
      await panel.getByRole('tab', { name: 'Notes' }).click();
      await panel.getByRole('button', { name: '+ New note' }).click();
      const dialog = page.getByRole('dialog', { name: 'New note' });
      await dialog.getByLabel('Title').fill('Art. 159 Criminal Code of Uzbekistan');
      const text = dialog.getByRole('textbox', { name: 'Text of the note' });
      await text.click();
      await page.keyboard.type('Criminal Code of Uzbekistan, ');
      await press(page, 'Control+b');
      await page.keyboard.type('article 159');
      await press(page, 'Control+b');
      await page.keyboard.type(' (attempt on the constitutional order).');
      await dialog.getByLabel('Language').selectOption('en');
      await shot(studio, 'library-records-note-editor');
      await dialog.getByRole('button', { name: 'Create note' }).click();
      await expect.poll(() => panel.getByRole('heading', { name: 'Art. 159 Criminal Code of Uzbekistan' }).count()).toBe(1);
      expect(await panel.locator('.lib-note-body strong').textContent()).toBe('article 159');
      expect(await panel.locator('.lib-note-body').textContent()).toBe('Criminal Code of Uzbekistan, article 159 (attempt on the constitutional order).');

      await panel.getByRole('button', { name: 'Edit' }).click();
      const editor = page.getByRole('dialog', { name: 'Edit note: Art. 159 Criminal Code of Uzbekistan' });
      await editor.getByLabel('Title').fill('Art. 159 CC Uzbekistan');
      await editor.getByLabel('Title').press('Enter');
      await expect.poll(() => panel.getByRole('heading', { name: 'Art. 159 CC Uzbekistan' }).count()).toBe(1);
      // The formatting survived the edit of the title.
      expect(await panel.locator('.lib-note-body strong').textContent()).toBe('article 159');
    } finally {
      await studio.close();
    }
  });
});

describe('the whole library as a file, and backups', () => {
  it('exports the library to a file (confidential cases only when asked) and imports it into a fresh profile', async () => {
    const userDataDir = await userDataWith((library) => {
      must(library.importData(seedLibraryFile()));
      must(library.createCase({ ...emptyCaseDraft(), givenName: 'Secret', familyName: 'Witness', confidential: true }, { allowDuplicate: true }));
    });
    const dir = await makeTempDir('studio-library-file-');
    const dialogs = new FakeDialogs();
    const studio = await openStudio(browser, { userDataDir, dialogs });
    try {
      const panel = panelOf(studio.page);
      dialogs.savePaths.push(join(dir, 'library.json'));
      await panel.getByRole('button', { name: 'Export library…' }).click();
      const dialog = studio.page.getByRole('dialog', { name: 'Export the library' });
      await shot(studio, 'library-records-export');
      await dialog.getByRole('button', { name: 'Choose file and export…' }).click();
      await expect.poll(() => notice(panel)).toBe('Exported 20 cases, 9 organisations and 2 notes to library.json. 1 confidential case was left out.');
      const file = JSON.parse(await readFile(join(dir, 'library.json'), 'utf8'));
      expect(file.cases).toHaveLength(20);

      // Cancelling the save dialog writes nothing and says nothing.
      await panel.getByRole('button', { name: 'Export library…' }).click();
      await dialog.getByRole('checkbox', { name: 'Include confidential cases' }).check();
      await dialog.getByRole('button', { name: 'Choose file and export…' }).click();
      await expect.poll(() => dialog.count()).toBe(0);
      expect(existsSync(join(dir, 'library-2.json'))).toBe(false);
    } finally {
      await studio.close();
    }

    const freshDialogs = new FakeDialogs();
    const fresh = await openStudio(browser, { dialogs: freshDialogs });
    try {
      const panel = panelOf(fresh.page);
      freshDialogs.openPaths.push(join(dir, 'library.json'));
      await panel.getByRole('button', { name: 'Import library…' }).click();
      await expect.poll(() => notice(panel)).toBe('Imported library.json: added 20 cases, 9 organisations and 2 notes.');
      await search(panel, 'Kholiqnazarov');
      await expect.poll(() => caseNames(panel)).toEqual(['Manuchehr Kholiknazarov']);
      await search(panel, 'Witness');
      await expect.poll(() => listMessage(panel)).toBe('No case matches.');
      await panel.getByRole('tab', { name: 'Organisations' }).click();
      await expect.poll(() => panel.locator('.lib-record-open').count()).toBe(9);

      // A file that is not a library is refused with the reason, and nothing changes.
      const broken = join(dir, 'broken.json');
      await writeFile(broken, '{"format": "statement-studio/library", "version": 1,\n  "cases": [}');
      freshDialogs.openPaths.push(broken);
      await panel.getByRole('button', { name: 'Import library…' }).click();
      await expect.poll(() => panel.getByRole('alert').textContent()).toMatch(/^broken\.json cannot be imported\. .*line 2/);
    } finally {
      await fresh.close();
    }
  });

  it('shows the records an import would change and applies the choice made for each', async () => {
    const userDataDir = await userDataWith((library) => must(library.importData(seedLibraryFile())));
    const dir = await makeTempDir('studio-library-file-');
    const colleague = seedLibraryFile();
    const later = '2030-01-01T00:00:00.000Z';
    const farhat = colleague.cases.find((c) => c.id === 'sample-farhat-meymankulyyev')!;
    Object.assign(farhat, { status: 'released', updatedAt: later });
    const bolot = colleague.cases.find((c) => c.id === 'sample-bolot-temirov')!;
    Object.assign(bolot, { ethnicity: 'Kyrgyz', updatedAt: later });
    const tihr = colleague.organisations.find((o) => o.id === 'sample-org-tihr')!;
    Object.assign(tihr, { abbreviation: 'TIHR (Vienna)', updatedAt: later });
    await writeFile(join(dir, 'colleague.json'), JSON.stringify(colleague));

    const dialogs = new FakeDialogs();
    const studio = await openStudio(browser, { userDataDir, dialogs });
    try {
      const { page } = studio;
      const panel = panelOf(page);
      dialogs.openPaths.push(join(dir, 'colleague.json'));
      await panel.getByRole('button', { name: 'Import library…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Import colleague.json: 3 records differ' });
      await expect.poll(() => dialog.locator('.lib-conflicts legend').allTextContents()).toEqual([
        'Case Farhat MEYMANKULYYEV',
        'Case Bolot Temirov',
        'Organisation Turkmen Initiative for Human Rights',
      ]);
      const farhatChoice = dialog.getByRole('group', { name: 'Case Farhat MEYMANKULYYEV' });
      expect(await farhatChoice.locator('.lib-conflict-fields').textContent()).toBe('Differs in: status');
      // Mine is the default.
      expect(await farhatChoice.getByRole('radio', { name: /^Keep mine/ }).isChecked()).toBe(true);
      await dialog.getByRole('button', { name: 'Take all theirs' }).click();
      await dialog.getByRole('group', { name: 'Case Bolot Temirov' }).getByRole('radio', { name: /^Keep mine/ }).check();
      await shot(studio, 'library-records-import-conflicts');
      await dialog.getByRole('button', { name: 'Import' }).click();
      await expect.poll(() => notice(panel)).toBe(
        'Imported colleague.json: added nothing; took 1 case and 1 organisation from the file; kept your 1 case; 28 records were already the same.',
      );

      await search(panel, 'Meymankulyyev');
      await panel.locator('.library-case-open').first().click();
      await expect.poll(() => detailFacts(panel)).toContain('Status\nreleased');
      await panel.getByRole('button', { name: '← Back to the list' }).click();
      await search(panel, 'Temirov');
      await panel.locator('.library-case-open').first().click();
      await expect.poll(() => panel.getByRole('heading', { name: 'Bolot Temirov' }).count()).toBe(1);
      expect(await detailFacts(panel)).not.toContain('Ethnicity');

      // Cancel imports nothing.
      Object.assign(bolot, { ethnicity: 'Kyrgyz', updatedAt: '2031-01-01T00:00:00.000Z' });
      await writeFile(join(dir, 'colleague.json'), JSON.stringify(colleague));
      dialogs.openPaths.push(join(dir, 'colleague.json'));
      await panel.getByRole('button', { name: 'Import library…' }).click();
      const again = page.getByRole('dialog', { name: 'Import colleague.json: 1 record differs' });
      await again.getByRole('radio', { name: /^Take theirs/ }).check();
      await again.getByRole('button', { name: 'Cancel' }).click();
      await expect.poll(() => again.count()).toBe(0);
      expect(await detailFacts(panel)).not.toContain('Ethnicity');
    } finally {
      await studio.close();
    }
  });

  it('lists the backups and restores one after a confirmation', async () => {
    const userDataDir = await userDataWith(
      (library) => {
        must(library.createCase({ ...emptyCaseDraft(), givenName: 'Rita', familyName: 'Karasartova', status: 'detained', nationality: 'KG' } satisfies CaseDraft));
      },
      { backup: true },
    );
    const studio = await openStudio(browser, { userDataDir });
    try {
      const { page } = studio;
      const panel = panelOf(page);
      // The case is deleted after the backup was made.
      await search(panel, 'Karasartova');
      await panel.locator('.library-case-open').first().click();
      await panel.getByRole('button', { name: 'Delete…' }).click();
      await page.getByRole('alertdialog', { name: 'Delete this case?' }).getByRole('button', { name: 'Delete case' }).click();
      await expect.poll(() => notice(panel)).toBe('Deleted the case of Rita KARASARTOVA.');

      await panel.getByRole('button', { name: 'Backups…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Library backups' });
      const today = new Date().toISOString().slice(0, 10);
      await expect.poll(() => dialog.locator('.lib-backups li').count()).toBe(1);
      expect(await dialog.locator('.lib-backup-when').textContent()).toBe(new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(today)));
      await shot(studio, 'library-records-backups');
      await dialog.getByRole('button', { name: /^Restore the backup of/ }).click();
      const confirm = page.getByRole('alertdialog', { name: 'Restore this backup?' });
      await confirm.getByRole('button', { name: 'Restore' }).click();
      await expect.poll(() => notice(panel)).toMatch(/^Restored the library from the backup of .*: it now holds 1 case\.$/);
      await expect.poll(() => dialog.count()).toBe(0);
      await search(panel, 'Karasartova');
      await expect.poll(() => caseNames(panel)).toEqual(['Rita KARASARTOVA']);

      // The library as it was before the restore became a backup too.
      await panel.getByRole('button', { name: 'Backups…' }).click();
      await expect.poll(() => dialog.locator('.lib-backups li').count()).toBe(2);
      expect(await dialog.locator('.lib-backups').innerText()).toContain('made before a restore');
      await press(page, 'Escape');
      await expect.poll(() => dialog.count()).toBe(0);
    } finally {
      await studio.close();
    }
  });

  it('offers the backups of a damaged library and brings one back, keeping the damaged file', async () => {
    const userDataDir = await userDataWith(
      (library) => {
        must(library.createCase({ ...emptyCaseDraft(), givenName: 'Rita', familyName: 'Karasartova', status: 'detained', nationality: 'KG' } satisfies CaseDraft));
      },
      { backup: true },
    );
    // Garbage over everything after the SQLite header: the library is refused at open.
    const path = join(userDataDir, 'library.sqlite');
    const damaged = readFileSync(path);
    for (let i = 100; i < damaged.length; i++) damaged[i] = (i * 131 + 17) % 256;
    writeFileSync(path, damaged);
    const studio = await openStudio(browser, { userDataDir });
    try {
      const { page } = studio;
      const panel = panelOf(page);
      await search(panel, 'Karasartova');
      await expect.poll(() => listMessage(panel)).toMatch(/library\.sqlite/);
      await panel.getByRole('button', { name: 'Backups…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Library backups' });
      await expect.poll(() => dialog.locator('.lib-backups li').count()).toBe(1);
      await dialog.getByRole('button', { name: /^Restore the backup of/ }).click();
      await page.getByRole('alertdialog', { name: 'Restore this backup?' }).getByRole('button', { name: 'Restore' }).click();
      await expect.poll(() => notice(panel)).toMatch(/^Restored the library from the backup of .*: it now holds 1 case\.$/);
      await search(panel, 'Karasartova ');
      await expect.poll(() => caseNames(panel)).toEqual(['Rita KARASARTOVA']);
      const kept = readdirSync(userDataDir).filter((name) => /^library\.sqlite\.damaged-[\dT-]+$/.test(name));
      expect(kept).toHaveLength(1);
      expect(readFileSync(join(userDataDir, kept[0]!)).equals(damaged)).toBe(true);
    } finally {
      await studio.close();
    }
  });
});
