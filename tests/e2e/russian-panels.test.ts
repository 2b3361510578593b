import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openStudio, press, RESULTS_DIR, seededUserDataDir, type Studio } from './harness.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const FIXTURES = join(import.meta.dirname, '../fixtures/signatories');

/**
 * What a panel says in its own words: its text, titles, labels and placeholders, without
 * what comes from the statement and the library (names, roles, case text, the printed block
 * and lead sentence, which are in the statement's language).
 */
async function interfaceText(panel: Locator, leaveOut = ''): Promise<string> {
  return panel.evaluate((element, leaveOut) => {
    const copy = element.cloneNode(true) as HTMLElement;
    const data = `${leaveOut}${leaveOut ? ', ' : ''}.signer-name, .signer-details, .signer-status-line, .case-name, .block-section, .lead-sentence-preview p[lang], .footnote-entry, .outline button`;
    // Names also stand in labels ("Статус: Norwegian Helsinki Committee (NHC)"): taken out there too.
    const names = [...copy.querySelectorAll('li.signer')].map((row) => row.getAttribute('aria-label') ?? '');
    for (const node of copy.querySelectorAll(data)) {
      names.push(node.textContent ?? '');
      node.remove();
    }
    const attributes = [...copy.querySelectorAll('[title], [aria-label], [placeholder]')].flatMap((node) =>
      ['title', 'aria-label', 'placeholder'].map((name) => node.getAttribute(name) ?? ''),
    );
    const texts: string[] = [];
    const walker = document.createTreeWalker(copy, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) texts.push(walker.currentNode.textContent ?? '');
    let text = [...texts, ...attributes].join(' ');
    for (const name of names.filter((n) => n.trim() !== '').sort((x, y) => y.length - x.length)) text = text.split(name).join(' ');
    return text;
  }, leaveOut);
}

/** Latin words left in a Russian panel, less the few that are names in any language (keys, formats; single letters are keys and glyphs). */
const ALLOWED = new Set(['CSV', 'Ctrl', 'Alt', 'Shift', 'e-mail', 'NHC']);
function englishWords(text: string): string[] {
  return [...new Set(text.match(/[A-Za-z][A-Za-z-]+/g) ?? [])].filter((word) => !ALLOWED.has(word));
}

async function shoot(panel: Locator, name: string): Promise<void> {
  await panel.scrollIntoViewIfNeeded();
  await panel.screenshot({ path: join(RESULTS_DIR, `${name}.png`) });
}

const panel = (page: Page, name: string) => page.locator(`.${name}-panel`);
const outline = (page: Page) => page.locator('section[aria-labelledby="outline-title"]');

async function writeStatement(studio: Studio) {
  const { page } = studio;
  await page.locator('.st-content').click();
  await page.getByRole('toolbar', { name: 'Форматирование' }).getByRole('combobox', { name: 'Тип абзаца' }).selectOption({ label: 'Заголовок 2' });
  await page.keyboard.type('Возвращены против воли');
  await press(page, 'Enter');
  await page.keyboard.type('Организации призывают власти прекратить депортации');
  await press(page, 'Control+Alt+f');
  await page.keyboard.type('Доклад Комитета против пыток, 2023 год.');
  await page.locator('.st-content p').first().click();
  await press(page, 'End');
  await press(page, 'Control+Alt+f');
  // Back in the text, a paragraph under the heading for the case.
  await page.locator('.st-content h2').click();
  await press(page, 'End');
  await press(page, 'Enter');
  await page.keyboard.type('Среди них ');
}

async function insertCase(studio: Studio) {
  const { page } = studio;
  await studio.emit('command', { id: 'insert.case' });
  const dialog = page.getByRole('dialog', { name: 'Вставить дело из библиотеки' });
  await dialog.getByRole('combobox', { name: 'Поиск дел' }).pressSequentially('Farhat');
  await dialog.getByRole('radio', { name: 'Предложением' }).check();
  await expect.poll(() => dialog.getByRole('region', { name: 'Предпросмотр' }).innerText()).not.toMatch(/Выберите дело|загружается/);
  expect(await dialog.getByRole('group').first().innerText()).toContain('Как вставить');
  await studio.screenshot('russian-cases-insert');
  await dialog.getByRole('button', { name: 'Вставить' }).click();
  await expect.poll(() => dialog.count()).toBe(0);
}

