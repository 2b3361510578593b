import { describe, expect, it } from 'vitest';
import { nameKey, nameKeyPrefix, nameKeys, nameWords } from '../../../core/cases/name-key.ts';
import { DIFFERENT_NAMES, SAME_NAME } from '../../fixtures/library/name-variants.ts';


describe('nameKey', () => {
  it.each(SAME_NAME.map((group) => [group[0]!, group]))('gives every spelling of %s one key', (_first, group) => {
    const keys = group.map(nameKey);
    expect(new Set(keys).size, `${group.join(' / ')} → ${keys.join(' / ')}`).toBe(1);
    expect(keys[0]).toMatch(/^[a-z0-9]+$/);
  });

  it('makes the four spellings of the issue "meimankulev"', () => {
    expect(['Meimankulyiev', 'MEYMANKULYYEV', 'Meýmankulyýew', 'Мейманкулыев'].map(nameKey)).toEqual(Array(4).fill('meimankulev'));
  });

  it.each(DIFFERENT_NAMES)('keeps %s and %s apart', (a, b) => {
    expect(nameKey(a)).not.toBe(nameKey(b));
  });

  it('keeps the groups of the list apart from each other', () => {
    const owner = new Map<string, string>();
    for (const group of SAME_NAME) {
      const key = nameKey(group[0]!);
      expect(owner.get(key), `${group[0]} collides with ${owner.get(key)}`).toBeUndefined();
      owner.set(key, group[0]!);
    }
  });

  it.each([
    ['ә', 'a'], ['Ә', 'a'], ['ғ', 'g'], ['қ', 'k'], ['ң', 'n'], ['Ң', 'n'], ['ө', 'o'], ['ұ', 'u'], ['ү', 'u'], ['һ', 'h'], ['і', 'i'],
    ['ҳ', 'h'], ['ҷ', 'j'], ['ӣ', 'i'], ['ӯ', 'u'], ['ў', 'o'], ['ё', 'e'], ['Ё', 'e'],
    ['oʻ', 'o'], ['gʻ', 'g'], ['ň', 'n'], ['ş', 'sh'], ['Ş', 'sh'], ['ž', 'j'], ['ý', 'i'], ['Ý', 'i'], ['ä', 'a'], ['ğ', 'g'], ['ı', 'i'], ['İ', 'i'], ['ç', 'ch'],
  ])('reads %s as "%s"', (letter, ascii) => {
    expect(nameKey(`b${letter}b`)).toBe(`b${ascii}b`);
  });

  it('drops apostrophes, modifier letters and signs, and keeps digits', () => {
    expect(nameKey("Ma'ruf")).toBe(nameKey('Maʼruf'));
    expect(nameKey('Maʼruf')).toBe('maruf');
    expect(nameKey('Ильин')).toBe('ilin');
    expect(nameKey('Объедков')).toBe('obedkov');
    expect(nameKey('Ali2')).toBe('ali2');
    expect(nameKey('—')).toBe('');
  });
});

describe('nameWords and nameKeys', () => {
  it('splits at spaces, hyphens and punctuation but not inside Uzbek words', () => {
    expect(nameWords('Qasym-Jomart  Toqaev')).toEqual(['Qasym', 'Jomart', 'Toqaev']);
    expect(nameWords("Oʻtkir G'ayratov (aka Durdyiev)")).toEqual(['Oʻtkir', "G'ayratov", 'aka', 'Durdyiev']);
    expect(nameKeys('Фархат МЕЙМАНКУЛЫЕВ')).toEqual(['farhat', 'meimankulev']);
    expect(nameKeys(' - ')).toEqual([]);
  });
});

describe('nameKeyPrefix', () => {
  it('stays a prefix of the full key while a name is typed letter by letter', () => {
    for (const name of ['Tazhimuratov', 'Kholiqnazarov', 'Meýmankulyýew', 'Мейманкулыев', 'Ghafurov', 'Yorov', 'Bekiyev', 'Djurabek']) {
      const full = nameKey(name);
      for (let length = 2; length <= name.length; length++) {
        const prefix = nameKeyPrefix(name.slice(0, length));
        expect(full.startsWith(prefix), `"${name.slice(0, length)}" → "${prefix}" is not a prefix of "${full}"`).toBe(true);
      }
    }
  });
});
