import { countryName } from '../cases/countries.ts';
import type { StatementLanguage } from '../statement/language.ts';
import { nameWithAbbreviation, organisationNameIn, personName } from './names.ts';
import { orderSignatories } from './order.ts';
import type { SignatorySettings } from './settings.ts';
import type { PublicSignatory } from './signatory.ts';

/**
 * The printed signatory block, as structure rather than text: each signer is one entry, so
 * the PDF exporter can keep a signer's line(s) together on a page, and the HTML exporter can
 * set the name apart from the details. Only confirmed signatories appear.
 */

export type SignerLine = {
  signatoryId: string;
  kind: PublicSignatory['kind'];
  /** "Reyimberdy KURBANOV", "Association for Human Rights in Central Asia (AHRCA)". */
  name: string;
  /** What follows the name: role, affiliation, country; empty if nothing does. */
  details: string;
  /** The whole line: name and details joined by a comma. */
  text: string;
};

export type BlockSection = {
  /** "Organisations:", "Individuals:", "Kazakhstan:", or none. */
  heading: string | null;
  /** The "for identification only" line of the individuals' section, or none. */
  note: string | null;
  signers: SignerLine[];
};

export type SignatoryBlock = { sections: BlockSection[] };

const WORDS = {
  en: {
    organisations: 'Organisations:',
    individuals: 'Individuals:',
    otherCountries: 'Other signatories:',
    affiliationNote: 'Affiliations are given for identification purposes only.',
    exile: (country: string) => `in exile in ${country}`,
    countryInExile: (home: string, exile: string) => `${home} (in exile in ${exile})`,
  },
  ru: {
    organisations: 'Организации:',
    individuals: 'Частные лица:',
    otherCountries: 'Другие подписавшие:',
    affiliationNote: 'Организации указаны только для идентификации подписавших.',
    // The country in brackets or after a comma: the country table has no locative case ("во Франции").
    exile: (country: string) => `в эмиграции (${country})`,
    countryInExile: (home: string, exile: string) => `${home} (в эмиграции, ${exile})`,
  },
} as const;

/** Country, exile and affiliation details; `withCountry` is false under a country heading that already says it. */
function signerLine(s: PublicSignatory, settings: SignatorySettings, language: StatementLanguage, withCountry: boolean): SignerLine {
  const words = WORDS[language];
  let name: string;
  let details: string[];
  if (s.kind === 'organisation') {
    name = nameWithAbbreviation(organisationNameIn(s, language));
    const exile = s.exileCountry === null ? null : countryName(s.exileCountry, language);
    const country = withCountry && s.country !== null ? countryName(s.country, language) : null;
    if (exile === null) details = [country ?? ''];
    else details = [country === null ? words.exile(exile) : words.countryInExile(country, exile)];
  } else {
    name = personName(s, settings.familyNameCapitals, language);
    details = [s.role, s.organisation, withCountry && s.country !== null ? countryName(s.country, language) : ''];
  }
  const detailText = details.filter((part) => part !== '').join(', ');
  const text = detailText === '' ? name : `${name}, ${detailText}`;
  return { signatoryId: s.id, kind: s.kind, name, details: detailText, text };
}

function byCountry(signers: readonly PublicSignatory[], settings: SignatorySettings, language: StatementLanguage): BlockSection[] {
  const sections: BlockSection[] = [];
  let current: { country: string | null; section: BlockSection } | null = null;
  for (const s of signers) {
    if (current === null || current.country !== s.country) {
      const heading = s.country === null ? WORDS[language].otherCountries : `${countryName(s.country, language)}:`;
      current = { country: s.country, section: { heading, note: null, signers: [] } };
      sections.push(current.section);
    }
    current.section.signers.push(signerLine(s, settings, language, false));
  }
  // Nobody has a country: one plain list, not a lone "Other signatories:" heading.
  if (sections.length === 1 && signers[0]?.country === null) sections[0]!.heading = null;
  return sections;
}

export function formatSignatoryBlock(list: readonly PublicSignatory[], settings: SignatorySettings, language: StatementLanguage): SignatoryBlock {
  const words = WORDS[language];
  const ordered = orderSignatories(
    list.filter((s) => s.status === 'confirmed'),
    settings.order,
    language,
  );
  const organisations = ordered.filter((s) => s.kind === 'organisation');
  const individuals = ordered.filter((s) => s.kind === 'individual');
  const lines = (signers: readonly PublicSignatory[]) => signers.map((s) => signerLine(s, settings, language, true));
  const nonEmpty = (sections: BlockSection[]) => ({ sections: sections.filter((section) => section.signers.length > 0) });

  switch (settings.style) {
    case 'organisations-only':
      return nonEmpty(settings.order === 'by-country' ? byCountry(organisations, settings, language) : [{ heading: null, note: null, signers: lines(organisations) }]);
    case 'individuals-with-affiliation-note': {
      // Individuals sign in their own name here, so they stand apart from the organisations.
      const headed = organisations.length > 0 && individuals.length > 0;
      const note = individuals.some((s) => s.kind === 'individual' && s.organisation !== '') ? words.affiliationNote : null;
      return nonEmpty([
        { heading: headed ? words.organisations : null, note: null, signers: lines(organisations) },
        { heading: headed ? words.individuals : null, note, signers: lines(individuals) },
      ]);
    }
    case 'one-line-per-signer':
      if (settings.order === 'by-country') return nonEmpty(byCountry(ordered, settings, language));
      if (settings.order === 'organisations-first' && organisations.length > 0 && individuals.length > 0) {
        return nonEmpty([
          { heading: words.organisations, note: null, signers: lines(organisations) },
          { heading: words.individuals, note: null, signers: lines(individuals) },
        ]);
      }
      return nonEmpty([{ heading: null, note: null, signers: lines(ordered) }]);
  }
}

/** The block as plain lines (headings, notes, signers), for previews, plain-text export and tests. */
export function signatoryBlockLines(block: SignatoryBlock): string[] {
  const out: string[] = [];
  for (const section of block.sections) {
    if (section.heading !== null) out.push(section.heading);
    if (section.note !== null) out.push(section.note);
    for (const signer of section.signers) out.push(signer.text);
  }
  return out;
}
