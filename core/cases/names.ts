import { dateYear } from './dates.ts';
import { nameKeys } from './name-key.ts';
import type { CaseDraft } from './person.ts';

type NamedCase = Pick<CaseDraft, 'givenName' | 'middleName' | 'familyName' | 'familyNameStyle' | 'aliases' | 'birthDate'>;

/** "Farhat MEYMANKULYYEV" or "Manuchehr Kholiknazarov", as the case asks its family name to be written. */
export function displayName(person: Pick<NamedCase, 'givenName' | 'familyName' | 'familyNameStyle'>): string {
  const family = person.familyNameStyle === 'capitals' ? person.familyName.toLocaleUpperCase('en') : person.familyName;
  return [person.givenName, family].filter((part) => part !== '').join(' ');
}

/**
 * Every way the person's name is written, each as the set of its words' keys: the main name
 * (with and without the middle name) and each alias.
 */
export function nameForms(person: NamedCase): Array<ReadonlySet<string>> {
  const forms = [
    new Set(nameKeys(`${person.givenName} ${person.familyName}`)),
    new Set(nameKeys(`${person.givenName} ${person.middleName} ${person.familyName}`)),
    ...person.aliases.map((alias) => new Set(nameKeys(alias.name))),
  ];
  return forms.filter((form) => form.size > 0);
}

/** Every key of every word of every form of the name: what the search index stores. */
export function allNameKeys(person: NamedCase): string[] {
  const keys = new Set<string>();
  for (const form of nameForms(person)) for (const key of form) keys.add(key);
  return [...keys];
}

/**
 * Whether two cases are likely the same person. Some written form of each name must agree:
 * two or more words with the same key (given and family name, in any order and spelling), or
 * the whole form when it is a single word (an alias such as "Durdyiev" against a case that is
 * known by just that name). A single shared word is not enough: family names repeat. Birth years
 * that are both known and differ mean two people, whatever their names.
 */
export function likelySamePerson(a: NamedCase, b: NamedCase): boolean {
  if (a.birthDate !== null && b.birthDate !== null && dateYear(a.birthDate) !== dateYear(b.birthDate)) return false;
  const formsB = nameForms(b);
  for (const formA of nameForms(a)) {
    for (const formB of formsB) {
      let shared = 0;
      for (const key of formA) if (formB.has(key)) shared++;
      if (shared >= 2) return true;
      if (shared === 1 && formA.size === 1 && formB.size === 1) return true;
    }
  }
  return false;
}
