import { describe, expect, it } from 'vitest';
import { moveSignatory, orderSignatories, sortableName } from '../../../core/signatories/order.ts';
import { SIGNATORY_ORDERS } from '../../../core/signatories/settings.ts';
import { newIndividualSignatory, newOrganisationSignatory } from '../../../core/signatories/signatory.ts';
import { AHRCA, HALLYYEV, ids, IPHR, KURBANOV, MIXED, NHC, TAGANOVA } from './fixtures.ts';

describe('orderSignatories', () => {
  it('keeps the list as it is in manual order, and never changes its input', () => {
    const before = ids(MIXED);
    expect(ids(orderSignatories(MIXED, 'manual', 'en'))).toEqual(before);
    for (const order of SIGNATORY_ORDERS) orderSignatories(MIXED, order, 'en');
    expect(ids(MIXED)).toEqual(before);
  });

  it('sorts by organisation, then family name, people without one last', () => {
    expect(ids(orderSignatories(MIXED, 'organisation-alphabetical', 'en'))).toEqual([
      // "AHRCA" (Abidov's affiliation) < "Association for Human Rights…" (two people, by family name)
      'abidov', 'ahrca', 'atayeva', 'kurbanov',
      // the organisation before the person who gives it as affiliation
      'hfhr', 'pimenov', 'iphr', 'nhc', 'tihr',
      // no organisation
      'hallyyev', 'taganova',
    ]);
  });

  it('sorts by family name, organisations by their name, in one alphabet', () => {
    expect(ids(orderSignatories(MIXED, 'family-name', 'en'))).toEqual([
      'abidov', 'ahrca', 'atayeva', 'hallyyev', 'hfhr', 'iphr', 'kurbanov', 'nhc', 'pimenov', 'taganova', 'tihr',
    ]);
  });

  it('puts lead signers first and keeps the writer’s order within each group', () => {
    expect(ids(orderSignatories(MIXED, 'lead-first', 'en'))).toEqual(['nhc', 'ahrca', 'iphr', 'kurbanov', 'atayeva', 'hfhr', 'hallyyev', 'tihr', 'pimenov', 'abidov', 'taganova']);
  });

  it('puts organisations before individuals, each in the writer’s order', () => {
    expect(ids(orderSignatories(MIXED, 'organisations-first', 'en'))).toEqual(['nhc', 'hfhr', 'ahrca', 'tihr', 'iphr', 'kurbanov', 'atayeva', 'hallyyev', 'pimenov', 'abidov', 'taganova']);
  });

  it('groups by country named in the statement’s language, countries alphabetical, none last', () => {
    // en: Belgium, France, Norway (NHC, Abidov), Poland, Turkmenistan, Uzbekistan
    expect(ids(orderSignatories(MIXED, 'by-country', 'en'))).toEqual(['iphr', 'atayeva', 'nhc', 'abidov', 'hfhr', 'pimenov', 'hallyyev', 'tihr', 'ahrca', 'kurbanov', 'taganova']);
    // ru: Бельгия, Норвегия, Польша, Туркменистан, Узбекистан, Франция
    expect(ids(orderSignatories(MIXED, 'by-country', 'ru'))).toEqual(['iphr', 'nhc', 'abidov', 'hfhr', 'pimenov', 'hallyyev', 'tihr', 'ahrca', 'atayeva', 'kurbanov', 'taganova']);
  });

  it('is stable: signers the mode cannot tell apart keep the list order', () => {
    const a = newIndividualSignatory('a', { givenName: 'Rustam', familyName: 'Kurbanov' });
    const b = newIndividualSignatory('b', { givenName: 'Rustam', familyName: 'KURBANOV' });
    const c = newIndividualSignatory('c', { givenName: 'Rustam', familyName: 'Kurbanov' });
    expect(ids(orderSignatories([c, a, b], 'family-name', 'en'))).toEqual(['c', 'a', 'b']);
    expect(ids(orderSignatories([b, c, a], 'family-name', 'en'))).toEqual(['b', 'c', 'a']);
  });

  it('follows the statement language’s collation for Cyrillic and Latin names', () => {
    const latin = newIndividualSignatory('latin', { givenName: 'Bolot', familyName: 'Temirov' });
    const cyrillic = newIndividualSignatory('cyrillic', { givenName: 'Рита', familyName: 'Карасартова' });
    const yo = newIndividualSignatory('yo', { givenName: 'Бузургмехр', familyName: 'Ёров' });
    const ye = newIndividualSignatory('ye', { givenName: 'Ермек', familyName: 'Ернар' });
    expect(ids(orderSignatories([latin, cyrillic], 'family-name', 'en'))).toEqual(['latin', 'cyrillic']);
    expect(ids(orderSignatories([latin, cyrillic], 'family-name', 'ru'))).toEqual(['cyrillic', 'latin']);
    // Ё sorts with Е in Russian, between Ернар and Карасартова, not after Я.
    expect(ids(orderSignatories([cyrillic, yo, ye], 'family-name', 'ru'))).toEqual(['ye', 'yo', 'cyrillic']);
  });

  it('uses the Russian names of organisations in a Russian statement', () => {
    // en: Association… < International… < Norwegian…; ru: Ассоциация < Международное < Норвежский (same here), so add one that flips.
    const memorial = newOrganisationSignatory('memorial', { fullName: 'Memorial', russian: { nominative: '«Мемориал»', genitive: '', abbreviation: '' } });
    expect(ids(orderSignatories([NHC, memorial, AHRCA], 'organisation-alphabetical', 'en'))).toEqual(['ahrca', 'memorial', 'nhc']);
    expect(ids(orderSignatories([NHC, memorial, IPHR], 'organisation-alphabetical', 'ru'))).toEqual(['iphr', 'memorial', 'nhc']);
  });

  it('compares numbers as numbers and ignores case and a leading "The" or quote', () => {
    const nine = newOrganisationSignatory('nine', { fullName: 'Article 9 Group' });
    const nineteen = newOrganisationSignatory('nineteen', { fullName: 'ARTICLE 19' });
    const the = newOrganisationSignatory('the', { fullName: 'The Rights Foundation' });
    const quoted = newOrganisationSignatory('quoted', { fullName: '"Kadyr-Kasiet"' });
    expect(ids(orderSignatories([the, nineteen, quoted, nine], 'organisation-alphabetical', 'en'))).toEqual(['nine', 'nineteen', 'quoted', 'the']);
    expect(sortableName('The Rights Foundation', 'en')).toBe('Rights Foundation');
    expect(sortableName('«Мемориал»', 'ru')).toBe('Мемориал»');
  });

  it('sorts a one-word name by that word', () => {
    const mononym = newIndividualSignatory('mono', { givenName: 'Zarina' });
    expect(ids(orderSignatories([mononym, HALLYYEV, TAGANOVA, KURBANOV], 'family-name', 'en'))).toEqual(['hallyyev', 'kurbanov', 'taganova', 'mono']);
  });
});

describe('moveSignatory', () => {
  const list = ['a', 'b', 'c', 'd'];
  it('moves an item down and up, as a drag does', () => {
    expect(moveSignatory(list, 0, 2)).toEqual(['b', 'c', 'a', 'd']);
    expect(moveSignatory(list, 3, 0)).toEqual(['d', 'a', 'b', 'c']);
    expect(moveSignatory(list, 1, 3)).toEqual(['a', 'c', 'd', 'b']);
    expect(list).toEqual(['a', 'b', 'c', 'd']);
  });
  it('leaves the list alone for out-of-range or equal indexes', () => {
    expect(moveSignatory(list, 2, 2)).toEqual(list);
    expect(moveSignatory(list, -1, 2)).toEqual(list);
    expect(moveSignatory(list, 1, 4)).toEqual(list);
    expect(moveSignatory(list, 0.5, 1)).toEqual(list);
    expect(moveSignatory([], 0, 0)).toEqual([]);
  });
});
