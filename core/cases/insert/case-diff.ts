import { countryName } from '../countries.ts';
import { displayName } from '../names.ts';
import type { CaseRecord, Charge, CaseEvent } from '../person.ts';
import { EVENT_TYPES, ROLES, STATUSES } from '../vocabulary.ts';
import { russianAlias } from './case-names.ts';
import { caseSnapshot, SNAPSHOT_FACT_NAMES, SNAPSHOT_FACTS, withFacts, type CaseSnapshot, type SnapshotFact } from './case-snapshot.ts';
import { datePhrase } from './date-phrases.ts';
import { formatCase } from './format-case.ts';
import { requestOf, type InsertedCase } from './inserted-case.ts';

/**
 * What changed in the library since a case was inserted, for the Refresh dialog: one line
 * per changed fact ("Status: detained → sentenced", "Sentence: — → 23 years in prison"),
 * and one per added, removed or changed event or charge. Lines are in English, the
 * language of the app's interface.
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

const FACT_LABELS: Record<SnapshotFact, string> = {
  name: 'Name',
  russianName: 'Name in Russian',
  birthDate: 'Born',
  nationality: 'Nationality',
  roles: 'Roles',
  status: 'Status',
  events: 'Event',
  charges: 'Charge',
  sentence: 'Sentence',
  confidential: 'Confidential',
};

const englishDate = (date: string | null) => (date === null ? '' : datePhrase(date, 'en').bare);
const joined = (parts: ReadonlyArray<string>) => parts.filter((part) => part !== '').join(', ') || NONE;
const quoted = (text: string) => (text.length > 80 ? `“${text.slice(0, 79)}…”` : `“${text}”`);

export function describeEvent(event: CaseEvent): string {
  return joined([EVENT_TYPES[event.type].en, englishDate(event.date), event.place, event.country === null ? '' : countryName(event.country, 'en')]);
}

export function describeCharge(charge: Charge): string {
  return joined([`Article ${charge.article}`, charge.code, charge.country === null ? '' : countryName(charge.country, 'en')]);
}

/** How a fact reads in the dialog. */
function describeFact(fact: Exclude<SnapshotFact, 'events' | 'charges'>, snapshot: CaseSnapshot): string {
  switch (fact) {
    case 'name':
      return displayName(snapshot) || NONE;
    case 'russianName':
      return russianAlias(snapshot) ?? NONE;
    case 'birthDate':
      return englishDate(snapshot.birthDate) || NONE;
    case 'nationality':
      return snapshot.nationality === null ? NONE : countryName(snapshot.nationality, 'en');
    case 'roles':
      return joined(snapshot.roles.map((role) => ROLES[role].en));
    case 'status':
      return STATUSES[snapshot.status].en;
    case 'sentence': {
      const sentence = snapshot.sentence;
      if (sentence === null) return NONE;
      const term = sentence.text || (sentence.years === null ? '' : `${sentence.years} years${sentence.suspended ? ', suspended' : ''}`);
      return joined([term, englishDate(sentence.date)]);
    }
    case 'confidential':
      return snapshot.confidential ? 'yes' : 'no';
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

function itemLine<T extends Item>(fact: 'events' | 'charges', change: ItemChange<T>, describe: (item: T) => string, details: (item: T) => string): CaseDifference {
  const label = FACT_LABELS[fact];
  let before = change.before === null ? NONE : describe(change.before);
  let after = change.after === null ? NONE : describe(change.after);
  // Only the free text changed: show it, or the line would read "x → x".
  if (change.before !== null && change.after !== null && before === after) {
    before = `${before}: ${quoted(details(change.before))}`;
    after = `${after}: ${quoted(details(change.after))}`;
  }
  const text = change.change === 'added' ? `New ${label.toLowerCase()}: ${after}` : change.change === 'removed' ? `${label} removed: ${before}` : `${label}: ${before} → ${after}`;
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
): Candidate[] {
  return itemChanges(list(old), list(fresh)).map((change) => ({
    line: itemLine(fact, change, describe, details),
    applied: { ...old, [fact]: applyItem(list(old), change, 'apply') },
    undone: { ...fresh, [fact]: applyItem(list(fresh), change, 'undo') },
  }));
}

function factCandidate(fact: Exclude<SnapshotFact, 'events' | 'charges'>, old: CaseSnapshot, fresh: CaseSnapshot): Candidate {
  const before = describeFact(fact, old);
  const after = describeFact(fact, fresh);
  const label = FACT_LABELS[fact];
  return {
    line: { fact, change: 'changed', label, before, after, text: `${label}: ${before} → ${after}` },
    applied: withFacts(old, fresh, [fact]),
    undone: withFacts(fresh, old, [fact]),
  };
}

export function diffInsertedCase(inserted: InsertedCase, current: CaseRecord | CaseSnapshot): CaseDifference[] {
  const request = requestOf(inserted);
  const old = inserted.snapshot;
  const fresh = caseSnapshot(current);
  const textOf = (snapshot: CaseSnapshot) => JSON.stringify(formatCase(snapshot, request));
  const oldText = textOf(old);
  const freshText = textOf(fresh);

  const candidates = SNAPSHOT_FACT_NAMES.filter((fact) => !sameFact(fact, old, fresh)).flatMap((fact) => {
    if (fact === 'events') return itemCandidates('events', old, fresh, (s) => s.events, describeEvent, (event) => event.text);
    if (fact === 'charges') return itemCandidates('charges', old, fresh, (s) => s.charges, describeCharge, (charge) => charge.articleText);
    return [factCandidate(fact, old, fresh)];
  });
  // Shown when it changes the text made from the old facts, or its absence the text made from the new.
  const shown = candidates.filter((c) => textOf(c.applied) !== oldText || textOf(c.undone) !== freshText);
  // Should changes matter only together, show them all rather than none.
  return (shown.length > 0 || oldText === freshText ? shown : candidates).map((c) => c.line);
}
