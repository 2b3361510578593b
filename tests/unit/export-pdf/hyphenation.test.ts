import { describe, expect, it } from 'vitest';
import { hyphenationPoints } from '../../../core/export/pdf/hyphenation.ts';

const split = (word: string) => {
  let out = '';
  let last = 0;
  for (const point of hyphenationPoints(word)) {
    out += `${word.slice(last, point)}-`;
    last = point;
  }
  return out + word.slice(last);
};

describe('hyphenation rules', () => {
  it('splits English words by the US patterns', () => {
    expect(split('international')).toBe('in-ter-na-tional');
    expect(split('investigation')).toBe('in-ves-ti-ga-tion');
  });

  it('splits Russian words by the Russian patterns', () => {
    expect(split('обязательства')).toBe('обя-за-тель-ства');
    expect(split('правозащитника')).toBe('пра-во-за-щит-ника');
  });

  it('keeps two letters before and three after any hyphen', () => {
    for (const word of ['international', 'investigation', 'обязательства', 'правозащитника', 'deportation', 'экстрадиция']) {
      for (const point of hyphenationPoints(word)) {
        expect(point).toBeGreaterThanOrEqual(2);
        expect(word.length - point).toBeGreaterThanOrEqual(3);
      }
    }
  });

  it('leaves short words alone', () => {
    expect(hyphenationPoints('court')).toEqual([]);
    expect(hyphenationPoints('суд')).toEqual([]);
  });

  it('never splits a name, a capitalised word or an abbreviation', () => {
    for (const word of ['Hudayramov', 'HUDAYRAMOV', 'Turkmenistan', 'Международные', 'ХУДАЙРАМОВ', 'UNHCR', 'OHCHR']) expect(hyphenationPoints(word)).toEqual([]);
  });

  it('leaves words with letters the patterns do not know (Kazakh, Tajik, Turkmen, Uzbek) alone', () => {
    for (const word of ['қазақстандық', 'тоҷикистонӣ', 'türkmenistanyň', 'oʻzbekistonlik', 'адвокаттарының']) expect(hyphenationPoints(word)).toEqual([]);
  });
});
