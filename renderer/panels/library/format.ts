import { COUNTRY_NAMES, countryName } from '../../../core/cases/countries.ts';
import type { PartialDate } from '../../../core/cases/dates.ts';
import { datePhrase } from '../../../core/cases/insert/date-phrases.ts';
import { ROLES, STATUSES } from '../../../core/cases/vocabulary.ts';
import type { UiLocale } from '../../../core/i18n/ui-locale.ts';
import type { BackupInfo, CaseSummary, ImportOutcome, LibraryInfo, RecordCounts } from '../../../core/library/api.ts';
import { libraryMessages } from './messages.ts';
import { transferMessages } from './transfer-messages.ts';

/** Display helpers shared by the library panel's parts. */

/** "19 May 2023", "May 2023", "2023" (or "19 мая 2023 г."). */
export function formatDate(date: PartialDate | null, locale: UiLocale = 'en'): string {
  return date ? datePhrase(date, locale).bare : '';
}

/** "6 May 2024, 10:42" in the writer's time zone, for when a record or backup was written. */
export function formatTimestamp(iso: string, locale: UiLocale = 'en'): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
  return `${datePhrase(day, locale).bare}, ${pad(at.getHours())}:${pad(at.getMinutes())}`;
}

/** "detained · journalist · Uzbekistan, Russia": what the result list shows under a name. */
export function caseStatusLine(summary: CaseSummary, options: { confidential?: boolean; locale?: UiLocale } = {}): string {
  const locale = options.locale ?? 'en';
  const parts: string[] = [STATUSES[summary.status][locale]];
  if (summary.roles.length > 0) parts.push(summary.roles.map((role) => ROLES[role][locale]).join(', '));
  if (summary.countries.length > 0) parts.push(summary.countries.map((code) => countryName(code, locale)).join(', '));
  if (summary.confidential && options.confidential !== false) parts.push(libraryMessages[locale].confidentialLower);
  return parts.join(' · ');
}

/** Countries of the table by their names in the interface language, in its alphabetical order, for selects. */
const countryOptions = (locale: UiLocale) =>
  Object.entries(COUNTRY_NAMES)
    .map(([code, names]) => ({ code, name: names[locale] }))
    .sort((a, b) => a.name.localeCompare(b.name, locale));
export const COUNTRY_OPTIONS: Readonly<Record<UiLocale, ReadonlyArray<{ code: string; name: string }>>> = { en: countryOptions('en'), ru: countryOptions('ru') };

/** "3 cases, 1 organisation and 2 notes"; kinds with none are left out ("nothing" when all are). */
export function countsText(counts: RecordCounts, locale: UiLocale = 'en'): string {
  const m = libraryMessages[locale];
  const parts = [
    counts.cases > 0 ? m.cases(counts.cases) : '',
    counts.organisations > 0 ? m.organisations(counts.organisations) : '',
    counts.footnotes > 0 ? m.notes(counts.footnotes) : '',
    counts.signers > 0 ? m.signers(counts.signers) : '',
  ].filter(Boolean);
  if (parts.length === 0) return m.nothing;
  return parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} ${m.and} ${parts[parts.length - 1]}`;
}

/** "12 KB", "1.4 MB" (Russian: "12 КБ", "1,4 МБ"). */
export function formatBytes(bytes: number, locale: UiLocale = 'en'): string {
  const [kb, mb] = locale === 'ru' ? ['КБ', 'МБ'] : ['KB', 'MB'];
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} ${kb}`;
  return `${(bytes / 1024 / 1024).toLocaleString(locale === 'ru' ? 'ru-RU' : 'en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} ${mb}`;
}

/** A zod message as a sentence: "Expected a date as YYYY, YYYY-MM or YYYY-MM-DD." */
export function asSentence(message: string): string {
  const text = message.trim();
  if (text === '') return text;
  const first = text[0]!.toLocaleUpperCase('en') + text.slice(1);
  return /[.!?]$/.test(first) ? first : `${first}.`;
}

/** "Uzbekistan, based in exile in France". */
export function organisationPlace(record: { country: string | null; exileCountry: string | null }, locale: UiLocale = 'en'): string {
  const home = record.country ? countryName(record.country, locale) : '';
  const exile = record.exileCountry ? libraryMessages[locale].inExile(countryName(record.exileCountry, locale)) : '';
  return [home, exile].filter(Boolean).join(', ');
}

/** What an import did, in a sentence or two for the panel's notice. */
export function importSummary(name: string, outcome: Extract<ImportOutcome, { status: 'imported' }>, locale: UiLocale = 'en'): string {
  const m = transferMessages[locale];
  const counts = (c: RecordCounts) => countsText(c, locale);
  const parts = [m.added(counts(outcome.added))];
  if (total(outcome.replaced) > 0) parts.push(m.tookFromFile(counts(outcome.replaced)));
  if (total(outcome.kept) > 0) parts.push(m.keptYours(counts(outcome.kept)));
  if (total(outcome.unchanged) > 0) parts.push(m.alreadySame(total(outcome.unchanged)));
  let text = m.imported(name, parts.join('; '));
  const duplicates = outcome.possibleDuplicates;
  if (duplicates.length > 0) {
    const shown = duplicates.slice(0, 3).map((d) => m.looksLike(d.importedName, d.existingName));
    text += ` ${m.checkDuplicates(shown.join('; '), duplicates.length - 3)}`;
  }
  return text;
}

function total(counts: RecordCounts): number {
  return counts.cases + counts.organisations + counts.footnotes;
}

/** "6 May 2024" for a daily backup (one a day), with the time for the others. */
export const backupWhen = (backup: BackupInfo, locale: UiLocale = 'en'): string =>
  backup.kind === 'daily' ? formatDate(backup.createdAt.slice(0, 10), locale) : formatTimestamp(backup.createdAt, locale);

/** What the panel says after a restore. */
export function restoredNotice(backup: BackupInfo, info: LibraryInfo, locale: UiLocale = 'en'): string {
  return transferMessages[locale].restored(backupWhen(backup, locale), countsText(info.counts, locale));
}
