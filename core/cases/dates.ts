import { z } from 'zod';

/**
 * A date known to a year, a month or a day: "1992", "2023-08", "2023-05-19". The written
 * form carries its precision, so a record needs no second field that could disagree with
 * it, and ISO strings of any precision still sort in time order.
 */
export type PartialDate = string;
export type DatePrecision = 'year' | 'month' | 'day';

const SHAPE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function isRealPartialDate(value: string): boolean {
  const match = SHAPE.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  if (year < 1000) return false;
  if (match[2] === undefined) return true;
  const month = Number(match[2]);
  if (month < 1 || month > 12) return false;
  if (match[3] === undefined) return true;
  const day = Number(match[3]);
  return day >= 1 && day <= daysInMonth(year, month);
}

export const partialDateSchema = z
  .string()
  .regex(SHAPE, 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD')
  .refine(isRealPartialDate, 'not a real calendar date');

export function datePrecision(date: PartialDate): DatePrecision {
  return date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';
}

/** The first and last day a partial date may mean: "2023-08" spans 2023-08-01 to 2023-08-31. */
export function dateBounds(date: PartialDate): { start: string; end: string } {
  const [y, m, d] = date.split('-');
  const year = Number(y);
  if (m === undefined) return { start: `${y}-01-01`, end: `${y}-12-31` };
  if (d === undefined) return { start: `${y}-${m}-01`, end: `${y}-${m}-${String(daysInMonth(year, Number(m))).padStart(2, '0')}` };
  return { start: date, end: date };
}

/** The year of a partial date, for display as "(1992)" and for the duplicate check. */
export function dateYear(date: PartialDate): number {
  return Number(date.slice(0, 4));
}
