import { describe, expect, it } from 'vitest';
import { shiftYears, wholeYearsBetween } from '../../../core/templates/calendar.ts';
import { parseDayMonth } from '../../../core/templates/day-month.ts';
import { formatNumber } from '../../../core/templates/format-number.ts';
import { formatValue } from '../../../core/templates/format-value.ts';
import { parseFormula } from '../../../core/templates/formula.ts';
import { formatOrdinal } from '../../../core/templates/ordinal.ts';
import { defaultValue, resolveValues } from '../../../core/templates/resolve-values.ts';
import { parsed, settings, templateText } from './helpers.ts';

/** The 26 June template's arithmetic: the Day first marked in 1998, the Convention in force since 26 June 1987. */
const JUNE_26 = parsed(
  templateText(
    settings(
      '  date:\n    type: date\n    default: 26 June\n' +
        '  year:\n    compute: year of date\n' +
        '  edition:\n    compute: ordinal of edition since 1998\n' +
        '  convention years:\n    compute: years since 1987-06-26\n' +
        '  protests:\n    type: date\n' +
        '  since protests:\n    compute: years since protests\n' +
        '  next day:\n    compute: 26 June of year\n' +
        '  anniversary:\n    compute: feminine ordinal of years since protests at 2025-12-31\n',
      'date: date\n',
    ),
    '# {{year}}: the {{edition}} Day, {{convention years}} years; {{since protests}} since {{protests}}; {{next day}}; {{anniversary}}\n',
  ),
);

function computed(values: Record<string, string | number>, today: string, language: 'en' | 'ru' = 'en') {
  const resolved = resolveValues(JUNE_26.variables, values, { today, language, dateVariable: 'date' });
  return Object.fromEntries([...resolved].map(([name, value]) => [name, formatValue(value, language, 'day-month-year')]));
}

describe('computed values across years', () => {
  it('26 June 2024: the 27th Day, 37 years of the Convention', () => {
    expect(computed({ date: '2024-06-26' }, '2024-01-10')).toMatchObject({ date: '26 June 2024', year: '2024', edition: '27th', 'convention years': '37', 'next day': '26 June 2024' });
  });

  it('26 June 2025: the 28th Day (1998 was the first), 38 years of the Convention', () => {
    expect(computed({ date: '2025-06-26' }, '2025-01-10')).toMatchObject({ year: '2025', edition: '28th', 'convention years': '38' });
  });

  it('1998 was the 1st, 2000 the 3rd, 2008 the 11th, 2019 the 22nd', () => {
    const edition = (year: number) => computed({ date: `${year}-06-26` }, `${year}-06-01`)['edition'];
    expect([1998, 1999, 2000, 2008, 2019, 2020].map(edition)).toEqual(['1st', '2nd', '3rd', '11th', '22nd', '23rd']);
  });

  it('a statement sent the day before the anniversary counts one year less since it', () => {
    expect(computed({ date: '2025-06-25' }, '2025-06-25')['convention years']).toBe('37');
  });

  it('takes the default day of the year in the year of today, and "today" for today', () => {
    expect(computed({}, '2026-02-03')).toMatchObject({ date: '26 June 2026', edition: '29th' });
    expect(defaultValue({ ...JUNE_26.variables[0]!, default: 'today' }, '2026-02-03')).toBe('2026-02-03');
    expect(defaultValue({ ...JUNE_26.variables[0]!, type: 'year', default: 'this year' }, '2026-02-03')).toBe(2026);
  });

  it('years since an event are whole years at the statement date; unfilled while the event is', () => {
    const values = computed({ date: '2025-06-26', protests: '2022-01-05' }, '2025-01-01');
    expect(values).toMatchObject({ 'since protests': '3', protests: '5 January 2022', anniversary: '3rd' });
    expect(computed({ date: '2025-06-26' }, '2025-01-01')).not.toHaveProperty('since protests');
  });

  it('a variable sent empty stays unfilled, and so does everything computed from it', () => {
    const values = computed({ date: '', protests: '2022-01-05' }, '2025-01-01');
    // Years are counted to the statement's date, which is now unknown; "at" names another date.
    for (const name of ['date', 'year', 'edition', 'convention years', 'since protests', 'next day']) expect(values).not.toHaveProperty(name);
    expect(values).toHaveProperty('anniversary', '3rd');
  });

  it('writes Russian ordinals and dates', () => {
    expect(computed({ date: '2025-06-26', protests: '2022-01-05' }, '2025-01-01', 'ru')).toMatchObject({ date: '26 июня 2025 г.', edition: '28-й', anniversary: '3-я' });
  });

  it('refuses a value that does not fit its variable', () => {
    expect(() => computed({ date: '26/06/2025' }, '2025-01-01')).toThrow(/"date" does not fit: expected a date as YYYY-MM-DD/);
  });
});

