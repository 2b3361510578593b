import type { OrganisationDraft, OrganisationRecord } from '../cases/organisation.ts';
import { identityTokens } from './identity.ts';
import type { SignerDraft, SignerRecord } from './signer-record.ts';
import { newIndividualSignatory, newOrganisationSignatory, type IndividualSignatory, type OrganisationSignatory, type RussianNames } from './signatory.ts';

/**
 * The library's roster seen from a statement: organisations (library records) and people who
 * have signed before. Only the fields the list needs are asked for, so the roster's own
 * records can grow without touching this.
 */

export type RosterOrganisation = Pick<OrganisationRecord, 'id' | 'fullName' | 'abbreviation' | 'country' | 'exileCountry' | 'names'> & { email?: string };
export type RosterPerson = { id: string; givenName: string; familyName: string; role?: string; organisation?: string; country?: string | null; email?: string };
export type Roster = { organisations: readonly RosterOrganisation[]; people: readonly RosterPerson[] };

export const EMPTY_ROSTER: Roster = { organisations: [], people: [] };

/** The record's Russian names, if it has a Russian nominative. */
export function russianNamesOf(record: Pick<OrganisationRecord, 'names'>): RussianNames | null {
  const ru = record.names.find((name) => name.language === 'ru');
  return ru ? { nominative: ru.nominative, genitive: ru.genitive, abbreviation: ru.abbreviation } : null;
}

/** A library organisation added to a statement: invited until it confirms, linked back to its record. */
export function signatoryFromOrganisation(record: RosterOrganisation, id: string): OrganisationSignatory {
  return newOrganisationSignatory(id, {
    fullName: record.fullName,
    abbreviation: record.abbreviation,
    country: record.country,
    exileCountry: record.exileCountry,
    russian: russianNamesOf(record),
    organisationId: record.id,
    email: record.email ?? '',
  });
}

/** An organisation created in the statement, as a draft for saving to the library. */
export function organisationDraftFromSignatory(s: OrganisationSignatory): OrganisationDraft {
  return {
    fullName: s.fullName,
    abbreviation: s.abbreviation,
    country: s.country,
    exileCountry: s.exileCountry,
    website: null,
    names: s.russian === null ? [] : [{ language: 'ru', ...s.russian }],
    tags: [],
  };
}

export function rosterOrganisationTokens(record: RosterOrganisation): string[] {
  return identityTokens({ kind: 'organisation', fullName: record.fullName, russianName: russianNamesOf(record)?.nominative, email: record.email ?? '' });
}

export function rosterPersonTokens(person: RosterPerson): string[] {
  return identityTokens({ kind: 'individual', givenName: person.givenName, familyName: person.familyName, email: person.email ?? '' });
}

/** A roster person added to a statement: invited until they confirm, linked back to the roster's record. */
export function signatoryFromSigner(record: RosterPerson, id: string): IndividualSignatory {
  return newIndividualSignatory(id, {
    givenName: record.givenName,
    familyName: record.familyName,
    role: record.role ?? '',
    organisation: record.organisation ?? '',
    country: record.country ?? null,
    email: record.email ?? '',
    personId: record.id,
  });
}

/** An individual created in the statement, as a draft for saving to the library's roster. */
export function signerDraftFromSignatory(s: IndividualSignatory): SignerDraft {
  return { givenName: s.givenName, familyName: s.familyName, role: s.role, organisation: s.organisation, country: s.country, email: s.email, tags: [] };
}

// The library's signer records are what the roster's people are: a compile error here means they drifted apart.
export const signerRecordIsRosterPerson: SignerRecord extends RosterPerson ? true : never = true;
