import type { StatementLanguage } from '../statement/language.ts';
import { nameWithAbbreviation, organisationNameIn } from './names.ts';
import { orderSignatories } from './order.ts';
import type { SignatoryOrder } from './settings.ts';
import type { PublicSignatory } from './signatory.ts';

/**
 * The fragment of a lead that names the issuing organisations: "the Association for Human
 * Rights in Central Asia (AHRCA), the International Partnership for Human Rights (IPHR) and
 * the Norwegian Helsinki Committee (NHC)". Full name with abbreviation, since it is the first
 * mention. It names the confirmed organisations flagged as lead, or every confirmed
 * organisation when none is flagged, in the statement's signatory order. Individuals never
 * issue a statement, so they are not named.
 */

export type LeadSentence = {
  /** The fragment, to stand inside a sentence (so "the", not "The"); empty when no organisation qualifies. */
  text: string;
  organisationIds: string[];
  /** Ids of the organisations printed in English in a Russian fragment (no Russian name), or without their genitive. */
  missingRussianForms: string[];
};

type Options = { language: StatementLanguage; order?: SignatoryOrder };
type Organisation = Extract<PublicSignatory, { kind: 'organisation' }>;

/** Institutions named by a common noun take "the": "the Norwegian Helsinki Committee", but "Human Rights Watch", "Amnesty International". */
const TAKES_THE =
  /\b(?:academy|agency|alliance|assembly|associations?|board|bureaus?|campaign|centers?|centres?|chamber|clinic|coalitions?|commission|committees?|confederation|congress|consortium|council|federation|forum|foundations?|fund|group|initiatives?|institute|league|mission|movement|network|observatory|office|organi[sz]ations?|partnership|platform|programme|project|service|society|trust|union)\b/i;

/**
 * English names get "the" when they name an institution by a common noun (the list above),
 * which is what the published leads do; names that already begin with "The" keep it, in lower
 * case since the fragment stands mid-sentence. A simple rule, not a grammar: a writer who
 * disagrees edits the inserted text.
 */
export function withArticle(name: string): string {
  if (/^the\s/i.test(name)) return `the${name.slice(3)}`;
  return TAKES_THE.test(name) ? `the ${name}` : name;
}

/** "A", "A and B", "A, B and C" (no serial comma, in English as in Russian). */
export function joinNames(names: readonly string[], language: StatementLanguage): string {
  const and = language === 'ru' ? ' и ' : ' and ';
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')}${and}${names.at(-1)!}`;
}

/** The organisations the lead sentence names, in order. */
export function leadOrganisations(list: readonly PublicSignatory[], order: SignatoryOrder, language: StatementLanguage): Organisation[] {
  const confirmed = list.filter((s): s is Organisation => s.kind === 'organisation' && s.status === 'confirmed');
  const leads = confirmed.filter((s) => s.lead);
  return orderSignatories(leads.length > 0 ? leads : confirmed, order, language);
}

function build(list: readonly PublicSignatory[], { language, order = 'manual' }: Options, form: 'nominative' | 'genitive'): LeadSentence {
  const organisations = leadOrganisations(list, order, language);
  const missing = organisations.filter((o) => language === 'ru' && (o.russian === null || (form === 'genitive' && o.russian.genitive === '')));
  const names = organisations.map((o) => {
    const named = nameWithAbbreviation(organisationNameIn(o, language, form));
    return language === 'en' ? withArticle(named) : named;
  });
  return { text: joinNames(names, language), organisationIds: organisations.map((o) => o.id), missingRussianForms: missing.map((o) => o.id) };
}

/** The fragment in the nominative: "…, said in a statement today"; "Ассоциация …, Норвежский Хельсинкский комитет (НХК) и …". */
export function leadSentence(list: readonly PublicSignatory[], options: Options): LeadSentence {
  return build(list, options, 'nominative');
}

/**
 * The fragment in the genitive, for "по заявлению …", "по данным …". Russian names without a
 * genitive form fall back to the nominative and are listed in missingRussianForms. English
 * has no genitive, so there it is the same as leadSentence.
 */
export function leadSentenceGenitive(list: readonly PublicSignatory[], options: Options): LeadSentence {
  return build(list, options, 'genitive');
}
