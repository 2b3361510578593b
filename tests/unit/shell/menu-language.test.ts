import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { UI_LOCALES, type UiLocale } from '../../../core/i18n/ui-locale.ts';
import { buildContextMenu } from '../../../electron/main/context-menu.ts';
import { buildMenuTemplate } from '../../../electron/main/menu.ts';

const build = (locale: UiLocale, chooseLocale: (locale: UiLocale) => void = () => {}, platform: NodeJS.Platform = 'linux') =>
  buildMenuTemplate({ platform, appName: 'Statement Studio', recent: [], isDevelopment: false, locale, chooseLocale, send: () => {}, showAbout: () => {} });

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
}
const accessKey = (label: string | undefined) => /&(.)/u.exec(label ?? '')?.[1]?.toLocaleLowerCase();

describe('the menus in the interface language', () => {
  it('are written in Russian for a Russian interface, with the same commands and shortcuts as in English', () => {
    const en = items(build('en'));
    const ru = items(build('ru'));
    expect(build('ru').map((menu) => menu.label?.replace('&', ''))).toEqual(['Файл', 'Правка', 'Вставка', 'Формат', 'Вид', 'Справка']);
    expect(ru.map((item) => item.accelerator)).toEqual(en.map((item) => item.accelerator));
    expect(ru.map((item) => item.role)).toEqual(en.map((item) => item.role));
    expect(ru.find((item) => item.accelerator === 'CmdOrCtrl+S')?.label).toBe('&Сохранить');
    // No English word is left in a Russian menu (product names aside).
    const russianLabels = ru.map((item) => item.label ?? '').filter((label) => label !== '' && label !== 'English');
    for (const label of russianLabels) expect(label.replace('Statement Studio', '').replace(/\[1\]/, '')).not.toMatch(/[A-Za-z]{2,}/);
  });

  it('give each item of a menu its own access key (Alt+letter), in both languages', () => {
    for (const locale of UI_LOCALES) {
      const menus: MenuItemConstructorOptions[][] = [build(locale), ...items(build(locale)).flatMap((item) => (Array.isArray(item.submenu) ? [item.submenu] : []))];
      for (const menu of menus) {
        const keys = menu.map((item) => accessKey(item.label)).filter((key) => key !== undefined);
        expect(new Set(keys).size, `${locale}: ${menu.map((item) => item.label).join(', ')}`).toBe(keys.length);
      }
    }
  });

  it('switch the interface language from View > Interface Language, showing the current one checked', () => {
    const chooseLocale = vi.fn();
    const languageMenu = items(build('ru', chooseLocale)).find((item) => item.label === '&Язык интерфейса')!;
    const choices = languageMenu.submenu as MenuItemConstructorOptions[];
    expect(choices.map((item) => [item.label, item.checked])).toEqual([
      ['English', false],
      ['Русский', true],
    ]);
    (choices[0]!.click as () => void)();
    expect(chooseLocale).toHaveBeenCalledWith('en');
  });

  it('make the context menu Russian too', () => {
    const menu = buildContextMenu(
      { isEditable: true, selectionText: '', misspelledWord: 'рефулемент', dictionarySuggestions: [], formControlType: 'none', editFlags: { canCut: true, canCopy: true, canPaste: true, canSelectAll: true } },
      { send: () => {}, replaceMisspelling: () => {}, addToDictionary: () => {}, spellcheck: 'both', chooseSpellcheck: () => {}, locale: 'ru' },
    );
    expect(menu.map((item) => item.label ?? item.type)).toEqual([
      'Нет вариантов написания', 'Добавить в словарь', 'separator', 'Вырезать', 'Копировать', 'Вставить', 'Вставить как текст', 'separator', 'Выделить всё', 'separator', 'Вставить сноску', 'separator', 'Языки проверки орфографии',
    ]);
  });
});
