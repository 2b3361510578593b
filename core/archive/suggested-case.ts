import type { PartialDate } from '../cases/dates.ts';
import { emptyCaseDraft, type CaseDraft, type Source } from '../cases/person.ts';
import type { FoundPerson } from './found-person.ts';

/**
 * A found person as a new case draft: name as the statement writes it, the facts it gives,
 * and the statement itself as the case's source. Event ids are fresh per draft (`newId`).
 */
export type StatementRef = { title: string; date: string };

export function sourceOf(statement: StatementRef): Source {
  const date: PartialDate | null = /^\d{4}-\d{2}-\d{2}$/.test(statement.date) ? statement.date : null;
  return { title: (statement.title.trim() || 'Imported statement').slice(0, 500), url: null, date, reliability: 'credible' };
}

export function draftOf(person: FoundPerson, statement: StatementRef, newId: (prefix: string) => string): CaseDraft {
  return {
    ...emptyCaseDraft(),
    givenName: person.given,
    middleName: person.middle,
    // Capitals are how the statement marks the family name; the record keeps the word, the style says how to print it.
    familyName: person.familyStyle === 'capitals' ? titleCase(person.family) : person.family,
    familyNameStyle: person.familyStyle,
    aliases: person.aliases.map((name) => ({ name, kind: 'alias', language: null })),
    birthDate: person.birth === null ? null : String(person.birth.year),
    nationality: person.nationality,
    roles: person.roles,
    status: person.status ?? 'at-risk',
    events: person.events.map((event) => ({ id: newId('event'), type: event.type, date: event.date, place: event.place, country: event.country, text: event.evidence.slice(0, 4000) })),
    charges: person.charges.map((charge) => ({ id: newId('charge'), article: charge.article, code: charge.code, country: charge.country, articleText: charge.articleText })),
    sentence: person.sentence === null ? null : { text: person.sentence.text, years: person.sentence.years, suspended: person.sentence.suspended, date: person.sentence.date },
    sources: [sourceOf(statement)],
  };
}

/** "HUDAYRAMOV" → "Hudayramov", "ХУДАЙРАМОВ" → "Худайрамов"; hyphenated parts each. */
export function titleCase(word: string): string {
  return word
    .toLocaleLowerCase()
    .replace(/(^|[-\s'’])(\p{Ll})/gu, (_m, sep: string, letter: string) => sep + letter.toLocaleUpperCase());
}
