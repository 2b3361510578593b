import { datePhrase } from '../cases/insert/date-phrases.ts';
import type { StatementLanguage } from '../statement/language.ts';

/**
 * The statement's date as printed: "26 June 2024", "26 июня 2024 г.". The same tables as the
 * case inserts, so a statement never writes one date two ways. '' while the date is unset.
 */
export function formatStatementDate(isoDate: string, language: StatementLanguage): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) return '';
  return datePhrase(isoDate, language).bare;
}
