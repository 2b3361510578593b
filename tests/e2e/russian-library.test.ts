import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openStudio, seededUserDataDir } from './harness.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const panelOf = (page: Page) => page.locator('.library-panel');
const dialogNamed = (page: Page, name: string | RegExp) => page.getByRole('dialog', { name });

/** Words in Latin letters that a Russian interface shows and that are not the records' own names, nor keys and formats. */
const ALWAYS_LATIN = new Set(['Ctrl', 'Enter', 'Esc', 'JSON', 'Email', 'email', 'http', 'https', 'mailto', 'ISO', 'TM', 'ru', 'uz', 'Latn', 'kk', 'tk']);
async function englishWords(area: Locator, names: ReadonlyArray<string> = []): Promise<string[]> {
  const allowed = new Set([...ALWAYS_LATIN, ...names.flatMap((name) => name.split(/[^\p{L}]+/u))]);
  const text = await area.innerText();
  return (text.match(/\p{Script=Latin}{2,}/gu) ?? []).filter((word) => !allowed.has(word));
}

/** The names the list shows (records' own data, which stays as written). */
const shownNames = (area: Locator, selector: string) => area.locator(selector).allInnerTexts();

describe('the Library panel in a Russian interface', () => {
  it('searches, filters, opens and edits a case in Russian, and turns English at a switch without a reload', async () => {
    const studio = await openStudio(browser, { userDataDir: await seededUserDataDir(), osLanguages: ['ru-RU'] });
    try {
      const { page } = studio;
      const panel = panelOf(page);
      await expect.poll(() => panel.getByRole('status').textContent()).toBe('Здесь появятся дела, с которыми вы работаете.');
      expect(await panel.getByRole('tab').allInnerTexts()).toEqual(expect.arrayContaining(['Дела', 'Организации', 'Люди', 'Сноски']));

      const search = panel.getByRole('searchbox', { name: 'Поиск по библиотеке дел' });
      expect(await search.getAttribute('placeholder')).toBe('Имя, статья, место…');
      await search.pressSequentially('Meymankul');
      await expect.poll(() => shownNames(panel, '.library-case-name')).toContain('Farhat MEYMANKULYYEV');
      const row = panel.locator('.library-case-list li', { hasText: 'Farhat MEYMANKULYYEV' });
      expect(await row.locator('.library-case-status').textContent()).toMatch(/^экстрадирован · .*Туркменистан/);
      expect(await panel.locator('.library-panel-heading').innerText()).toMatch(/^Найдено\s+\d+$/);
      await panel.getByRole('button', { name: /^Фильтры/ }).click();
      const filters = panel.getByRole('group', { name: 'Фильтры' });
      expect(await filters.getByLabel('Статус').locator('option').first().textContent()).toBe('любой');
      await filters.getByLabel('События с').fill('2023-13');
      await expect.poll(() => filters.locator('.lib-error').innerText()).toBe('Такой даты в календаре нет.');
      expect(await panel.locator('.lib-results-note').innerText()).toBe('Исправьте дату в фильтре, чтобы искать.');
      await studio.screenshot('russian-library-case-filters');
      // Only option lists, names and "Ctrl"/"Esc" may be in Latin letters.
      expect(await englishWords(panel, ['Farhat MEYMANKULYYEV', 'Meymankul'])).toEqual([]);
      await filters.getByLabel('События с').fill('2023');
      await panel.getByRole('button', { name: /^Фильтры/ }).click();
      await expect.poll(() => panel.locator('.lib-filter-summary').innerText()).toBe('Отобрано: с 2023 Сбросить');

      await row.locator('button.library-case-open').click();
      const detail = panel.locator('.lib-detail-frame');
      await expect.poll(() => detail.getByRole('button', { name: 'Изменить' }).count()).toBe(1);
      expect(await detail.getByRole('button', { name: '← К списку' }).count()).toBe(1);
      expect(await detail.locator('.lib-updated').innerText()).toMatch(/^Изменено \d{1,2} [а-я]+ \d{4} г\., \d\d:\d\d$/);
      await studio.screenshot('russian-library-case-detail');
      expect(await englishWords(detail, await caseDataWords(detail))).toEqual([]);

      await detail.getByRole('button', { name: 'Изменить' }).click();
      const editor = dialogNamed(page, 'Правка дела: Farhat MEYMANKULYYEV');
      await editor.waitFor();
      expect(await editor.getByRole('button', { name: 'Сохранить дело' }).count()).toBe(1);
      expect(await editor.getByLabel('Статус').locator('option:checked').textContent()).toBe('экстрадирован');
      await editor.getByRole('button', { name: '+ Добавить событие' }).click();
      const event = editor.getByRole('group', { name: /^Событие \d+$/ }).last();
      await event.getByLabel('Дата').fill('2023-02-30');
      await editor.getByRole('button', { name: 'Сохранить дело' }).click();
      await expect.poll(() => event.locator('.lib-error').innerText()).toBe('Такой даты в календаре нет.');
      expect(await editor.getByRole('alert').first().innerText()).toBe('Одно поле требует внимания: см. сообщения красным. Пока ничего не сохранено.');
      await studio.screenshot('russian-library-case-editor');
      expect(await englishWords(editor, await editorDataWords(editor))).toEqual([]);

      await editor.getByRole('button', { name: 'Отмена' }).click();
      const discard = page.getByRole('alertdialog', { name: 'Отменить изменения?' });
      expect(await discard.innerText()).toContain('Изменения не сохранены: дело Farhat MEYMANKULYYEV.');
      await discard.getByRole('button', { name: 'Отменить изменения' }).click();
      await expect.poll(() => page.getByRole('dialog').count()).toBe(0);

      // The writer switches to English in View > Interface Language: the panel follows at once.
      await studio.emit('ui-locale', 'en');
      await expect.poll(() => detail.getByRole('button', { name: 'Edit' }).count()).toBe(1);
      expect(await detail.getByRole('button', { name: '← Back to the list' }).count()).toBe(1);
      await detail.getByRole('button', { name: '← Back to the list' }).click();
      await expect.poll(() => panel.getByRole('searchbox', { name: 'Search the case library' }).count()).toBe(1);
      expect(await panel.getByRole('tab').allInnerTexts()).toEqual(expect.arrayContaining(['Cases', 'Organisations', 'People', 'Notes']));
      expect(await panel.locator('.library-case-status').first().textContent()).toMatch(/^extradited/);
      expect(await panel.locator('.lib-filter-summary').innerText()).toBe('Filtered: from 2023 Clear');
      await studio.emit('ui-locale', 'ru');
      await expect.poll(() => panel.locator('.lib-filter-summary').innerText()).toBe('Отобрано: с 2023 Сбросить');
    } finally {
      await studio.close();
    }
  });

  it('shows organisations, people and notes, their editors and the library file dialogs in Russian', async () => {
    const studio = await openStudio(browser, { userDataDir: await seededUserDataDir(), osLanguages: ['ru-RU'] });
    try {
      const { page } = studio;
      const panel = panelOf(page);
      await panel.getByRole('tab', { name: 'Организации' }).click();
      const organisations = panel.getByRole('list', { name: 'Организации' });
      await organisations.locator('button.lib-record-open').first().waitFor();
      const orgNames = await shownNames(organisations, '.lib-record-name');
      const orgLines = await shownNames(organisations, '.lib-record-line');
      // Places are said in Russian: "Австрия", «работает в эмиграции: Австрия».
      expect(orgLines.join(' ')).toMatch(/[А-Яа-яЁё]/);
      expect(await englishWords(panel, orgNames)).toEqual([]);
      await studio.screenshot('russian-library-organisations');

      await panel.getByRole('button', { name: '+ Новая организация' }).click();
      const orgEditor = dialogNamed(page, 'Новая организация');
      await orgEditor.getByRole('button', { name: '+ Добавить название на другом языке' }).click();
      expect(await orgEditor.getByRole('group', { name: 'Название 1' }).getByLabel('Родительный падеж').count()).toBe(1);
      await orgEditor.getByRole('button', { name: 'Создать организацию' }).click();
      await expect.poll(() => orgEditor.locator('.lib-error').allInnerTexts()).toContain('У организации должно быть полное название.');
      await studio.screenshot('russian-library-organisation-editor');
      expect(await englishWords(orgEditor)).toEqual([]);
      await orgEditor.getByRole('button', { name: 'Отмена' }).click();
      await page.getByRole('alertdialog', { name: 'Отменить изменения?' }).getByRole('button', { name: 'Отменить изменения' }).click();

      await panel.getByRole('tab', { name: 'Люди' }).click();
      await panel.getByRole('button', { name: '+ Добавить человека' }).click();
      const personEditor = dialogNamed(page, 'Новый человек');
      expect(await personEditor.getByText('Хранится в библиотеке; никогда не печатается и не экспортируется с заявлением').count()).toBe(1);
      await studio.screenshot('russian-library-person-editor');
      expect(await englishWords(personEditor)).toEqual([]);
      await page.keyboard.press('Escape');

      await panel.getByRole('tab', { name: 'Сноски' }).click();
      await panel.getByRole('button', { name: '+ Новая сноска' }).click();
      const noteEditor = dialogNamed(page, 'Новая сноска');
      const toolbar = noteEditor.getByRole('toolbar', { name: 'Оформление сноски' });
      expect(await toolbar.getByRole('button').allInnerTexts()).toEqual(['Ж', 'К', 'Ч', 'Ссылка…']);
      expect(await toolbar.getByRole('button', { name: 'Полужирный' }).getAttribute('title')).toBe('Полужирный (Ctrl+B)');
      await studio.screenshot('russian-library-note-editor');
      expect(await englishWords(noteEditor)).toEqual([]);
      await page.keyboard.press('Escape');

      await panel.getByRole('button', { name: 'Резервные копии…' }).click();
      const backups = dialogNamed(page, 'Резервные копии библиотеки');
      // The list arrives from the library's worker a moment after the dialog opens.
      await expect.poll(() => backups.innerText()).toContain('Резервных копий пока нет.');
      await studio.screenshot('russian-library-backups');
      expect(await englishWords(backups)).toEqual([]);
      await backups.getByRole('button', { name: 'Закрыть' }).click();

      await panel.getByRole('button', { name: 'Экспорт библиотеки…' }).click();
      const exporting = dialogNamed(page, 'Экспорт библиотеки');
      expect(await exporting.getByRole('checkbox', { name: 'Включить конфиденциальные дела' }).isChecked()).toBe(false);
      await studio.screenshot('russian-library-export');
      expect(await englishWords(exporting)).toEqual([]);
      await exporting.getByRole('button', { name: 'Отмена' }).click();
      await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    } finally {
      await studio.close();
    }
  });

  it('lists the export preflight’s findings in Russian', async () => {
    const studio = await openStudio(browser, { osLanguages: ['ru-RU'] });
    try {
      await studio.emit('command', { id: 'file.export' });
      const findings = studio.page.locator('.export-dialog .preflight-list li');
      await expect.poll(() => findings.allInnerTexts()).toEqual([
        expect.stringMatching(/У заявления нет заголовка\.$/),
        expect.stringMatching(/У заявления нет даты\.$/),
        expect.stringMatching(/Заявление пока никто не подписал\.$/),
      ]);
      await studio.screenshot('russian-library-export-preflight');
    } finally {
      await studio.close();
    }
  });
});

/** The Latin words of a case's own data in its detail view: the name, other spellings, places, sources, tags. */
async function caseDataWords(detail: Locator): Promise<string[]> {
  const parts = await Promise.all([
    detail.locator('.lib-detail-title').allInnerTexts(),
    detail.locator('.lib-plain-list li').allInnerTexts(),
    detail.locator('.lib-timeline-what, .lib-timeline-text').allInnerTexts(),
    detail.locator('.lib-tag, dd').allInnerTexts(),
    detail.locator('.lib-article-text').allInnerTexts(),
  ]);
  return parts.flat();
}

/** The Latin words an editor holds as the record's values (inputs are not in innerText, but legends of rows and previews are). */
async function editorDataWords(editor: Locator): Promise<string[]> {
  return [...(await editor.locator('h2, .lib-preview strong').allInnerTexts()), 'Мейманкулыев', 'Meýmankulyýew'];
}
