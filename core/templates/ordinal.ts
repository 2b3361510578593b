import type { StatementLanguage } from '../statement/language.ts';
import type { OrdinalGender } from './formula.ts';

/**
 * An ordinal in figures, as statements print them: "1st", "22nd", "113th"; in Russian
 * "28-й" (День), "28-я" (годовщина), "28-е" (заседание): after figures Russian writes only
 * the ending, and in the nominative it depends on the gender alone.
 */
const RUSSIAN_ENDINGS: Record<OrdinalGender, string> = { masculine: 'й', feminine: 'я', neuter: 'е' };

export function formatOrdinal(n: number, language: StatementLanguage, gender: OrdinalGender = 'masculine'): string {
  if (!Number.isInteger(n)) throw new RangeError(`an ordinal needs a whole number, got ${n}`);
  if (language === 'ru') return `${n}-${RUSSIAN_ENDINGS[gender]}`;
  const lastTwo = Math.abs(n) % 100;
  const last = Math.abs(n) % 10;
  const suffix = lastTwo >= 11 && lastTwo <= 13 ? 'th' : last === 1 ? 'st' : last === 2 ? 'nd' : last === 3 ? 'rd' : 'th';
  return `${n}${suffix}`;
}
