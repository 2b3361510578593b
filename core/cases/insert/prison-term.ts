import type { Sentence } from '../person.ts';
import type { InsertLanguage } from './insert-request.ts';

/**
 * The term a person was sentenced to, as it follows "sentenced to" / "приговорён".
 *
 * English uses the sentence's text as the writer recorded it ("23 years in prison", "six
 * years, suspended"), or builds it from the years. Russian builds it from the years, in
 * the dative the verb governs ("к 23 годам лишения свободы", "к 21 году", "к 7,5 года"),
 * because the recorded text is English; without years a Russian statement gives no term.
 */
export function prisonTerm(sentence: Sentence, language: InsertLanguage): string | null {
  const years = sentence.years !== null && sentence.years > 0 ? sentence.years : null;
  if (language === 'ru') {
    if (years === null) return null;
    return `к ${String(years).replace('.', ',')} ${russianYearsDative(years)} лишения свободы${sentence.suspended ? ' условно' : ''}`;
  }
  if (sentence.text !== '') return sentence.text;
  if (years === null) return null;
  return `${years} ${years === 1 ? 'year' : 'years'} in prison${sentence.suspended ? ', suspended' : ''}`;
}

/** "году" after 1, 21, 31 ...; "года" after a fraction; "годам" otherwise. */
export function russianYearsDative(years: number): string {
  if (!Number.isInteger(years)) return 'года';
  return years % 10 === 1 && years % 100 !== 11 ? 'году' : 'годам';
}
