import { describe, expect, it } from 'vitest';
import type { RosterOrganisation } from '../../../core/signatories/roster.ts';
import { newIndividualSignatory, newOrganisationSignatory } from '../../../core/signatories/signatory.ts';
import { findOnList, findSameSigner } from '../../../renderer/panels/signatories/library-match.ts';
import { AHRCA, KURBANOV, MIXED, NHC } from '../signatories/fixtures.ts';

const record = (fields: Partial<RosterOrganisation>): RosterOrganisation => ({ id: 'org-1', fullName: '', abbreviation: '', country: null, exileCountry: null, names: [], ...fields });

describe('a library organisation already on the list', () => {
  it('is found by its record, its name in English or Russian in another spelling, but not by a shared abbreviation', () => {
    const linked = [{ ...NHC, organisationId: 'org-nhc' }];
    expect(findOnList(linked, record({ id: 'org-nhc', fullName: 'Something else' }))).toEqual({ signatory: linked[0], reason: 'added from the same library record' });
    expect(findOnList(MIXED, record({ fullName: 'Norwegian Helsinki Comittee' }))?.signatory.id).toBe('nhc');
    expect(findOnList(MIXED, record({ fullName: 'Asociation', names: [{ language: 'ru', nominative: 'Ассоциация «Права человека в Центральной Азии»', genitive: '', abbreviation: '' }] }))?.signatory).toBe(AHRCA);
    expect(findOnList(MIXED, record({ fullName: 'Netherlands Helsinki Committee', abbreviation: 'NHC' }))).toBeNull();
  });

  it('is never an individual of the same name', () => {
    const person = newIndividualSignatory('p', { givenName: 'Norwegian', familyName: 'Committee' });
    expect(findOnList([person], record({ fullName: 'Norwegian Committee' }))).toBeNull();
  });
});

describe('a signer added or edited by hand who is on the list already', () => {
  it('is named by email or name, but a signer is not a repeat of itself', () => {
    expect(findSameSigner(MIXED, newIndividualSignatory('new', { givenName: 'Reimberdy', familyName: 'Kurbanov' }))?.signatory).toBe(KURBANOV);
    expect(findSameSigner(MIXED, newOrganisationSignatory('new', { fullName: 'Other', email: 'OFFICE@ahrca.example' }))).toEqual({ signatory: AHRCA, reason: 'same email' });
    expect(findSameSigner(MIXED, KURBANOV)).toBeNull();
  });
});
