import { countryName, type CountryCode } from '../countries.ts';
import type { InsertLanguage } from './insert-request.ts';
import { russianCountryForms } from './russian-countries.ts';

/**
 * Where an event happened, as a phrase after its verb: "in Istanbul, Turkey", "from Turkey",
 * "to Russia". The relation depends on the event: one is deported or extradited from the
 * country recorded for it, flees to it, and is detained in it.
 *
 * A place is free text in the writer's spelling, so Russian cannot decline it: it follows
 * the declined country in parentheses ("в Турции (Стамбул)", "из Турции (Стамбул)"), or
 * stands alone in parentheses when no country is recorded.
 */
export type PlaceRelation = 'in' | 'from' | 'to';

/** English names that take "the": "from the United States", "in the Netherlands". */
const WITH_ARTICLE = new Set(['GB', 'NL', 'US']);

export function englishCountry(code: CountryCode): string {
  return WITH_ARTICLE.has(code) ? `the ${countryName(code, 'en')}` : countryName(code, 'en');
}

/** The phrase, or '' when neither a place nor a country is known. */
export function placePhrase(relation: PlaceRelation, place: string, country: CountryCode | null, language: InsertLanguage): string {
  if (language === 'ru') {
    if (country === null) return place === '' ? '' : `(${place})`;
    const forms = russianCountryForms(country);
    const head = relation === 'from' ? `из ${forms.genitive}` : relation === 'to' ? forms.intoPlace : forms.inPlace;
    return place === '' ? head : `${head} (${place})`;
  }
  const where = [place, country === null ? '' : englishCountry(country)].filter((part) => part !== '').join(', ');
  return where === '' ? '' : `${relation} ${where}`;
}
