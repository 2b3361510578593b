import { countryName, type CountryCode } from '../cases/countries.ts';
import { dateBounds, type PartialDate } from '../cases/dates.ts';
import { caseDiffMessages } from '../cases/insert/case-diff-messages.ts';
import { dateIn, describeCharge, describeEvent } from '../cases/insert/case-diff.ts';
import { nameKeys } from '../cases/name-key.ts';
import { displayName } from '../cases/names.ts';
import type { Alias, CaseDraft, CaseEvent, CaseRecord, Charge, Sentence, Source } from '../cases/person.ts';
import { ROLES, STATUSES, type Role, type Status } from '../cases/vocabulary.ts';
import type { UiLocale } from '../i18n/ui-locale.ts';

/**
 * What a statement adds to a case already in the library, one change per fact, for the
 * writer to take or leave: a birth year, a nationality, a role, another spelling of the name,
 * an event or a charge the case lacks, the sentence, the status, and the statement as a
 * source. Facts the case already has (an event of the same kind on a date that agrees) are
 * not offered again. Like the Refresh dialog of inserted cases (core/cases/insert/case-diff.ts),
 * each change reads "before → after" (in the interface language) and is applied alone.
 */
type Change<F extends string, V> = {
  /** Stable within one suggestion, for the checkbox. */
  id: string;
  field: F;
  /** "—" when the case has nothing there. */
  before: string;
  after: string;
  /** Whether it overwrites something the case says, rather than adding. */
  replaces: boolean;
  /** Ticked at first: additions, and a status from a statement newer than the case's last event. */
  preselected: boolean;
  value: V;
};

export type FieldChange =
  | Change<'birthDate', PartialDate>
  | Change<'nationality', CountryCode>
  | Change<'status', Status>
  | Change<'sentence', Sentence>
  | Change<'role', Role>
  | Change<'alias', Alias>
  | Change<'event', CaseEvent>
  | Change<'charge', Charge>
  | Change<'source', Source>;

const NONE = '—';
const dateText = (date: PartialDate | null, locale: UiLocale) => dateIn(date, locale) || NONE;

/** "23 years, suspended, 30 August 2023"; the sentence's own words when the library has them. */
export function sentenceText(s: Sentence | null, locale: UiLocale = 'en'): string {
  if (s === null) return NONE;
  const m = caseDiffMessages[locale];
  return [s.text || m.years(s.years), s.suspended ? m.suspended : '', dateIn(s.date, locale)].filter(Boolean).join(', ');
}

/** Two partial dates that may mean the same day: equal, or one inside the other ("2023-08" and "2023-08-30"). */
function datesAgree(a: PartialDate | null, b: PartialDate | null): boolean {
  if (a === null || b === null) return true;
  const x = dateBounds(a);
  const y = dateBounds(b);
  return (x.start <= y.start && y.end <= x.end) || (y.start <= x.start && x.end <= y.end);
}

/** A deportation and an extradition are both a forced return: statements call the same event by either name. */
const kindOf = (type: CaseEvent['type']) => (type === 'extradition' ? 'deportation' : type);

const articleKey = (article: string) => article.toLowerCase().replace(/[^0-9a-zа-я]+/gu, '');

