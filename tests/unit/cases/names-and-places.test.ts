import { describe, expect, it } from 'vitest';
import { COUNTRY_NAMES } from '../../../core/cases/countries.ts';
import { statementName } from '../../../core/cases/insert/case-names.ts';
import { genderOfFamilyName } from '../../../core/cases/insert/gender.ts';
import { placePhrase } from '../../../core/cases/insert/place-phrases.ts';
import { RUSSIAN_COUNTRY_FORMS } from '../../../core/cases/insert/russian-countries.ts';
import { sample } from './fixtures.ts';

describe('the person’s name in the statement’s language', () => {
  it('writes the family name in capitals when the case asks for it, and keeps it for later mentions', () => {
    expect(statementName(sample('farhat-meymankulyyev'), 'en')).toEqual({ full: 'Farhat MEYMANKULYYEV', short: 'MEYMANKULYYEV', gender: 'male' });
    expect(statementName(sample('manuchehr-kholiknazarov'), 'en')).toMatchObject({ full: 'Manuchehr Kholiknazarov', short: 'Kholiknazarov' });
  });

  it('uses the Russian alias in a Russian statement, in capitals too', () => {
    expect(statementName(sample('farhat-meymankulyyev'), 'ru')).toEqual({ full: 'Фархат МЕЙМАНКУЛЫЕВ', short: 'МЕЙМАНКУЛЫЕВ', gender: 'male' });
    expect(statementName(sample('buzurgmehr-yorov'), 'ru')).toMatchObject({ full: 'Бузургмехр Ёров', short: 'Ёров' });
    // Not the Turkmen or the English transliteration, whichever comes first.
    expect(statementName({ ...sample('farhat-meymankulyyev'), aliases: [...sample('farhat-meymankulyyev').aliases].reverse() }, 'ru').full).toBe('Фархат МЕЙМАНКУЛЫЕВ');
  });

  it('keeps the Latin name in a Russian statement when there is no Russian alias', () => {
    expect(statementName(sample('rovshen-klychev'), 'ru')).toEqual({ full: 'Rovshen KLYCHEV', short: 'KLYCHEV', gender: 'male' });
  });

  it('names someone known only by a given name by it', () => {
    const yermek = { ...sample('rita-karasartova'), givenName: 'Yermek', familyName: '', aliases: [] };
    expect(statementName(yermek, 'en')).toEqual({ full: 'Yermek', short: 'Yermek', gender: null });
  });
});

describe('gender read from a family name', () => {
  it('reads Russian and Central Asian endings in either script', () => {
    const read = (names: string[]) => names.map(genderOfFamilyName);
    expect(read(['Мейманкулыев', 'Холикназаров', 'Hudayramov', 'Bekiev', 'Halykow', 'Ильин', 'Mamyrbek uulu'])).toEqual(Array(7).fill('male'));
    expect(read(['Karasartova', 'Таганова', 'Атаева', 'Ильина', 'Nowakowska', 'Abdullayeva'])).toEqual(Array(6).fill('female'));
  });

  it('gives no gender where the name shows none', () => {
    // Uzbek -iy is the same for men and women.
    expect(['Mamai', 'Мамай', 'Sattoriy', 'Сатторий', 'Akdash', 'Şahin', 'Kaya', 'Obid', ''].map(genderOfFamilyName)).toEqual(Array(9).fill(null));
  });

  it('prefers the Russian form, which shows gender where the Latin one may not', () => {
    const person = { ...sample('otabek-sattoriy'), aliases: [{ name: 'Отабек Сатторов', kind: 'transliteration' as const, language: 'ru' }] };
    expect(statementName(person, 'en').gender).toBe('male');
    expect(statementName(sample('otabek-sattoriy'), 'ru').gender).toBeNull();
  });
});

describe('places in English and Russian', () => {
  it('has the Russian case forms of every country the library names', () => {
    expect(Object.keys(RUSSIAN_COUNTRY_FORMS).sort()).toEqual(Object.keys(COUNTRY_NAMES).sort());
    for (const [code, forms] of Object.entries(RUSSIAN_COUNTRY_FORMS)) {
      expect(forms.inPlace, code).toMatch(/^во? /);
      expect(forms.intoPlace, code).toMatch(/^во? /);
    }
  });

  it('writes where an event happened, from where a person was sent and where they went', () => {
    expect(placePhrase('from', '', 'TR', 'en')).toBe('from Turkey');
    expect(placePhrase('in', 'Istanbul', 'TR', 'en')).toBe('in Istanbul, Turkey');
    expect(placePhrase('to', '', 'US', 'en')).toBe('to the United States');
    expect(placePhrase('in', 'Kokand', null, 'en')).toBe('in Kokand');
    expect(placePhrase('in', '', null, 'en')).toBe('');
    expect(placePhrase('from', '', 'TR', 'ru')).toBe('из Турции');
    expect(placePhrase('in', '', 'FR', 'ru')).toBe('во Франции');
    expect(placePhrase('to', '', 'RU', 'ru')).toBe('в Россию');
    expect(placePhrase('from', '', 'NL', 'ru')).toBe('из Нидерландов');
  });

  it('puts a place after the declined country in Russian, since free text cannot be declined', () => {
    expect(placePhrase('in', 'Стамбул', 'TR', 'ru')).toBe('в Турции (Стамбул)');
    expect(placePhrase('in', 'Мары', null, 'ru')).toBe('(Мары)');
    expect(placePhrase('from', '', 'XK', 'ru')).toBe('из XK');
  });
});
