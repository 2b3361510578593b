import { countryName } from '../cases/countries.ts';
import type { StatementLanguage } from '../statement/language.ts';
import { affiliationOf } from './names.ts';
import type { SignatoryOrder } from './settings.ts';
import type { PublicSignatory } from './signatory.ts';

/**
 * The order signers are listed in. Every mode is stable: signers that the mode does not tell
 * apart keep the writer's (manual) order, so switching modes never shuffles at random.
 *
 * - manual: the list as the writer arranged it.
 * - organisation-alphabetical: by the organisation's name (an individual's affiliation; the
 *   organisation before its people), then by family and given name; no organisation last.
 * - family-name: individuals by family then given name, organisations by their name, in one
 *   alphabet ("ABIDOV", "Association for …", "ATAYEVA").
 * - lead-first: lead signers, then the rest.
 * - organisations-first: organisations, then individuals.
 * - by-country: grouped by country, countries alphabetical in the statement's language,
 *   signers without a country last.
 *
 * Names are compared with the statement language's collation (Cyrillic before Latin in
 * Russian, after it in English), ignoring case, a leading "The" and opening quotes.
 */

const collators = new Map<StatementLanguage, Intl.Collator>();
function collator(language: StatementLanguage): Intl.Collator {
  let c = collators.get(language);
  if (!c) {
    c = new Intl.Collator(language, { sensitivity: 'base', numeric: true });
    collators.set(language, c);
  }
  return c;
}

/** What an alphabet should see: «Мемориал» under М, "The Rights Foundation" under R. */
export function sortableName(name: string, language: StatementLanguage): string {
  const bare = name.replace(/^[^\p{L}\p{N}]+/u, '');
  return language === 'en' ? bare.replace(/^the\s+/i, '') : bare;
}

/** The keys a signer is sorted by in each alphabetical mode, most significant first. */
function keysFor(s: PublicSignatory, order: SignatoryOrder, language: StatementLanguage): [string, string, string] {
  const family = s.kind === 'individual' ? s.familyName || s.givenName : '';
  const given = s.kind === 'individual' && s.familyName !== '' ? s.givenName : '';
  switch (order) {
    case 'organisation-alphabetical':
      // An organisation comes before the people who give it as their affiliation: "0" < any name.
      return [sortableName(affiliationOf(s, language), language), s.kind === 'organisation' ? '0' : family, given];
    case 'family-name':
      return s.kind === 'individual' ? [family, given, ''] : [sortableName(affiliationOf(s, language), language), '', ''];
    case 'by-country':
      return [s.country === null ? '' : countryName(s.country, language), '', ''];
    default:
      return ['', '', ''];
  }
}

/** Group rank for the modes that put one kind of signer before another; lower comes first. */
function rankOf(s: PublicSignatory, order: SignatoryOrder): number {
  if (order === 'lead-first') return s.lead ? 0 : 1;
  if (order === 'organisations-first') return s.kind === 'organisation' ? 0 : 1;
  return 0;
}

/** Empty keys sort after every name, so unknown organisations and countries go to the end. */
function compareKeys(a: string, b: string, compare: (x: string, y: string) => number): number {
  if (a === b) return 0;
  if (a === '') return 1;
  if (b === '') return -1;
  return compare(a, b);
}

/** The signers in the given order; a new array, the input is left as it is. */
export function orderSignatories<T extends PublicSignatory>(list: readonly T[], order: SignatoryOrder, language: StatementLanguage): T[] {
  if (order === 'manual') return [...list];
  const compare = collator(language).compare;
  const decorated = list.map((s, index) => ({ s, index, rank: rankOf(s, order), keys: keysFor(s, order, language) }));
  decorated.sort(
    (a, b) =>
      a.rank - b.rank ||
      compareKeys(a.keys[0], b.keys[0], compare) ||
      compareKeys(a.keys[1], b.keys[1], compare) ||
      compareKeys(a.keys[2], b.keys[2], compare) ||
      a.index - b.index,
  );
  return decorated.map((d) => d.s);
}

/**
 * The list after dragging the signer at `from` to position `to` (both indexes in the list as
 * it is before the move), for manual order. Out-of-range indexes leave the list unchanged.
 */
export function moveSignatory<T>(list: readonly T[], from: number, to: number): T[] {
  const copy = [...list];
  if (!Number.isInteger(from) || !Number.isInteger(to) || from < 0 || from >= list.length || to < 0 || to >= list.length || from === to) return copy;
  const [moved] = copy.splice(from, 1);
  copy.splice(to, 0, moved as T);
  return copy;
}
