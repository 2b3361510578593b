/**
 * Calendar arithmetic on ISO dates (YYYY-MM-DD), in UTC so that no time zone moves a day.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export type DayOfYear = { month: number; day: number };

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isIsoDate(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return year >= 1000 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function yearOf(iso: string): number {
  return Number(iso.slice(0, 4));
}

/** The day and month in another year; 29 February becomes 28 February outside leap years. */
export function inYear(day: DayOfYear, year: number): string {
  return isoDate(year, day.month, Math.min(day.day, daysInMonth(year, day.month)));
}

export function dayOfYear(iso: string): DayOfYear {
  return { month: Number(iso.slice(5, 7)), day: Number(iso.slice(8, 10)) };
}

/** The same day `years` later (or earlier). */
export function shiftYears(iso: string, years: number): string {
  return inYear(dayOfYear(iso), yearOf(iso) + years);
}

/** Whole years from `from` to `to`, as an age is counted: a year is complete on its anniversary. */
export function wholeYearsBetween(from: string, to: string): number {
  const years = yearOf(to) - yearOf(from);
  return to.slice(5) < from.slice(5) ? years - 1 : years;
}
