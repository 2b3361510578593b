import { dateBounds, type PartialDate } from '../dates.ts';
import type { InsertLanguage } from './insert-request.ts';

/**
 * A person's age on a day, from a birth date known to the year, the month or the day.
 *
 * The rule is honest about precision: the result is the youngest and the oldest age the
 * person can be. A full birth date gives one age (the birthday counts from its day; someone
 * born on 29 February becomes a year older on 1 March in other years). A birth month or year
 * gives one age once the whole month or year has passed by the day asked about (the
 * statement's date is in a later month, or is the month's or year's last day), and otherwise
 * two neighbouring ages. Null when the person is not yet born on that day.
 */
export type AgeRange = { min: number; max: number };

function monthDay(iso: string): number {
  return Number(iso.slice(5, 7)) * 100 + Number(iso.slice(8, 10));
}

function completedYears(birth: string, on: string): number {
  const years = Number(on.slice(0, 4)) - Number(birth.slice(0, 4));
  return monthDay(on) >= monthDay(birth) ? years : years - 1;
}

/** `on` is a full date, YYYY-MM-DD. */
export function ageAt(birthDate: PartialDate, on: string): AgeRange | null {
  const { start, end } = dateBounds(birthDate);
  if (on < start) return null;
  // Born on the earliest possible day gives the oldest age, on the latest (at most `on`) the youngest.
  return { min: on < end ? 0 : completedYears(end, on), max: completedYears(start, on) };
}

/** "31" or "30 or 31"; Russian adds the word for years: "31 год", "30 или 31 год", "35 лет". */
export function ageText(age: AgeRange, language: InsertLanguage): string {
  const numbers = age.min === age.max ? `${age.max}` : `${age.min} ${language === 'ru' ? 'или' : 'or'} ${age.max}`;
  return language === 'ru' ? `${numbers} ${russianYearsNominative(age.max)}` : numbers;
}

/** "год", "года" or "лет", agreeing with a whole number as Russian counts. */
export function russianYearsNominative(n: number): string {
  const lastTwo = n % 100;
  const last = n % 10;
  if (lastTwo >= 11 && lastTwo <= 14) return 'лет';
  if (last === 1) return 'год';
  if (last >= 2 && last <= 4) return 'года';
  return 'лет';
}
