import { describe, expect, it } from 'vitest';
import { formatDateline } from '../../../core/document/dateline.ts';
import { formatStatementDate } from '../../../core/document/dates.ts';
import { MARK_ORDER } from '../../../core/document/model.ts';
import { passageLanguage } from '../../../core/document/passage-language.ts';
import { marksOfFormat, NO_MARKS } from '../../../core/document/text-marks.ts';

describe('text marks', () => {
  it('reads each bit, in the model order, and shares one array per set', () => {
    expect(marksOfFormat(1 | 2 | 4 | 8 | 16 | 64)).toEqual(MARK_ORDER.filter((mark) => mark !== 'subscript'));
    expect(marksOfFormat(16 | 32)).toEqual(['code', 'subscript']);
    expect(marksOfFormat(1 | 8)).toBe(marksOfFormat(8 | 1));
    expect(marksOfFormat(9)).toEqual(['bold', 'underline']);
  });

  it('ignores formats it does not export and nonsense', () => {
    for (const format of [0, 128, 256 | 512 | 1024, -1, 1.5, '1', null, undefined]) expect(marksOfFormat(format)).toBe(NO_MARKS);
    expect(marksOfFormat(1 | 128)).toEqual(['bold']);
  });

  it('keeps superscript when a file sets both sub- and superscript', () => {
    expect(marksOfFormat(32 | 64)).toEqual(['superscript']);
  });
});

describe('dates and dateline', () => {
  it('writes the date as the genre prints it in each language', () => {
    expect(formatStatementDate('2024-06-26', 'en')).toBe('26 June 2024');
    expect(formatStatementDate('2024-06-26', 'ru')).toBe('26 июня 2024 г.');
    expect(formatStatementDate('2023-01-05', 'en')).toBe('5 January 2023');
    expect(formatStatementDate('', 'en')).toBe('');
    expect(formatStatementDate('2024-06', 'en')).toBe('');
  });

  it('joins places and date with commas, skipping blanks', () => {
    expect(formatDateline(['Bishkek', 'Almaty', 'Vienna'], '26 June 2025')).toBe('Bishkek, Almaty, Vienna, 26 June 2025');
    expect(formatDateline([' Vienna '], '')).toBe('Vienna');
    expect(formatDateline([], '26 June 2025')).toBe('26 June 2025');
    expect(formatDateline(['', '  '], '')).toBe('');
  });
});

describe('passage language', () => {
  it('marks Russian in an English statement and English in a Russian one', () => {
    expect(passageLanguage('Власти должны немедленно освободить его.', 'en')).toBe('ru');
    expect(passageLanguage('The authorities must release him at once.', 'ru')).toBe('en');
  });

  it('says nothing of passages in the statement language, mixed or short ones', () => {
    expect(passageLanguage('The authorities must release him at once.', 'en')).toBeUndefined();
    expect(passageLanguage('Власти должны немедленно освободить его.', 'ru')).toBeUndefined();
    expect(passageLanguage('He wrote «свобода слова» on the placard he held outside.', 'en')).toBeUndefined();
    expect(passageLanguage('ООН', 'en')).toBeUndefined();
  });

  it('does not call Central Asian Cyrillic Russian, nor Turkmen or Turkish Latin English', () => {
    expect(passageLanguage('Қазақстан Республикасының азаматтары үшін', 'en')).toBeUndefined();
    expect(passageLanguage('Türkmenistanyň raýatlary üçin adam hukuklary', 'ru')).toBeUndefined();
  });
});
