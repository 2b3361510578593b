import { countryName } from '../countries.ts';
import type { UiLocale } from '../../i18n/ui-locale.ts';
import { displayName } from '../names.ts';
import type { CaseRecord, Charge, CaseEvent } from '../person.ts';
import { EVENT_TYPES, ROLES, STATUSES } from '../vocabulary.ts';
import { caseDiffMessages } from './case-diff-messages.ts';
import { russianAlias } from './case-names.ts';
import { caseSnapshot, SNAPSHOT_FACT_NAMES, SNAPSHOT_FACTS, withFacts, type CaseSnapshot, type SnapshotFact } from './case-snapshot.ts';
import { datePhrase } from './date-phrases.ts';
import { formatCase } from './format-case.ts';
import { requestOf, type InsertedCase } from './inserted-case.ts';

/**
 * What changed in the library since a case was inserted, for the Refresh dialog: one line
 * per changed fact ("Status: detained → sentenced", "Sentence: — → 23 years in prison"),
 * and one per added, removed or changed event or charge. Lines are in the interface
 * language (English unless a locale is given), whatever the statement's language.
 *
 * Only changes that matter to this inserted text are listed: a change is shown when
 * applying it to the old facts, or undoing it in the new ones, changes the text the format
 * makes. A new source or a charge under a list line is left out; a new event that turns
 * the list line's headline is shown.
 */
export type CaseDifference = {
  fact: SnapshotFact;
  change: 'added' | 'removed' | 'changed';
  label: string;
  /** '—' when there was nothing. */
  before: string;
  after: string;
  /** The line to show: "Status: detained → sentenced". */
  text: string;
};

const NONE = '—';

/** A date as the interface words it: "30 August 2023", "30 августа 2023 г.". */
export const dateIn = (date: string | null, locale: UiLocale) => (date === null ? '' : datePhrase(date, locale).bare);
const joined = (parts: ReadonlyArray<string>) => parts.filter((part) => part !== '').join(', ') || NONE;
const quoted = (text: string, locale: UiLocale) => caseDiffMessages[locale].quoted(text.length > 80 ? `${text.slice(0, 79)}…` : text);

export function describeEvent(event: CaseEvent, locale: UiLocale = 'en'): string {
  return joined([EVENT_TYPES[event.type][locale], dateIn(event.date, locale), event.place, event.country === null ? '' : countryName(event.country, locale)]);
}

export function describeCharge(charge: Charge, locale: UiLocale = 'en'): string {
  return joined([caseDiffMessages[locale].article(charge.article), charge.code, charge.country === null ? '' : countryName(charge.country, locale)]);
}

/** How a fact reads in the dialog. */
function describeFact(fact: Exclude<SnapshotFact, 'events' | 'charges'>, snapshot: CaseSnapshot, locale: UiLocale): string {
  const m = caseDiffMessages[locale];
  switch (fact) {
    case 'name':
      return displayName(snapshot) || NONE;
    case 'russianName':
      return russianAlias(snapshot) ?? NONE;
    case 'birthDate':
      return dateIn(snapshot.birthDate, locale) || NONE;
    case 'nationality':
      return snapshot.nationality === null ? NONE : countryName(snapshot.nationality, locale);
    case 'roles':
      return joined(snapshot.roles.map((role) => ROLES[role][locale]));
    case 'status':
      return STATUSES[snapshot.status][locale];
    case 'sentence': {
      const sentence = snapshot.sentence;
      if (sentence === null) return NONE;
      const term = sentence.text || (sentence.years === null ? '' : `${m.years(sentence.years)}${sentence.suspended ? `, ${m.suspended}` : ''}`);
      return joined([term, dateIn(sentence.date, locale)]);
    }
    case 'confidential':
      return snapshot.confidential ? m.yes : m.no;
  }
}

type Item = { id: string };
type ItemChange<T extends Item> = { change: CaseDifference['change']; before: T | null; after: T | null };

function itemChanges<T extends Item>(before: ReadonlyArray<T>, after: ReadonlyArray<T>): Array<ItemChange<T>> {
  const old = new Map(before.map((item) => [item.id, item]));
  const now = new Map(after.map((item) => [item.id, item]));
  return [
    ...before.filter((item) => !now.has(item.id)).map((item) => ({ change: 'removed' as const, before: item, after: null })),
    ...after.flatMap((item): Array<ItemChange<T>> => {
      const was = old.get(item.id);
      if (was === undefined) return [{ change: 'added', before: null, after: item }];
      return JSON.stringify(was) === JSON.stringify(item) ? [] : [{ change: 'changed', before: was, after: item }];
    }),
  ];
}