async function addSignatories(studio: Studio) {
  const { page } = studio;
  const signatories = panel(page, 'signatories');
  await signatories.getByRole('button', { name: 'Из библиотеки…' }).click();
  const library = page.getByRole('dialog', { name: 'Добавить организацию из библиотеки' });
  await library.getByRole('combobox', { name: 'Поиск организаций' }).fill('Norwegian');
  await expect.poll(() => library.getByRole('option').count()).toBe(1);
  expect(await library.getByRole('option').innerText()).toContain('Норвегия');
  await library.getByRole('option').click();
  await expect.poll(() => library.locator('p[role="status"]').innerText()).toBe('Добавлено: NHC (статус «приглашение»).');
  await library.getByRole('option').click();
  await expect.poll(() => library.getByRole('alert').innerText()).toMatch(/уже в списке как NHC \(добавлен\(а\) из той же карточки библиотеки\)/);
  await studio.screenshot('russian-signatories-from-library');
  await library.getByRole('button', { name: 'Готово' }).click();

  await signatories.getByRole('button', { name: 'Импорт CSV…' }).click();
  const importing = page.getByRole('dialog', { name: /^Импорт подписей · 1\. Выбор файла/ });
  await importing.getByLabel('Файл с подписями (CSV)').setInputFiles(join(FIXTURES, 'signons-comma-bom.csv'));
  const columns = page.getByRole('dialog', { name: /^Импорт подписей · 2\. Столбцы/ });
  await expect.poll(() => columns.innerText()).toMatch(/signons-comma-bom\.csv: \d+\s(строка|строки|строк), разделитель — запятая/);
  await studio.screenshot('russian-signatories-import-columns');
  await columns.getByRole('button', { name: 'Предпросмотр' }).click();
  const preview = page.getByRole('dialog', { name: /^Импорт подписей · 3\. Предпросмотр/ });
  await expect.poll(() => preview.getByRole('status').first().innerText()).toMatch(/^\d+\s(строка|строки|строк): новых — \d+/);
  const rowsText = await preview.getByRole('table', { name: 'Строки файла' }).innerText();
  expect(rowsText).toMatch(/Тот же подписант, что в строке 3 \(тот же адрес эл\. почты\)/);
  // The reasons a row is skipped or refused, and its warnings, worded by the import's worker in Russian too.
  expect(rowsText).toContain('Пропущено: нет согласия на публикацию («No»)');
  expect(rowsText).toMatch(/Не импортируется: в строке 6\sполей, а в заголовке — 8 \(возможно, пропущен разделитель или кавычка\)/);
  expect(rowsText).toContain('Не импортируется: поле в кавычках, которое начинается в этой строке, не закрыто');
  expect(rowsText).toContain('поле «Full name» начинается с «=» — электронная таблица выполнила бы его как формулу');
  await studio.screenshot('russian-signatories-import-preview');
  await preview.getByRole('button', { name: /^Импортировать новых: \d+/ }).click();
  await expect.poll(() => signatories.getByRole('status').first().innerText()).toMatch(/^Импорт завершён: подписантов добавлено: \d+/);

  // The add dialogs, their labels and hints in Russian.
  await signatories.getByRole('button', { name: '+ Частное лицо' }).click();
  const individual = page.getByRole('dialog', { name: 'Добавить частное лицо' });
  expect(await individual.getByLabel('Фамилия').count()).toBe(1);
  await individual.getByRole('checkbox', { name: 'Сохранить также в людях библиотеки' }).check();
  await studio.screenshot('russian-signatories-individual');
  await individual.getByRole('button', { name: 'Отмена' }).click();
  await signatories.getByRole('button', { name: '+ Организация' }).click();
  const organisation = page.getByRole('dialog', { name: 'Добавить организацию' });
  expect(await organisation.getByRole('group', { name: 'В заявлениях на русском' }).innerText()).toContain('Родительный падеж (по заявлению …)');
  await studio.screenshot('russian-signatories-organisation');
  await organisation.getByRole('button', { name: 'Отмена' }).click();

  // A status changed in the list: the undo step and the date in Russian.
  const nhc = signatories.getByRole('listitem', { name: 'Norwegian Helsinki Committee (NHC)', exact: true });
  await nhc.getByRole('combobox', { name: 'Статус: Norwegian Helsinki Committee (NHC)' }).selectOption({ label: 'Отказ' });
  await nhc.getByRole('button', { name: 'Сохранить пометку' }).click();
  expect(await nhc.locator('.signer-status-line').innerText()).toMatch(/^отказ \d{1,2} [а-я]+\.? \d{4} г\./);
  expect(await signatories.getByRole('button', { name: 'Отменить' }).getAttribute('title')).toBe('Отменить: Отказ: NHC (Ctrl+Z)');
}