export function caseChanges(record: CaseRecord, draft: CaseDraft, statementDate: string, locale: UiLocale = 'en'): FieldChange[] {
  const changes: FieldChange[] = [];
  let n = 0;
  const add = <C extends FieldChange>(change: Omit<C, 'id'>) => changes.push({ ...change, id: `${change.field}-${++n}` } as FieldChange);

  if (draft.birthDate !== null && draft.birthDate !== record.birthDate) {
    add({ field: 'birthDate', before: dateText(record.birthDate, locale), after: dateText(draft.birthDate, locale), replaces: record.birthDate !== null, preselected: record.birthDate === null, value: draft.birthDate });
  }
  if (draft.nationality !== null && draft.nationality !== record.nationality) {
    const before = record.nationality === null ? NONE : countryName(record.nationality, locale);
    add({ field: 'nationality', before, after: countryName(draft.nationality, locale), replaces: record.nationality !== null, preselected: record.nationality === null, value: draft.nationality });
  }
  for (const role of draft.roles.filter((r) => !record.roles.includes(r))) {
    add({ field: 'role', before: NONE, after: ROLES[role][locale], replaces: false, preselected: true, value: role });
  }
  const recordForms = [displayName(record), `${record.givenName} ${record.familyName}`, ...record.aliases.map((a) => a.name)].map((f) => f.toLowerCase());
  const recordKeys = new Set([`${record.givenName} ${record.familyName}`, ...record.aliases.map((a) => a.name)].flatMap((f) => nameKeys(f)));
  const written = `${draft.givenName} ${draft.familyName}`;
  if (!recordForms.includes(written.toLowerCase())) {
    add({ field: 'alias', before: NONE, after: written, replaces: false, preselected: true, value: { name: written, kind: 'transliteration', language: null } });
  }
  for (const alias of draft.aliases.filter((a) => !nameKeys(a.name).every((k) => recordKeys.has(k)))) {
    add({ field: 'alias', before: NONE, after: alias.name, replaces: false, preselected: true, value: alias });
  }
  for (const event of draft.events) {
    if (record.events.some((e) => kindOf(e.type) === kindOf(event.type) && datesAgree(e.date, event.date))) continue;
    add({ field: 'event', before: NONE, after: describeEvent(event, locale), replaces: false, preselected: true, value: event });
  }
  for (const charge of draft.charges) {
    if (record.charges.some((c) => articleKey(c.article) === articleKey(charge.article))) continue;
    add({ field: 'charge', before: NONE, after: describeCharge(charge, locale), replaces: false, preselected: true, value: charge });
  }
  if (draft.sentence !== null && (record.sentence === null || record.sentence.years !== draft.sentence.years || record.sentence.suspended !== draft.sentence.suspended)) {
    add({ field: 'sentence', before: sentenceText(record.sentence, locale), after: sentenceText(draft.sentence, locale), replaces: record.sentence !== null, preselected: record.sentence === null, value: draft.sentence });
  }
  const sameReturn = ['deported', 'extradited'].includes(draft.status) && ['deported', 'extradited'].includes(record.status);
  if (draft.status !== 'at-risk' && draft.status !== record.status && !sameReturn) {
    // An old statement must not turn back the case of someone whose story went on since.
    const lastEvent = record.events.map((e) => e.date).filter((d): d is string => d !== null).sort().at(-1);
    const newer = lastEvent === undefined || statementDate >= dateBounds(lastEvent).end;
    add({ field: 'status', before: STATUSES[record.status][locale], after: STATUSES[draft.status][locale], replaces: true, preselected: newer, value: draft.status });
  }
  for (const source of draft.sources.filter((s) => !record.sources.some((r) => r.title.toLowerCase() === s.title.toLowerCase()))) {
    add({ field: 'source', before: NONE, after: [source.title, dateText(source.date, locale)].filter((p) => p !== NONE).join(', '), replaces: false, preselected: true, value: source });
  }
  return changes;
}

/** The case with the chosen changes applied: the draft to save with updateCase. */
export function applyChanges(record: CaseRecord, changes: readonly FieldChange[]): CaseDraft {
  const { id: _id, updatedAt: _updatedAt, ...draft } = record;
  const next: CaseDraft = { ...draft, aliases: [...draft.aliases], roles: [...draft.roles], events: [...draft.events], charges: [...draft.charges], sources: [...draft.sources] };
  for (const change of changes) {
    switch (change.field) {
      case 'birthDate':
        next.birthDate = change.value;
        break;
      case 'nationality':
        next.nationality = change.value;
        break;
      case 'status':
        next.status = change.value;
        break;
      case 'sentence':
        next.sentence = change.value;
        break;
      case 'role':
        next.roles.push(change.value);
        break;
      case 'alias':
        next.aliases.push(change.value);
        break;
      case 'event':
        next.events.push(change.value);
        break;
      case 'charge':
        next.charges.push(change.value);
        break;
      case 'source':
        next.sources.push(change.value);
        break;
    }
  }
  return next;
}
