import { datePhrase } from '../cases/insert/date-phrases.ts';
import type { DateStyle } from '../cases/insert/insert-request.ts';
import { insertedPlainText } from '../cases/insert/inserted-text.ts';
import type { StatementLanguage } from '../statement/language.ts';
import { formatNumber } from './format-number.ts';
import type { ResolvedValue } from './resolve-values.ts';
import type { OrganisationValue } from './values.ts';

/**
 * A filled variable as the statement prints it, in the statement's language: dates as the
 * case inserts write them ("26 June 2024", "June 26, 2024", "26 июня 2024 г."), lists of
 * organisations as a sentence writes them ("A (AA), B (BB) and C (CC)").
 */

/** "A", "A and B", "A, B and C"; no comma before "and", as the genre writes it. */
export function joinAsList(items: readonly string[], language: StatementLanguage): string {
  const and = language === 'ru' ? ' и ' : ' and ';
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')}${and}${items[items.length - 1]}`;
}

export function organisationText(organisation: OrganisationValue): string {
  return organisation.abbreviation === '' ? organisation.name : `${organisation.name} (${organisation.abbreviation})`;
}

export function formatValue(value: ResolvedValue, language: StatementLanguage, dateStyle: DateStyle): string {
  switch (value.type) {
    case 'text':
      return value.text;
    case 'date':
      return datePhrase(value.iso, language, dateStyle).bare;
    case 'year':
      return String(value.year);
    case 'number':
      return formatNumber(value.n, language);
    case 'organisation list':
      return joinAsList(value.organisations.map(organisationText), language);
    case 'case list':
      return joinAsList(value.cases.map((c) => insertedPlainText(c.generatedText)), language);
  }
}