describe('the side panels in Russian', () => {
  it('shows the toolbar and the footnotes, cases, signatories and outline panels in Russian, with no English left, and turns them English when the interface language is switched', async () => {
    const userDataDir = await seededUserDataDir();
    const studio = await openStudio(browser, { userDataDir, osLanguages: ['ru-RU'] });
    try {
      const { page } = studio;
      const toolbar = page.getByRole('toolbar', { name: 'Форматирование' });
      await toolbar.waitFor();
      expect(await page.locator('.st-placeholder').innerText()).toBe('Напишите заявление…');
      await writeStatement(studio);
      await insertCase(studio);
      await addSignatories(studio);

      // The link dialog, refusing an address that is no link, in Russian.
      await page.locator('.st-content h2').click();
      await press(page, 'Home');
      await press(page, 'Shift+End');
      await toolbar.getByRole('button', { name: 'Ссылка' }).click();
      const link = page.getByRole('dialog', { name: 'Ссылка' });
      await link.getByLabel('Адрес ссылки').fill('javascript:alert(1)');
      await link.getByRole('button', { name: 'Добавить ссылку' }).click();
      expect(await link.getByRole('alert').innerText()).toBe('Введите веб-адрес (http или https) или адрес электронной почты.');
      await studio.screenshot('russian-link-dialog');
      await link.getByRole('button', { name: 'Отмена' }).click();

      // The toolbar: every button named in Russian.
      expect(await toolbar.getByRole('button', { name: 'Полужирный' }).getAttribute('title')).toBe('Полужирный (Ctrl+B)');
      expect(englishWords(await interfaceText(toolbar)), 'English in the toolbar').toEqual([]);

      // Footnotes: two notes, one empty, which the checks flag; the panel's own words in Russian.
      const footnotes = panel(page, 'footnotes');
      await expect.poll(() => footnotes.locator('h2').textContent()).toBe('Сноски 2');
      expect(await footnotes.getByRole('button', { name: 'Изменить сноску 1' }).innerText()).toBe('Доклад Комитета против пыток, 2023 год.');
      await footnotes.getByRole('button', { name: 'Сохранить сноску 2 в библиотеку' }).click();
      expect(await footnotes.getByRole('status').innerText()).toBe('Сноска 2 пуста: сохранять нечего.');
      expect(await page.locator('.st-footnote-marker').first().getAttribute('aria-label')).toBe('Сноска 1');

      // Cases: the inserted case, how it stands, in Russian.
      const cases = panel(page, 'cases');
      expect(await cases.locator('h2').textContent()).toBe('Дела 1');
      await expect.poll(() => cases.locator('.case-note').innerText()).toBe('предложение · актуально');

      // Outline: the heading and the length with Russian plural forms.
      await expect.poll(() => outline(page).getByLabel('Объём').innerText(), { timeout: 5000 }).toMatch(/^\d+\s(слово|слова|слов) · [\d\s]+\s(знак|знака|знаков)$/);

      const signatories = panel(page, 'signatories');
      expect(await signatories.locator('h2').textContent()).toMatch(/^Подписанты \d+$/);
      expect(await signatories.getByRole('list', { name: 'Подписанты по статусу' }).innerText()).toMatch(/1\sотказался/);

      for (const [name, locator] of [
        ['footnotes', footnotes],
        ['cases', cases],
        ['signatories', signatories],
        ['outline', outline(page)],
      ] as const) {
        expect(englishWords(await interfaceText(locator)), `English in the ${name} panel`).toEqual([]);
        await shoot(locator, `russian-panel-${name}`);
      }
      await shoot(toolbar, 'russian-toolbar');

      // View > Interface Language > English: the same panels in English, without a reload.
      await page.evaluate(() => ((window as unknown as { beforeSwitch: boolean }).beforeSwitch = true));
      await studio.emit('ui-locale', 'en');
      await expect.poll(() => footnotes.locator('h2').textContent()).toBe('Footnotes 2');
      expect(await cases.locator('h2').textContent()).toBe('Cases 1');
      expect(await cases.locator('.case-note').innerText()).toBe('sentence · up to date');
      expect(await signatories.locator('h2').textContent()).toMatch(/^Signatories \d+$/);
      expect(await signatories.getByRole('list', { name: 'Signatories by status' }).innerText()).toMatch(/1\sdeclined/);
      expect(await outline(page).locator('h2').textContent()).toBe('Outline');
      expect(await outline(page).getByLabel('Length').innerText()).toMatch(/^\d+ words · [\d,]+ characters$/);
      expect(await page.getByRole('toolbar', { name: 'Formatting' }).getByRole('button', { name: 'Bold' }).getAttribute('title')).toBe('Bold (Ctrl+B)');
      expect(await page.evaluate(() => (window as unknown as { beforeSwitch?: boolean }).beforeSwitch)).toBe(true);
      // What was said and done before the switch (the last message, the undo step's name) stays as it was said.
      expect(await interfaceText(signatories, '.signatory-message, .signatory-history')).not.toMatch(/[А-Яа-яЁё]/);
    } finally {
      await studio.close();
    }
  });

  it('reports File > Import a Statement in Russian: the summary with Russian plurals and each line', async () => {
    const studio = await openStudio(browser, { osLanguages: ['ru-RU'] });
    try {
      studio.dialogs.importPaths.push(join(import.meta.dirname, '../fixtures/import/russian-statement.txt'));
      await studio.emit('command', { id: 'file.import' });
      const report = studio.page.getByRole('dialog').filter({ has: studio.page.locator('.report-lines') });
      await expect.poll(() => report.count()).toBe(1);
      expect(await report.locator('.prompt-message').innerText()).toMatch(/^Распознано: заголовок, дата \(26 июня 2025 г\.\), место \(Бишкек, Алматы, Вена\), 5\sабзацев, .*3\sподписанта\./);
      const lines = await report.locator('.report-lines').innerText();
      expect(lines).toContain('строка 17: Подписант (частное лицо): Анна Петрова.');
      expect(lines).toContain('строка 21: [текст] На сноску [5] нигде в тексте нет ссылки: сохранена абзацем в конце.');
      await studio.screenshot('russian-import-report');
    } finally {
      await studio.close();
    }
  });
});
