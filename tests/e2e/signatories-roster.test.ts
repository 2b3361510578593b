import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseStatement } from '../../core/statement/parse.ts';
import { launchChromium, makeTempDir, openStudio, seededUserDataDir } from './harness.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const panelOf = (page: Page) => page.locator('.signatories-panel');
const listed = (page: Page) => panelOf(page).locator('li.signer').evaluateAll((rows) => rows.map((row) => row.getAttribute('aria-label')));

/** A sign-on form's answers: the same person as the roster's, by email, under the Turkmen spelling of the name. */
const SIGN_ONS = [
  'Timestamp,Email Address,Full name,Organisation,Position,Country,"Are you signing as an organisation, or as an individual?",I agree that my name is published',
  '2024/06/01 09:00,R.Kurbanov@AHRCA.example,Reýimberdi GURBANOW,AHRCA,researcher,France,As an individual,Yes',
  '2024/06/01 09:05,leila@example.org,Leila Nazarova,,journalist,Uzbekistan,As an individual,Yes',
].join('\r\n');

describe('the roster of people who sign', () => {
  it('saves a new individual to the library from one statement, adds them to another by a variant spelling, and recognises them in a sign-on file by email', async () => {
    const userDataDir = await seededUserDataDir();
    const dir = await makeTempDir();
    const first = join(dir, 'first.statement');
    const csv = join(dir, 'signons.csv');
    await writeFile(csv, SIGN_ONS);
    const studio = await openStudio(browser, { userDataDir });
    try {
      const { page } = studio;
      const panel = panelOf(page);

      // Statement 1: a new individual, saved to the library's people.
      await panel.getByRole('button', { name: '+ Individual' }).click();
      const person = page.getByRole('dialog', { name: 'Add an individual' });
      await person.getByLabel('Given name').fill('Reyimberdy');
      await person.getByLabel('Family name').fill('Kurbanov');
      await person.getByLabel('Role or title').fill('researcher on Turkmenistan');
      await person.getByLabel('Organisation').fill('Association for Human Rights in Central Asia');
      await person.getByLabel('Email').fill('r.kurbanov@ahrca.example');
      await person.getByLabel('Save to the library’s people too').check();
      await person.getByRole('button', { name: 'Add', exact: true }).click();
      await expect.poll(() => person.count()).toBe(0);
      expect(await listed(page)).toEqual(['Reyimberdy KURBANOV']);
      const roster = await studio.library.listSigners('Kurbanov');
      expect(roster.ok && roster.value.map((p) => [p.givenName, p.familyName, p.role, p.email])).toEqual([['Reyimberdy', 'Kurbanov', 'researcher on Turkmenistan', 'r.kurbanov@ahrca.example']]);
      const personId = roster.ok ? roster.value[0]!.id : '';
      await panel.getByRole('button', { name: 'Edit Reyimberdy KURBANOV' }).click();
      const edit = page.getByRole('dialog', { name: 'Edit Reyimberdy Kurbanov' });
      expect(await edit.getByText('Linked to the library’s record of this person.').count()).toBe(1);
      await edit.getByRole('button', { name: 'Cancel' }).click();

      // Saving someone the library has already (same name in another spelling) links to that record rather than making a second one.
      await panel.getByRole('button', { name: '+ Individual' }).click();
      await person.getByLabel('Given name').fill('Reimberdi');
      await person.getByLabel('Family name').fill('KURBANOV');
      await person.getByLabel('Save to the library’s people too').check();
      await expect.poll(() => person.locator('.duplicate-notice').allInnerTexts()).toEqual([
        'Already on the list: Reyimberdy Kurbanov (same name).',
        expect.stringMatching(/^Already in the library: Reyimberdy Kurbanov \(same name\)\. The signer will be linked to that record\./),
      ]);
      await person.getByRole('button', { name: 'Cancel' }).click();

      studio.dialogs.savePaths.push(first);
      await studio.emit('command', { id: 'file.save' });
      await expect.poll(async () => (await readFile(first, 'utf8').catch(() => '')).length > 0).toBe(true);
      const saved = parseStatement(await readFile(first, 'utf8'));
      expect(saved.ok && saved.value.signatories).toMatchObject([{ kind: 'individual', familyName: 'Kurbanov', personId, email: 'r.kurbanov@ahrca.example' }]);

      // Statement 2: a new one, empty.
      await studio.emit('command', { id: 'file.new' });
      await expect.poll(() => listed(page)).toEqual([]);

      // The sign-on file: the first row has Kurbanov's email (in other letters' case) under another spelling: a duplicate of the roster.
      await panel.getByRole('button', { name: 'Import CSV…' }).click();
      const importing = page.getByRole('dialog', { name: /^Import sign-ons/ });
      await importing.getByLabel('Sign-on file (CSV)').setInputFiles(csv);
      await importing.getByRole('button', { name: 'Preview' }).click();
      const table = importing.getByRole('table', { name: 'Rows of the file' });
      await table.waitFor();
      expect(await table.locator('tr[data-line="2"]').innerText()).toMatch(/In the library as Reyimberdy Kurbanov \(same email\)/);
      expect(await table.locator('tr[data-line="3"]').innerText()).toMatch(/Leila Nazarova[\s\S]*Add/);
      expect(await importing.locator('.import-summary').innerText()).toMatch(/1 in the library/);
      expect(await importing.getByLabel('What to do with line 2').inputValue()).toBe('merge');
      await studio.screenshot('signatories-roster-import');
      await importing.getByRole('button', { name: /^Import / }).click();
      await expect.poll(() => importing.count()).toBe(0);
      expect(await listed(page)).toEqual(['Reýimberdi GURBANOW', 'Leila NAZAROVA']);

      // From library…, People: found by a variant spelling; the imported row was linked to the same record, so it is named as on the list.
      await panel.getByRole('button', { name: 'From library…' }).click();
      const organisations = page.getByRole('dialog', { name: 'Add an organisation from the library' });
      await organisations.getByRole('radio', { name: 'People' }).check();
      const library = page.getByRole('dialog', { name: 'Add a person from the library' });
      await library.getByRole('combobox', { name: 'Search people' }).fill('Курбанов Реимберды');
      await expect.poll(() => library.getByRole('option').allInnerTexts()).toEqual([expect.stringMatching(/^Reyimberdy Kurbanov\s+researcher on Turkmenistan · Association for Human Rights in Central Asia · r\.kurbanov@ahrca\.example$/)]);
      await library.getByRole('option').click();
      await expect.poll(() => library.getByRole('alert').innerText()).toMatch(/^Reyimberdy Kurbanov is already on the list as Reýimberdi GURBANOW \(added from the same library record\)\./);
      await studio.screenshot('signatories-roster-from-library');

      // Taken out of the list, Kurbanov is added from the library under the roster's spelling, linked to the record.
      await library.getByRole('button', { name: 'Done' }).click();
      await panel.getByRole('button', { name: 'Remove Reýimberdi GURBANOW' }).click();
      await expect.poll(() => listed(page)).toEqual(['Leila NAZAROVA']);
      await panel.getByRole('button', { name: 'From library…' }).click();
      await organisations.getByRole('radio', { name: 'People' }).check();
      await library.getByRole('combobox', { name: 'Search people' }).fill('Reimberdi KURBANOV');
      await expect.poll(() => library.getByRole('option').count()).toBe(1);
      await library.getByRole('option').click();
      await expect.poll(() => library.locator('p[role="status"]').innerText()).toBe('Added Reyimberdy Kurbanov (invited).');
      await library.getByRole('button', { name: 'Done' }).click();
      expect(await listed(page)).toEqual(['Leila NAZAROVA', 'Reyimberdy KURBANOV']);
      // The roster was not touched by either statement: one person, one record.
      const after = await studio.library.listSigners('');
      expect(after.ok && after.value.length).toBe(1);

      // The Library panel's People tab: found by another spelling, read with the email, edited.
      const libraryPanel = page.getByRole('region', { name: 'Library' });
      await libraryPanel.getByRole('tab', { name: 'People' }).click();
      await libraryPanel.getByLabel('Search people').fill('Kurbanow');
      await expect.poll(() => libraryPanel.locator('.lib-record-open').count()).toBe(1);
      await libraryPanel.locator('.lib-record-open').click();
      await expect.poll(() => libraryPanel.locator('.lib-facts').innerText()).toMatch(/Email\s+r\.kurbanov@ahrca\.example/);
      await libraryPanel.getByRole('button', { name: 'Edit', exact: true }).click();
      const editor = page.getByRole('dialog', { name: 'Edit person: Reyimberdy Kurbanov' });
      await editor.getByLabel('Role or title').fill('director');
      await editor.getByRole('button', { name: 'Save person' }).click();
      await expect.poll(() => editor.count()).toBe(0);
      await expect.poll(() => libraryPanel.locator('.lib-facts').innerText()).toMatch(/Role or title\s+director/);
      await libraryPanel.scrollIntoViewIfNeeded();
      await studio.screenshot('signatories-roster-library-people');
    } finally {
      await studio.close();
    }
  });
});
