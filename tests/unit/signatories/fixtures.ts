import { newIndividualSignatory, newOrganisationSignatory, type IndividualSignatory, type OrganisationSignatory, type Signatory } from '../../../core/signatories/signatory.ts';

/** Signers of the 2023 statements in ../shared/samples, with the organisations that issued them. */

export const AHRCA = newOrganisationSignatory('ahrca', {
  status: 'confirmed',
  lead: true,
  fullName: 'Association for Human Rights in Central Asia',
  abbreviation: 'AHRCA',
  country: 'UZ',
  exileCountry: 'FR',
  russian: { nominative: 'Ассоциация «Права человека в Центральной Азии»', genitive: 'Ассоциации «Права человека в Центральной Азии»', abbreviation: 'АПЧЦА' },
  email: 'office@ahrca.example',
});
export const IPHR = newOrganisationSignatory('iphr', {
  status: 'confirmed',
  lead: true,
  fullName: 'International Partnership for Human Rights',
  abbreviation: 'IPHR',
  country: 'BE',
  russian: { nominative: 'Международное партнерство за права человека', genitive: 'Международного партнерства за права человека', abbreviation: '' },
});
export const NHC = newOrganisationSignatory('nhc', {
  status: 'confirmed',
  lead: true,
  fullName: 'Norwegian Helsinki Committee',
  abbreviation: 'NHC',
  country: 'NO',
  russian: { nominative: 'Норвежский Хельсинкский комитет', genitive: 'Норвежского Хельсинкского комитета', abbreviation: 'НХК' },
});
export const HFHR = newOrganisationSignatory('hfhr', { status: 'confirmed', fullName: 'Helsinki Foundation for Human Rights', country: 'PL' });
export const TIHR = newOrganisationSignatory('tihr', { status: 'invited', fullName: 'Turkmen Initiative for Human Rights', abbreviation: 'TIHR', country: 'TM', exileCountry: 'AT' });

export const KURBANOV = newIndividualSignatory('kurbanov', {
  status: 'confirmed',
  givenName: 'Reyimberdy',
  familyName: 'Kurbanov',
  role: 'researcher on Turkmenistan',
  organisation: 'Association for Human Rights in Central Asia (AHRCA)',
  email: 'r.kurbanov@ahrca.example',
  statusNote: 'confirmed by phone to Nadejda',
});
export const ATAYEVA = newIndividualSignatory('atayeva', {
  status: 'confirmed',
  givenName: 'Nadejda',
  familyName: 'Atayeva',
  role: 'President',
  organisation: 'Association for Human Rights in Central Asia (AHRCA)',
  country: 'FR',
});
export const ABIDOV = newIndividualSignatory('abidov', { status: 'declined', givenName: 'Alisher', familyName: 'Abidov', role: 'Representative', organisation: 'AHRCA', country: 'NO' });
export const HALLYYEV = newIndividualSignatory('hallyyev', { status: 'confirmed', givenName: 'Umit', familyName: 'Hallyyev', role: 'Independent journalist', country: 'TM' });
export const PIMENOV = newIndividualSignatory('pimenov', { status: 'confirmed', givenName: 'Leonid', familyName: 'Pimenov', role: 'Documentator', organisation: 'Helsinki Foundation for Human Rights', country: 'PL' });
export const TAGANOVA = newIndividualSignatory('taganova', { status: 'withdrawn', givenName: 'Dursoltan', familyName: 'Taganova', role: 'Turkmen human rights activist' });

export const ORGANISATIONS: OrganisationSignatory[] = [AHRCA, IPHR, NHC, HFHR, TIHR];
export const INDIVIDUALS: IndividualSignatory[] = [KURBANOV, ATAYEVA, ABIDOV, HALLYYEV, PIMENOV, TAGANOVA];

/** A list as a writer might have built it: people and organisations mixed, in no particular order. */
export const MIXED: Signatory[] = [KURBANOV, NHC, ATAYEVA, HFHR, AHRCA, HALLYYEV, TIHR, IPHR, PIMENOV, ABIDOV, TAGANOVA];

export const ids = (list: ReadonlyArray<{ id: string }>) => list.map((s) => s.id);
