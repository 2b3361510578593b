import type { DayOfYear } from './calendar.ts';

/**
 * "26 June", "June 26", "26 июня": a day of the year as a template writes it, in a default
 * ("default: 26 June") or a formula ("26 June of year"). English month names and Russian
 * ones in the nominative or the genitive, in any letter case.
 */
const MONTHS: ReadonlyArray<ReadonlyArray<string>> = [
  ['january', 'январь', 'января'],
  ['february', 'февраль', 'февраля'],
  ['march', 'март', 'марта'],
  ['april', 'апрель', 'апреля'],
  ['may', 'май', 'мая'],
  ['june', 'июнь', 'июня'],
  ['july', 'июль', 'июля'],
  ['august', 'август', 'августа'],
  ['september', 'сентябрь', 'сентября'],
  ['october', 'октябрь', 'октября'],
  ['november', 'ноябрь', 'ноября'],
  ['december', 'декабрь', 'декабря'],
];

/** Longest days per month, so that 29 February is a day of the year (kept as 28 February outside leap years). */
const MAX_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function monthNumber(name: string): number | null {
  const lower = name.toLowerCase();
  const index = MONTHS.findIndex((names) => names.includes(lower));
  return index < 0 ? null : index + 1;
}

/** The day of the year a phrase names, or null if it names none. */
export function parseDayMonth(text: string): DayOfYear | null {
  const words = text.trim().split(/\s+/);
  if (words.length !== 2) return null;
  const [a = '', b = ''] = words;
  const [dayText, monthText] = /^\d{1,2}$/.test(a) ? [a, b] : [b.replace(/,$/, ''), a];
  if (!/^\d{1,2}$/.test(dayText)) return null;
  const month = monthNumber(monthText);
  const day = Number(dayText);
  if (month === null || day < 1 || day > MAX_DAYS[month - 1]!) return null;
  return { month, day };
}