describe('formulas, ordinals, numbers and calendar steps', () => {
  const known = (name: string) => ['date', 'event date', 'year'].includes(name);

  it('reads every form of formula', () => {
    expect(parseFormula('year of date', known)).toEqual({ ok: true, formula: { kind: 'year-of', of: { kind: 'variable', name: 'date' } } });
    expect(parseFormula('Years  since event date', known)).toEqual({ ok: true, formula: { kind: 'years-since', from: { kind: 'variable', name: 'event date' }, at: null } });
    expect(parseFormula('years since event date at today', known)).toEqual({ ok: true, formula: { kind: 'years-since', from: { kind: 'variable', name: 'event date' }, at: { kind: 'today' } } });
    expect(parseFormula('edition since 1998', known)).toEqual({ ok: true, formula: { kind: 'edition-since', from: { kind: 'year', year: 1998 }, at: null } });
    expect(parseFormula('26 июня of year', known)).toEqual({ ok: true, formula: { kind: 'day-of-year', day: { month: 6, day: 26 }, of: { kind: 'variable', name: 'year' } } });
    expect(parseFormula('June 26 of 2024-01-01', known)).toMatchObject({ ok: true, formula: { kind: 'day-of-year', of: { kind: 'date', iso: '2024-01-01' } } });
    expect(parseFormula('neuter ordinal of edition since 1998', known)).toMatchObject({ ok: true, formula: { kind: 'ordinal', gender: 'neuter', of: { kind: 'edition-since' } } });
    expect(parseFormula('31 February of year', known).ok).toBe(false);
    expect(parseFormula('years since 1998-02-30', known).ok).toBe(false);
  });

  it('English ordinals: st, nd, rd, th, with 11 to 13 and 111 to 113 as th', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 28, 101, 111, 112, 113, 121].map((n) => formatOrdinal(n, 'en'))).toEqual([
      '1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '23rd', '28th', '101st', '111th', '112th', '113th', '121st',
    ]);
    expect(formatOrdinal(38, 'ru')).toBe('38-й');
    expect(formatOrdinal(38, 'ru', 'neuter')).toBe('38-е');
    expect(() => formatOrdinal(2.5, 'en')).toThrow(RangeError);
  });

  it('numbers: English commas; Russian spaces from five figures, decimal comma', () => {
    expect([5, 1250, 1234567, 3.5, -1200].map((n) => formatNumber(n, 'en'))).toEqual(['5', '1,250', '1,234,567', '3.5', '-1,200']);
    expect([1250, 12500, 3.5].map((n) => formatNumber(n, 'ru'))).toEqual(['1250', '12\u00a0500', '3,5']);
  });

  it('29 February moves to 28 February outside leap years; whole years count the anniversary', () => {
    expect(shiftYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(shiftYears('2024-06-26', 1)).toBe('2025-06-26');
    expect(wholeYearsBetween('1987-06-26', '2025-06-26')).toBe(38);
    expect(wholeYearsBetween('1987-06-26', '2025-06-25')).toBe(37);
    expect(parseDayMonth('26 June')).toEqual({ month: 6, day: 26 });
    expect(parseDayMonth('June 26,')).toEqual({ month: 6, day: 26 });
    expect(parseDayMonth('26 Juno')).toBeNull();
    expect(parseDayMonth('29 February')).toEqual({ month: 2, day: 29 });
    expect(parseDayMonth('30 February')).toBeNull();
  });
});
