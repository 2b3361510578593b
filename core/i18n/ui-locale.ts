/**
 * The language of the interface (menus, panels, dialogs), which is not the language of the
 * statement being written: a Russian-speaking writer often drafts in English and back.
 */
export const UI_LOCALES = ['en', 'ru'] as const;
export type UiLocale = (typeof UI_LOCALES)[number];

export const isUiLocale = (value: unknown): value is UiLocale => (UI_LOCALES as readonly unknown[]).includes(value);

/**
 * OS languages that get the Russian interface: Russian, and the languages of the countries
 * where Russian is an official or constitutional language (Belarusian, Kazakh, Kyrgyz,
 * Tajik). Anywhere else the default is English: guessing Russian for, say, a Ukrainian
 * system would be unwelcome, and the writer can switch in View > Interface Language.
 */
const RUSSIAN_READING = new Set(['ru', 'be', 'kk', 'ky', 'tg']);

/** The interface language for an OS locale tag ("ru-RU", "kk", "en-GB", "uz-Cyrl-UZ"…). */
export function uiLocaleFromOs(tags: readonly string[]): UiLocale {
  for (const tag of tags) {
    const language = tag.toLowerCase().split(/[-_]/)[0] ?? '';
    if (language === 'en') return 'en';
    if (RUSSIAN_READING.has(language)) return 'ru';
  }
  return 'en';
}
