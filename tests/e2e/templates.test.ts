import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseStatement } from '../../core/statement/parse.ts';
import { launchChromium, makeTempDir, openStudio, seededUserDataDir, type Studio } from './harness.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const body = (studio: Studio) => studio.page.locator('.st-content').innerText();

describe('templates and annual editions', () => {
  it('makes the 26 June statement from its template, then next year’s edition, leaving last year’s file alone', async () => {
    const studio = await openStudio(browser, { userDataDir: await seededUserDataDir() });
    const dir = await makeTempDir();
    const file = join(dir, 'june-26-2024.statement');
    try {
      const { page } = studio;
      await studio.emit('command', { id: 'file.newFromTemplate' });
      const dialog = page.getByRole('dialog');
      const names = () => dialog.getByRole('list', { name: 'Templates' }).locator('strong').allInnerTexts();
      await expect.poll(names).toEqual(expect.arrayContaining(['26 June joint statement (English)', 'Совместное заявление к 26 июня (русский)']));
      expect((await names()).length).toBe(6);
      await studio.screenshot('templates-choose');
      await dialog.getByRole('button', { name: /^26 June joint statement \(English\)/ }).click();

      // The form made from the template's variables: defaults filled, the rest typed or picked.
      await expect.poll(() => dialog.getByLabel('Region').inputValue()).toBe('Central Asia');
      await dialog.getByLabel('Date of the statement').fill('2024-06-26');
      await dialog.getByLabel('City of the dateline').fill('Bishkek');
      await dialog.getByLabel('Organisations issuing the statement').fill('Norwegian Helsinki Committee (NHC)\nInternational Partnership for Human Rights (IPHR)');
      await dialog.getByLabel('Cases to name').fill('Kholiqnazarov');
      await dialog.getByRole('button', { name: '+ Manuchehr Kholiknazarov' }).click();
      await expect.poll(() => dialog.getByRole('list', { name: 'Chosen cases' }).innerText()).toMatch(/Manuchehr Kholiknazarov/);
      await studio.screenshot('templates-form');
      await dialog.getByRole('button', { name: 'Create the statement' }).click();
      await expect.poll(() => dialog.count()).toBe(0);

      await expect.poll(() => page.getByPlaceholder('Title of the statement').inputValue()).toBe('Victims of torture in Central Asia are still waiting for justice');
      const text = await body(studio);
      expect(text).toMatch(/Today, on the 27th UN International Day in Support of Victims of Torture,1 Norwegian Helsinki Committee \(NHC\) and International Partnership for Human Rights \(IPHR\) stand with/);
      expect(text).toMatch(/It is 37 years since the UN Convention against Torture came into force/);
      expect(text).toContain('Yet in 2024 people are still beaten');
      expect(await page.locator('.st-content .st-case').allInnerTexts()).toEqual([expect.stringMatching(/^Manuchehr Kholiknazarov/)]);
      // Left empty, the survivor's words stay a marked place to fill in.
      expect(await page.locator('.st-content .st-variable').allInnerTexts()).toEqual(expect.arrayContaining(["A survivor's words", 'Who said them']));
      await studio.screenshot('templates-created');

      studio.dialogs.savePaths.push(file);
      await studio.emit('command', { id: 'file.save' });
      await page.locator('.status-bar', { hasText: 'Saved to' }).waitFor();

      // Next year's edition: the changes first, then a new untitled statement.
      await studio.emit('command', { id: 'file.newEdition' });
      const edition = page.getByRole('dialog', { name: 'New edition of this statement' });
      expect(await edition.getByLabel('Year of the new edition').inputValue()).toBe('2025');
      const changes = await edition.getByRole('list', { name: 'Changes' }).locator('li').allInnerTexts();
      expect(changes.join('\n')).toMatch(/26 June 2024\s*→\s*26 June 2025/);
      expect(changes.join('\n')).toMatch(/27th\s*→\s*28th/);
      await studio.screenshot('templates-edition');
      await edition.getByRole('button', { name: 'Create the new edition' }).click();
      await expect.poll(() => body(studio)).toMatch(/Today, on the 28th UN International Day/);
      expect(await body(studio)).toContain('Yet in 2025 people are still beaten');
      expect(await page.getByLabel('Date', { exact: true }).inputValue()).toBe('2025-06-26');
      expect(studio.windowStates.at(-1)).toMatchObject({ title: 'Untitled', dirty: true });

      const saved = parseStatement(await readFile(file, 'utf8'));
      expect(saved.ok && saved.value.meta.date).toBe('2024-06-26');
    } finally {
      await studio.close();
    }
  });
});
