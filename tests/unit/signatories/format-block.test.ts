import { describe, expect, it } from 'vitest';
import { formatSignatoryBlock, signatoryBlockLines } from '../../../core/signatories/format-block.ts';
import { SIGNATORY_ORDERS, SIGNATORY_STYLES, type SignatorySettings } from '../../../core/signatories/settings.ts';
import { newIndividualSignatory, newOrganisationSignatory, publicSignatory } from '../../../core/signatories/signatory.ts';
import { AHRCA, ATAYEVA, HALLYYEV, HFHR, IPHR, KURBANOV, MIXED, NHC, PIMENOV, TIHR } from './fixtures.ts';

const settings = (over: Partial<SignatorySettings> = {}): SignatorySettings => ({ order: 'manual', style: 'one-line-per-signer', familyNameCapitals: true, ...over });
const lines = (list: Parameters<typeof formatSignatoryBlock>[0], over: Partial<SignatorySettings> = {}, language: 'en' | 'ru' = 'en') =>
  signatoryBlockLines(formatSignatoryBlock(list, settings(over), language));

describe('formatSignatoryBlock: one line per signer', () => {
  it('writes an individual as the published statements do', () => {
    expect(lines([KURBANOV])).toEqual(['Reyimberdy KURBANOV, researcher on Turkmenistan, Association for Human Rights in Central Asia (AHRCA)']);
    expect(lines([HALLYYEV])).toEqual(['Umit HALLYYEV, Independent journalist, Turkmenistan']);
    expect(lines([ATAYEVA])).toEqual(['Nadejda ATAYEVA, President, Association for Human Rights in Central Asia (AHRCA), France']);
  });

  it('keeps family names as typed when capitals are off', () => {
    expect(lines([KURBANOV], { familyNameCapitals: false })[0]).toMatch(/^Reyimberdy Kurbanov, /);
  });

  it('capitalises with the statement language’s rules', () => {
    const turkish = newIndividualSignatory('t', { status: 'confirmed', givenName: 'Aishenur', familyName: 'Akdaş' });
    const russian = newIndividualSignatory('r', { status: 'confirmed', givenName: 'Ёдгор', familyName: 'Обид' });
    expect(lines([turkish, russian], {}, 'ru')).toEqual(['Aishenur AKDAŞ', 'Ёдгор ОБИД']);
  });

  it('writes an organisation with its abbreviation, country and exile', () => {
    expect(lines([NHC])).toEqual(['Norwegian Helsinki Committee (NHC), Norway']);
    expect(lines([AHRCA])).toEqual(['Association for Human Rights in Central Asia (AHRCA), Uzbekistan (in exile in France)']);
    expect(lines([HFHR])).toEqual(['Helsinki Foundation for Human Rights, Poland']);
    const exileOnly = newOrganisationSignatory('x', { status: 'confirmed', fullName: 'Turkmen Initiative for Human Rights', abbreviation: 'TIHR', exileCountry: 'AT' });
    expect(lines([exileOnly])).toEqual(['Turkmen Initiative for Human Rights (TIHR), in exile in Austria']);
    const bare = newOrganisationSignatory('y', { status: 'confirmed', fullName: 'Crude Accountability', abbreviation: 'Crude Accountability' });
    expect(lines([bare])).toEqual(['Crude Accountability']);
  });

  it('uses Russian names and country names in a Russian statement', () => {
    expect(lines([AHRCA, IPHR, HFHR], {}, 'ru')).toEqual([
      'Ассоциация «Права человека в Центральной Азии» (АПЧЦА), Узбекистан (в эмиграции, Франция)',
      // no Russian abbreviation: the Latin one stands in
      'Международное партнерство за права человека (IPHR), Бельгия',
      // no Russian name: the full name as given
      'Helsinki Foundation for Human Rights, Польша',
    ]);
    const exileOnly = newOrganisationSignatory('x', { status: 'confirmed', fullName: 'TIHR', exileCountry: 'AT' });
    expect(lines([exileOnly], {}, 'ru')).toEqual(['TIHR, в эмиграции (Австрия)']);
  });

  it('prints only confirmed signatories', () => {
    const out = lines(MIXED);
    expect(out).toHaveLength(MIXED.filter((s) => s.status === 'confirmed').length);
    expect(out.join('\n')).not.toMatch(/ABIDOV|TAGANOVA|Turkmen Initiative/);
  });

  it('never prints an email or a status note, even when given the full record', () => {
    const block = formatSignatoryBlock(MIXED, settings(), 'en');
    const text = JSON.stringify(block);
    expect(text).not.toContain('@');
    expect(text).not.toContain('by phone');
    expect(formatSignatoryBlock(MIXED.map(publicSignatory), settings(), 'en')).toEqual(block);
  });

  it('gives each signer one entry with id, name and details, for an exporter that keeps a signer together', () => {
    const block = formatSignatoryBlock([KURBANOV, NHC], settings(), 'en');
    expect(block.sections).toHaveLength(1);
    expect(block.sections[0]!.signers).toEqual([
      { signatoryId: 'kurbanov', kind: 'individual', name: 'Reyimberdy KURBANOV', details: 'researcher on Turkmenistan, Association for Human Rights in Central Asia (AHRCA)', text: 'Reyimberdy KURBANOV, researcher on Turkmenistan, Association for Human Rights in Central Asia (AHRCA)' },
      { signatoryId: 'nhc', kind: 'organisation', name: 'Norwegian Helsinki Committee (NHC)', details: 'Norway', text: 'Norwegian Helsinki Committee (NHC), Norway' },
    ]);
  });

  it('adds "Organisations:" and "Individuals:" headings when organisations come first and both are present', () => {
    expect(lines([KURBANOV, NHC, HFHR], { order: 'organisations-first' })).toEqual([
      'Organisations:',
      'Norwegian Helsinki Committee (NHC), Norway',
      'Helsinki Foundation for Human Rights, Poland',
      'Individuals:',
      'Reyimberdy KURBANOV, researcher on Turkmenistan, Association for Human Rights in Central Asia (AHRCA)',
    ]);
    expect(lines([NHC, HFHR], { order: 'organisations-first' })).not.toContain('Organisations:');
    expect(lines([KURBANOV, NHC], { order: 'organisations-first' }, 'ru')).toEqual(['Организации:', 'Норвежский Хельсинкский комитет (НХК), Норвегия', 'Частные лица:', 'Reyimberdy KURBANOV, researcher on Turkmenistan, Association for Human Rights in Central Asia (AHRCA)']);
  });

  it('heads each country’s group when grouped by country, without repeating the country in the lines', () => {
    expect(lines([KURBANOV, NHC, HALLYYEV, PIMENOV, HFHR], { order: 'by-country' })).toEqual([
      'Norway:',
      'Norwegian Helsinki Committee (NHC)',
      'Poland:',
      'Leonid PIMENOV, Documentator, Helsinki Foundation for Human Rights',
      'Helsinki Foundation for Human Rights',
      'Turkmenistan:',
      'Umit HALLYYEV, Independent journalist',
      'Other signatories:',
      'Reyimberdy KURBANOV, researcher on Turkmenistan, Association for Human Rights in Central Asia (AHRCA)',
    ]);
    expect(lines([AHRCA], { order: 'by-country' }, 'ru')).toEqual(['Узбекистан:', 'Ассоциация «Права человека в Центральной Азии» (АПЧЦА), в эмиграции (Франция)']);
    // Nobody with a country: no lone heading.
    expect(lines([KURBANOV], { order: 'by-country' })).toEqual([lines([KURBANOV])[0]]);
  });
});