/** `list` with one item change applied: forward (old → new) or undone (new → old). */
function applyItem<T extends Item>(list: ReadonlyArray<T>, change: ItemChange<T>, direction: 'apply' | 'undo'): T[] {
  const from = direction === 'apply' ? change.before : change.after;
  const to = direction === 'apply' ? change.after : change.before;
  if (from === null) return to === null ? [...list] : [...list, to];
  return list.flatMap((item) => (item.id !== from.id ? [item] : to === null ? [] : [to]));
}

function itemLine<T extends Item>(fact: 'events' | 'charges', change: ItemChange<T>, describe: (item: T) => string, details: (item: T) => string, locale: UiLocale): CaseDifference {
  const m = caseDiffMessages[locale];
  const label = m.fact(fact);
  let before = change.before === null ? NONE : describe(change.before);
  let after = change.after === null ? NONE : describe(change.after);
  // Only the free text changed: show it, or the line would read "x → x".
  if (change.before !== null && change.after !== null && before === after) {
    before = `${before}: ${quoted(details(change.before), locale)}`;
    after = `${after}: ${quoted(details(change.after), locale)}`;
  }
  const text = change.change === 'added' ? m.added(fact, after) : change.change === 'removed' ? m.removed(fact, before) : m.changed(label, before, after);
  return { fact, change: change.change, label, before, after, text };
}

function sameFact(fact: SnapshotFact, a: CaseSnapshot, b: CaseSnapshot): boolean {
  return SNAPSHOT_FACTS[fact].every((field) => JSON.stringify(a[field]) === JSON.stringify(b[field]));
}

type Candidate = { line: CaseDifference; applied: CaseSnapshot; undone: CaseSnapshot };

/** A line per added, removed or changed item, with the old facts plus it and the new facts without it. */
function itemCandidates<T extends Item>(
  fact: 'events' | 'charges',
  old: CaseSnapshot,
  fresh: CaseSnapshot,
  list: (snapshot: CaseSnapshot) => ReadonlyArray<T>,
  describe: (item: T) => string,
  details: (item: T) => string,
  locale: UiLocale,
): Candidate[] {
  return itemChanges(list(old), list(fresh)).map((change) => ({
    line: itemLine(fact, change, describe, details, locale),
    applied: { ...old, [fact]: applyItem(list(old), change, 'apply') },
    undone: { ...fresh, [fact]: applyItem(list(fresh), change, 'undo') },
  }));
}

function factCandidate(fact: Exclude<SnapshotFact, 'events' | 'charges'>, old: CaseSnapshot, fresh: CaseSnapshot, locale: UiLocale): Candidate {
  const before = describeFact(fact, old, locale);
  const after = describeFact(fact, fresh, locale);
  const m = caseDiffMessages[locale];
  const label = m.fact(fact);
  return {
    line: { fact, change: 'changed', label, before, after, text: m.changed(label, before, after) },
    applied: withFacts(old, fresh, [fact]),
    undone: withFacts(fresh, old, [fact]),
  };
}

export function diffInsertedCase(inserted: InsertedCase, current: CaseRecord | CaseSnapshot, locale: UiLocale = 'en'): CaseDifference[] {
  const request = requestOf(inserted);
  const old = inserted.snapshot;
  const fresh = caseSnapshot(current);
  const textOf = (snapshot: CaseSnapshot) => JSON.stringify(formatCase(snapshot, request));
  const oldText = textOf(old);
  const freshText = textOf(fresh);

  const candidates = SNAPSHOT_FACT_NAMES.filter((fact) => !sameFact(fact, old, fresh)).flatMap((fact) => {
    if (fact === 'events') return itemCandidates('events', old, fresh, (s) => s.events, (event) => describeEvent(event, locale), (event) => event.text, locale);
    if (fact === 'charges') return itemCandidates('charges', old, fresh, (s) => s.charges, (charge) => describeCharge(charge, locale), (charge) => charge.articleText, locale);
    return [factCandidate(fact, old, fresh, locale)];
  });
  // Shown when it changes the text made from the old facts, or its absence the text made from the new.
  const shown = candidates.filter((c) => textOf(c.applied) !== oldText || textOf(c.undone) !== freshText);
  // Should changes matter only together, show them all rather than none.
  return (shown.length > 0 || oldText === freshText ? shown : candidates).map((c) => c.line);
}
