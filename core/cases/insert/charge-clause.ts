import { countryName } from '../countries.ts';
import type { Charge } from '../person.ts';
import type { InsertLanguage } from './insert-request.ts';
import { footnoted, plain, type InsertedRun } from './inserted-text.ts';
import { englishCountry } from './place-phrases.ts';
import { russianCountryForms } from './russian-countries.ts';

/**
 * The articles a person is charged under, after "charged" / "обвиняется": "under Articles
 * 159, 244-1 and 246 of the Criminal Code of Uzbekistan", "по статьям 159, 244-1 и 246
 * Уголовного кодекса Узбекистана". Charges under the same code of the same country share
 * one mention of the code, in the order first recorded. With footnotes asked for, each
 * article number carries its article text as a footnote.
 */

/** Codes a Russian statement can name in the genitive; others are written as recorded. */
const RUSSIAN_CODES: ReadonlyArray<[RegExp, string]> = [
  [/^(criminal code|penal code|уголовн\S* кодекс\S*)(\s|$)/i, 'Уголовного кодекса'],
  [/^(code of criminal procedure|criminal procedure code|уголовно-процессуальн\S* кодекс\S*)(\s|$)/i, 'Уголовно-процессуального кодекса'],
  [/^(code of administrative offen[cs]es|administrative code|administrative offen[cs]es code|кодекс\S* об административных правонарушениях)(\s|$)/i, 'Кодекса об административных правонарушениях'],
];

type CodeGroup = { code: string; country: string | null; charges: Charge[] };

function groupByCode(charges: ReadonlyArray<Charge>): CodeGroup[] {
  const groups = new Map<string, CodeGroup>();
  for (const charge of charges) {
    const key = `${charge.country ?? ''}\u0000${charge.code}`;
    const group = groups.get(key) ?? { code: charge.code, country: charge.country, charges: [] };
    group.charges.push(charge);
    groups.set(key, group);
  }
  return [...groups.values()];
}

function englishCode({ code, country }: CodeGroup): string {
  if (code === '') return country === null ? '' : ` (${countryName(country, 'en')})`;
  const withArticle = /^the\s/i.test(code) ? code : `the ${code}`;
  // "Criminal Code of the Republic of Uzbekistan" names its country already.
  if (country === null || code.toLowerCase().includes(countryName(country, 'en').toLowerCase())) return ` of ${withArticle}`;
  return ` of ${withArticle} of ${englishCountry(country)}`;
}

function russianCode(group: CodeGroup): string {
  const country = group.country === null ? '' : ` ${russianCountryForms(group.country).genitive}`;
  const known = RUSSIAN_CODES.find(([pattern]) => pattern.test(group.code.trim()));
  if (known !== undefined) return ` ${known[1]}${country}`;
  return group.code === '' ? country : ` ${group.code}`;
}

function articleRuns(charges: ReadonlyArray<Charge>, language: InsertLanguage, footnotes: boolean): InsertedRun[] {
  const and = language === 'ru' ? ' и ' : ' and ';
  return charges.flatMap((charge, index) => {
    const separator = index === 0 ? '' : index === charges.length - 1 ? and : ', ';
    const text = charge.articleText.trim();
    const article = footnotes && text !== '' ? footnoted(charge.article, [{ text }]) : { text: charge.article };
    return [...plain(separator), article];
  });
}

/** The runs after "charged" or "обвиняется"; empty when there are no charges. */
export function chargeRuns(charges: ReadonlyArray<Charge>, language: InsertLanguage, footnotes: boolean): InsertedRun[] {
  return groupByCode(charges).flatMap((group, index) => {
    const many = group.charges.length > 1;
    const head =
      language === 'ru'
        ? `${index === 0 ? ' по ' : ' и '}${many ? 'статьям' : 'статье'} `
        : `${index === 0 ? ' under ' : ' and '}${many ? 'Articles' : 'Article'} `;
    return [...plain(head), ...articleRuns(group.charges, language, footnotes), ...plain(language === 'ru' ? russianCode(group) : englishCode(group))];
  });
}
