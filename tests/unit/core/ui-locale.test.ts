import { describe, expect, it } from 'vitest';
import { enPlural, ruPlural } from '../../../core/i18n/plural.ts';
import { uiLocaleFromOs } from '../../../core/i18n/ui-locale.ts';

describe('the interface language from the OS', () => {
  it('is Russian for Russian and for the languages of countries where Russian is official', () => {
    for (const tag of ['ru-RU', 'ru', 'kk-KZ', 'ky', 'tg-TJ', 'be-BY']) expect(uiLocaleFromOs([tag]), tag).toBe('ru');
  });
  it('is English otherwise, and the first language we have wins', () => {
    for (const tags of [['en-GB'], ['uk-UA'], ['de-DE'], [], ['en-US', 'ru-RU']]) expect(uiLocaleFromOs(tags), tags.join()).toBe('en');
    expect(uiLocaleFromOs(['de-DE', 'ru-RU', 'en-GB'])).toBe('ru');
  });
});

describe('plural forms', () => {
  it('follow the Russian rules for 1, 2–4 and 5–20, and the teens', () => {
    const notes = (n: number) => ruPlural(n, 'сноска', 'сноски', 'сносок');
    expect([0, 1, 2, 4, 5, 11, 12, 14, 21, 22, 25, 101, 111, 1000].map(notes)).toEqual(
      ['0 сносок', '1 сноска', '2 сноски', '4 сноски', '5 сносок', '11 сносок', '12 сносок', '14 сносок', '21 сноска', '22 сноски', '25 сносок', '101 сноска', '111 сносок', '1\u00a0000 сносок'].map((s) => s.replace(/ (?=[а-я])/u, '\u00a0')),
    );
  });
  it('in English: one and other', () => {
    expect([enPlural(1, 'note', 'notes'), enPlural(2, 'note', 'notes'), enPlural(1200, 'note', 'notes')]).toEqual(['1\u00a0note', '2\u00a0notes', '1,200\u00a0notes']);
  });
});