describe('formatSignatoryBlock: organisations only', () => {
  it('leaves individuals out', () => {
    expect(lines(MIXED, { style: 'organisations-only', order: 'organisation-alphabetical' })).toEqual([
      'Association for Human Rights in Central Asia (AHRCA), Uzbekistan (in exile in France)',
      'Helsinki Foundation for Human Rights, Poland',
      'International Partnership for Human Rights (IPHR), Belgium',
      'Norwegian Helsinki Committee (NHC), Norway',
    ]);
  });
  it('groups organisations by country when asked', () => {
    expect(lines([NHC, IPHR], { style: 'organisations-only', order: 'by-country' })).toEqual(['Belgium:', 'International Partnership for Human Rights (IPHR)', 'Norway:', 'Norwegian Helsinki Committee (NHC)']);
  });
  it('is empty when no organisation has confirmed', () => {
    expect(formatSignatoryBlock([KURBANOV, TIHR], settings({ style: 'organisations-only' }), 'en').sections).toEqual([]);
  });
});

describe('formatSignatoryBlock: individuals with an affiliation note', () => {
  it('sets organisations apart from individuals and says affiliations only identify', () => {
    expect(lines([KURBANOV, NHC, HALLYYEV], { style: 'individuals-with-affiliation-note', order: 'family-name' })).toEqual([
      'Organisations:',
      'Norwegian Helsinki Committee (NHC), Norway',
      'Individuals:',
      'Affiliations are given for identification purposes only.',
      'Umit HALLYYEV, Independent journalist, Turkmenistan',
      'Reyimberdy KURBANOV, researcher on Turkmenistan, Association for Human Rights in Central Asia (AHRCA)',
    ]);
  });
  it('writes the note in Russian, and leaves headings out when only individuals sign', () => {
    const block = formatSignatoryBlock([KURBANOV, PIMENOV], settings({ style: 'individuals-with-affiliation-note' }), 'ru');
    expect(block.sections).toHaveLength(1);
    expect(block.sections[0]!.heading).toBeNull();
    expect(block.sections[0]!.note).toBe('Организации указаны только для идентификации подписавших.');
  });
  it('needs no note when no individual gives an affiliation', () => {
    const block = formatSignatoryBlock([HALLYYEV, NHC], settings({ style: 'individuals-with-affiliation-note' }), 'en');
    expect(block.sections.map((s) => [s.heading, s.note])).toEqual([
      ['Organisations:', null],
      ['Individuals:', null],
    ]);
  });
});

describe('formatSignatoryBlock across settings', () => {
  it('prints every confirmed signer exactly once in every order and style that includes them', () => {
    const confirmed = MIXED.filter((s) => s.status === 'confirmed');
    for (const order of SIGNATORY_ORDERS) {
      for (const style of SIGNATORY_STYLES) {
        const block = formatSignatoryBlock(MIXED, settings({ order, style }), 'en');
        const printed = block.sections.flatMap((s) => s.signers.map((signer) => signer.signatoryId)).sort();
        const expected = confirmed.filter((s) => style !== 'organisations-only' || s.kind === 'organisation').map((s) => s.id).sort();
        expect(printed, `${order} / ${style}`).toEqual(expected);
        expect(block.sections.every((s) => s.signers.length > 0)).toBe(true);
      }
    }
  });
});
