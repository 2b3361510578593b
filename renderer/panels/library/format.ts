import { COUNTRY_NAMES, countryName } from '../../../core/cases/countries.ts';
import type { PartialDate } from '../../../core/cases/dates.ts';
import { datePhrase } from '../../../core/cases/insert/date-phrases.ts';
import { ROLES, STATUSES } from '../../../core/cases/vocabulary.ts';
import type { BackupInfo, CaseSummary, ImportOutcome, LibraryInfo, RecordCounts } from '../../../core/library/api.ts';

/** Display helpers shared by the library panel's parts. */

/** "19 May 2023", "May 2023", "2023". */
export function formatDate(date: PartialDate | null): string {
  return date ? datePhrase(date, 'en').bare : '';
}

/** "6 May 2024, 10:42" in the writer's time zone, for when a record or backup was written. */
export function formatTimestamp(iso: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
  return `${datePhrase(day, 'en').bare}, ${pad(at.getHours())}:${pad(at.getMinutes())}`;
}

/** "detained · journalist · Uzbekistan, Russia": what the result list shows under a name. */
export function caseStatusLine(summary: CaseSummary, options: { confidential?: boolean } = {}): string {
  const parts: string[] = [STATUSES[summary.status].en];
  if (summary.roles.length > 0) parts.push(summary.roles.map((role) => ROLES[role].en).join(', '));
  if (summary.countries.length > 0) parts.push(summary.countries.map((code) => countryName(code)).join(', '));
  if (summary.confidential && options.confidential !== false) parts.push('confidential');
  return parts.join(' · ');
}

/** Countries of the table, by their English names, for selects. */
export const COUNTRY_OPTIONS: ReadonlyArray<{ code: string; name: string }> = Object.entries(COUNTRY_NAMES)
  .map(([code, names]) => ({ code, name: names.en }))
  .sort((a, b) => a.name.localeCompare(b.name, 'en'));

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "3 cases, 1 organisation and 2 notes"; kinds with none are left out ("nothing" when all are). */
export function countsText(counts: RecordCounts): string {
  const parts = [
    counts.cases > 0 ? plural(counts.cases, 'case', 'cases') : '',
    counts.organisations > 0 ? plural(counts.organisations, 'organisation', 'organisations') : '',
    counts.footnotes > 0 ? plural(counts.footnotes, 'note', 'notes') : '',
    counts.signers > 0 ? plural(counts.signers, 'signer', 'signers') : '',
  ].filter(Boolean);
  if (parts.length === 0) return 'nothing';
  return parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

export { plural };

/** "12 KB", "1.4 MB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** A zod message as a sentence: "Expected a date as YYYY, YYYY-MM or YYYY-MM-DD." */
export function asSentence(message: string): string {
  const text = message.trim();
  if (text === '') return text;
  const first = text[0]!.toLocaleUpperCase('en') + text.slice(1);
  return /[.!?]$/.test(first) ? first : `${first}.`;
}

/** "Uzbekistan, based in exile in France". */
export function organisationPlace(record: { country: string | null; exileCountry: string | null }): string {
  const home = record.country ? countryName(record.country) : '';
  const exile = record.exileCountry ? `based in exile in ${countryName(record.exileCountry)}` : '';
  return [home, exile].filter(Boolean).join(', ');
}

/** What an import did, in a sentence or two for the panel's notice. */
export function importSummary(name: string, outcome: Extract<ImportOutcome, { status: 'imported' }>): string {
  const parts = [`added ${countsText(outcome.added)}`];
  if (total(outcome.replaced) > 0) parts.push(`took ${countsText(outcome.replaced)} from the file`);
  if (total(outcome.kept) > 0) parts.push(`kept your ${countsText(outcome.kept)}`);
  if (total(outcome.unchanged) > 0) parts.push(`${plural(total(outcome.unchanged), 'record was', 'records were')} already the same`);
  let text = `Imported ${name}: ${parts.join('; ')}.`;
  const duplicates = outcome.possibleDuplicates;
  if (duplicates.length > 0) {
    const shown = duplicates.slice(0, 3).map((d) => `“${d.importedName}” looks like “${d.existingName}”`);
    text += ` Check for duplicates: ${shown.join('; ')}${duplicates.length > 3 ? ` and ${duplicates.length - 3} more` : ''}.`;
  }
  return text;
}

function total(counts: RecordCounts): number {
  return counts.cases + counts.organisations + counts.footnotes;
}

/** "6 May 2024" for a daily backup (one a day), with the time for the others. */
export const backupWhen = (backup: BackupInfo): string => (backup.kind === 'daily' ? formatDate(backup.createdAt.slice(0, 10)) : formatTimestamp(backup.createdAt));

/** What the panel says after a restore. */
export function restoredNotice(backup: BackupInfo, info: LibraryInfo): string {
  return `Restored the library from the backup of ${backupWhen(backup)}: it now holds ${countsText(info.counts)}.`;
}
