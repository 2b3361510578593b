import { findPeople } from '../../../../core/archive/find-people.ts';
import type { SourceStatement } from '../../../../core/archive/statement-passages.ts';
import { suggestCases, type CaseSuggestions } from '../../../../core/archive/suggest-cases.ts';
import type { CaseRecord } from '../../../../core/cases/person.ts';
import { fail, ok, type Result } from '../../../../core/ipc/result.ts';
import { currentUiLocale } from '../../../i18n/ui-locale-store.ts';
import { studio } from '../../../studio.ts';

/**
 * The suggestions of one statement against the library as it is now: each person found is
 * looked up by name (the library's search is spelling- and script-blind), the cases whose
 * names matched are read whole, and core/archive decides which one is the same person.
 */
export async function loadCaseSuggestions(source: SourceStatement): Promise<Result<CaseSuggestions>> {
  const people = findPeople(source);
  const candidates = new Map<string, CaseRecord>();
  for (const person of people) {
    for (const name of [`${person.given} ${person.family}`, ...person.aliases]) {
      const hits = await studio.library.search({ query: name, limit: 20 });
      if (!hits.ok) return fail(hits.code, hits.message);
      for (const hit of hits.value.filter((h) => h.match === 'name' && !candidates.has(h.id))) {
        const record = await studio.library.getCase({ id: hit.id });
        if (record.ok) candidates.set(record.value.id, record.value);
      }
    }
  }
  return ok(suggestCases(people, source, [...candidates.values()], { locale: currentUiLocale() }));
}
