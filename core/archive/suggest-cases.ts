import { likelySamePerson } from '../cases/names.ts';
import type { CaseDraft, CaseRecord } from '../cases/person.ts';
import type { UiLocale } from '../i18n/ui-locale.ts';
import { caseChanges, type FieldChange } from './case-update.ts';
import type { FoundPerson } from './found-person.ts';
import { draftOf, type StatementRef } from './suggested-case.ts';

/**
 * Case suggestions from one statement: each person it names with facts becomes a new case
 * draft, or, when a library case is the same person (name keys in any spelling or script,
 * birth years that do not disagree), the changes the statement would bring to that case.
 * A known case the statement adds nothing to is only named in `upToDate`.
 */
export type CaseSuggestion =
  | { kind: 'new'; key: string; person: FoundPerson; draft: CaseDraft }
  | { kind: 'update'; key: string; person: FoundPerson; record: CaseRecord; changes: FieldChange[] };

export type CaseSuggestions = { suggestions: CaseSuggestion[]; upToDate: CaseRecord[] };

/** Ids for new events and charges: unique across the library's ids, since they land in existing cases. */
export function idMaker(taken: Iterable<string> = []): (prefix: string) => string {
  const used = new Set(taken);
  let n = 0;
  return (prefix) => {
    let id: string;
    do id = `${prefix}-${Date.now().toString(36)}-${(++n).toString(36)}`;
    while (used.has(id));
    used.add(id);
    return id;
  };
}

/** `locale`: the interface language the changes' before and after are worded in (English by default). */
export type SuggestOptions = { newId?: (prefix: string) => string; locale?: UiLocale };

export function suggestCases(people: readonly FoundPerson[], statement: StatementRef, existing: readonly CaseRecord[], options: SuggestOptions = {}): CaseSuggestions {
  const newId = options.newId ?? idMaker(existing.flatMap((r) => [...r.events, ...r.charges].map((x) => x.id)));
  const suggestions: CaseSuggestion[] = [];
  const upToDate: CaseRecord[] = [];
  people.forEach((person, index) => {
    const draft = draftOf(person, statement, newId);
    const key = `person-${index + 1}`;
    const record = existing.find((r) => likelySamePerson(draft, r));
    if (record === undefined) return void suggestions.push({ kind: 'new', key, person, draft });
    const changes = caseChanges(record, draft, statement.date, options.locale);
    if (changes.some((c) => c.field !== 'source')) suggestions.push({ kind: 'update', key, person, record, changes });
    else upToDate.push(record);
  });
  return { suggestions, upToDate };
}
