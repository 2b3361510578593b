import { describe, expect, it } from 'vitest';
import { ageAt, ageText, russianYearsNominative } from '../../../core/cases/insert/age.ts';

describe('age at the statement date from a partial birth date', () => {
  it('counts a full birth date from the birthday itself', () => {
    expect(ageAt('1984-04-11', '2023-12-14')).toEqual({ min: 39, max: 39 });
    // Birthday not yet reached on the statement date.
    expect(ageAt('1984-12-15', '2023-12-14')).toEqual({ min: 38, max: 38 });
    expect(ageAt('1984-12-14', '2023-12-14')).toEqual({ min: 39, max: 39 });
  });

  it('makes someone born on 29 February a year older on 1 March of other years', () => {
    expect(ageAt('2000-02-29', '2023-02-28')).toEqual({ min: 22, max: 22 });
    expect(ageAt('2000-02-29', '2023-03-01')).toEqual({ min: 23, max: 23 });
    expect(ageAt('2000-02-29', '2024-02-29')).toEqual({ min: 24, max: 24 });
  });

  it('gives two ages for a birth year until the statement date is the last day of a later year', () => {
    // 1992 and a statement of 20 December 2023: born by 20 December 1992 → 31, after → 30.
    expect(ageAt('1992', '2023-12-20')).toEqual({ min: 30, max: 31 });
    expect(ageAt('1992', '2023-01-01')).toEqual({ min: 30, max: 31 });
    expect(ageAt('1992', '2023-12-31')).toEqual({ min: 31, max: 31 });
  });

  it('gives one age for a birth month once the month has passed, two within it', () => {
    expect(ageAt('1992-05', '2023-06-01')).toEqual({ min: 31, max: 31 });
    expect(ageAt('1992-05', '2023-04-30')).toEqual({ min: 30, max: 30 });
    expect(ageAt('1992-05', '2023-05-19')).toEqual({ min: 30, max: 31 });
    expect(ageAt('1992-05', '2023-05-31')).toEqual({ min: 31, max: 31 });
    expect(ageAt('2000-02', '2023-02-28')).toEqual({ min: 22, max: 23 });
  });

  it('has no age before the birth and starts at 0 within the birth year', () => {
    expect(ageAt('2024', '2023-12-20')).toBeNull();
    expect(ageAt('2023-12-21', '2023-12-20')).toBeNull();
    expect(ageAt('2023', '2023-06-01')).toEqual({ min: 0, max: 0 });
    expect(ageAt('2022', '2023-06-01')).toEqual({ min: 0, max: 1 });
  });

  it('writes the age, with the Russian word for years agreeing with the number', () => {
    expect(ageText({ min: 31, max: 31 }, 'en')).toBe('31');
    expect(ageText({ min: 30, max: 31 }, 'en')).toBe('30 or 31');
    expect(ageText({ min: 31, max: 31 }, 'ru')).toBe('31 год');
    expect(ageText({ min: 30, max: 31 }, 'ru')).toBe('30 или 31 год');
    expect(ageText({ min: 38, max: 39 }, 'ru')).toBe('38 или 39 лет');
    const forms = [1, 2, 4, 5, 11, 12, 14, 20, 21, 22, 25, 101, 111, 112].map((n) => `${n} ${russianYearsNominative(n)}`);
    expect(forms).toEqual(['1 год', '2 года', '4 года', '5 лет', '11 лет', '12 лет', '14 лет', '20 лет', '21 год', '22 года', '25 лет', '101 год', '111 лет', '112 лет']);
  });
});
