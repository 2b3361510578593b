import { countryName } from '../../../core/cases/countries.ts';
import { personName } from '../../../core/signatories/names.ts';
import type { Signatory, SignatoryStatus } from '../../../core/signatories/signatory.ts';
import type { StatementLanguage } from '../../../core/statement/language.ts';
import { messagesNow } from '../../i18n/messages.ts';
import { signatoryMessages } from './messages.ts';

/**
 * The panel's changes to a signatory list, each a new list (the session keeps the old one
 * for Undo), and the words the panel uses for them (in the interface language; names and
 * countries in the statement's).
 */

/** Today in the writer's time zone, as YYYY-MM-DD: the day a status changed. */
export function today(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function updateOne(list: readonly Signatory[], id: string, change: (s: Signatory) => Signatory): Signatory[] {
  return list.map((s) => (s.id === id ? change(s) : s));
}

/** A new status from `date`; the note belonged to the old status, so it goes (the panel asks for a new one). */
export function withStatus(list: readonly Signatory[], id: string, status: SignatoryStatus, date: string): Signatory[] {
  return updateOne(list, id, (s) => (s.status === status ? s : { ...s, status, statusDate: date, statusNote: '' }));
}

export function withStatusNote(list: readonly Signatory[], id: string, note: string): Signatory[] {
  return updateOne(list, id, (s) => ({ ...s, statusNote: note.replace(/\s+/g, ' ').trim().slice(0, 500) }));
}

export function withLead(list: readonly Signatory[], id: string, lead: boolean): Signatory[] {
  return updateOne(list, id, (s) => ({ ...s, lead }));
}

/** The signer replaced by its edited version, in the same place. */
export function withReplaced(list: readonly Signatory[], edited: Signatory): Signatory[] {
  return updateOne(list, edited.id, () => edited);
}

export function without(list: readonly Signatory[], id: string): Signatory[] {
  return list.filter((s) => s.id !== id);
}

/** Where a move by keyboard (Alt+Arrow, the arrow buttons) takes the signer at `index`, or null at an end. */
export function stepTarget(index: number, direction: -1 | 1, length: number): number | null {
  const to = index + direction;
  return to < 0 || to >= length ? null : to;
}

/**
 * The index `moveSignatory` wants for a drop on the row at `over`, in its upper (`before`)
 * or lower half: dropping a row just above or below itself does not move it.
 */
export function dropTarget(from: number, over: number, before: boolean): number {
  const slot = before ? over : over + 1; // the gap the row goes into, counted in the list as it is
  return slot > from ? slot - 1 : slot;
}

/** The signer's name as the panel lists it: "Reyimberdy KURBANOV", "Association for … (AHRCA)". */
export function signerName(s: Signatory, capitals: boolean, language: StatementLanguage): string {
  if (s.kind === 'individual') return personName(s, capitals, language) || messagesNow(signatoryMessages).noName;
  return s.abbreviation !== '' && s.abbreviation !== s.fullName ? `${s.fullName} (${s.abbreviation})` : s.fullName;
}

/** What follows the name in the panel: role, affiliation, country; exile for an organisation. */
export function signerDetails(s: Signatory, language: StatementLanguage): string {
  const m = messagesNow(signatoryMessages);
  const country = s.country === null ? '' : countryName(s.country, language);
  if (s.kind === 'individual') return [s.role, s.organisation, country].filter((part) => part !== '').join(', ');
  const exile = s.exileCountry === null ? '' : m.inExile(countryName(s.exileCountry, language));
  return [m.organisationWord, country, exile].filter((part) => part !== '').join(', ');
}

/** The short name used in undo labels and announcements: family name or abbreviation. */
export function shortName(s: Signatory): string {
  if (s.kind === 'individual') return [s.givenName, s.familyName].filter((part) => part !== '').join(' ') || messagesNow(signatoryMessages).noName;
  return s.abbreviation || s.fullName;
}

/** "confirmed 20 Dec 2023 · by e-mail from Nadejda" under a signer. */
export function statusLine(s: Signatory): string {
  const parts: string[] = [];
  if (s.statusDate !== null) parts.push(messagesNow(signatoryMessages).statusOnDate(s.status, new Date(`${s.statusDate}T00:00:00Z`)));
  if (s.statusNote !== '') parts.push(s.statusNote);
  return parts.join(' · ');
}
