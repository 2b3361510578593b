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
 * The tokens of the duplicate check: for each written form of the name, every pair of its
 * word keys ("farhat meimankulev", in alphabetical order), or the key alone for a one-word
 * form. Two cases share a token exactly when some form of each has two words in common, or
 * both are the same single word; the library indexes these tokens to find candidates fast.
 */
export function namePairs(person: NamedCase): string[] {
  const pairs = new Set<string>();
  for (const form of nameForms(person)) {
    const keys = [...form].sort();
    if (keys.length === 1) pairs.add(keys[0]!);
    for (let i = 0; i < keys.length; i++) for (let j = i + 1; j < keys.length; j++) pairs.add(`${keys[i]} ${keys[j]}`);
  }
  return [...pairs];
}

/**
 * Whether two cases are likely the same person. Some written form of each name must agree:
 * two or more words with the same key (given and family name, in any order and spelling), or
 * the whole form when both are a single word (an alias such as "Durdyiev" against a case known
 * by just that name). A single shared word is not enough: family names repeat. Birth years
 * that are both known and differ mean two people, whatever their names.
 */
export function likelySamePerson(a: NamedCase, b: NamedCase): boolean {
  if (a.birthDate !== null && b.birthDate !== null && dateYear(a.birthDate) !== dateYear(b.birthDate)) return false;
  const pairsB = new Set(namePairs(b));
  return namePairs(a).some((pair) => pairsB.has(pair));
}
