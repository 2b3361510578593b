import type { StatementLanguage } from '../statement/language.ts';
import type { PublicSignatory } from './signatory.ts';

type PublicOrganisation = Extract<PublicSignatory, { kind: 'organisation' }>;
type PublicIndividual = Extract<PublicSignatory, { kind: 'individual' }>;

/**
 * An organisation's name and abbreviation in the statement's language. A Russian statement
 * uses the Russian forms where they are known; a Russian text may keep the Latin
 * abbreviation ("(IPHR)"), so that one stands in when no Russian abbreviation is given.
 */
export function organisationNameIn(
  org: Pick<PublicOrganisation, 'fullName' | 'abbreviation' | 'russian'>,
  language: StatementLanguage,
  form: 'nominative' | 'genitive' = 'nominative',
): { name: string; abbreviation: string } {
  if (language === 'ru' && org.russian !== null) {
    const name = form === 'genitive' && org.russian.genitive !== '' ? org.russian.genitive : org.russian.nominative;
    return { name, abbreviation: org.russian.abbreviation || org.abbreviation };
  }
  return { name: org.fullName, abbreviation: org.abbreviation };
}

/** "Full Name (ABBR)": the abbreviation is left out when it is missing or merely repeats the name. */
export function nameWithAbbreviation({ name, abbreviation }: { name: string; abbreviation: string }): string {
  return abbreviation === '' || abbreviation === name ? name : `${name} (${abbreviation})`;
}

/** "Reyimberdy KURBANOV" or "Reyimberdy Kurbanov", as the statement's setting asks. */
export function personName(person: Pick<PublicIndividual, 'givenName' | 'familyName'>, capitals: boolean, language: StatementLanguage): string {
  const family = capitals ? person.familyName.toLocaleUpperCase(language) : person.familyName;
  return [person.givenName, family].filter((part) => part !== '').join(' ');
}

/** The organisation a signer stands for: its own name, or an individual's affiliation. */
export function affiliationOf(s: PublicSignatory, language: StatementLanguage): string {
  return s.kind === 'organisation' ? organisationNameIn(s, language).name : s.organisation;
}
