import type { CountryCode } from '../cases/countries.ts';
import { countriesIn } from './country-words.ts';

/**
 * Charges by article, as statements and their notes cite them: "Article 159 of the Criminal
 * Code of the Republic of Uzbekistan: <wording>", "Article 244-1", "ст. 159 УК", "по статье
 * 244-1 Уголовного кодекса Республики Узбекистан". The wording after a colon, when a note
 * quotes it, becomes the article's text.
 */
export type ChargePhrase = { start: number; end: number; article: string; code: string; country: CountryCode | null; articleText: string };

const EN = /\bArticles?\s+(\d{1,4}(?:[-.]\d{1,3})?(?:\s*(?:part|paragraph|§)\s*\d{1,2})?)(?:\s+of\s+the\s+((?:Criminal|Administrative|Penal)\s+Code|Code\s+of\s+Administrative\s+Offen[cs]es))?((?:\s+of)?(?:\s+the)?(?:\s+Republic\s+of)?\s+[\p{Lu}][\p{L}]+(?:\s+Federation)?)?/gu;
const RU = /(?<![\p{L}])(?:стать[яиеюё]\p{L}*|ст\.)\s*(\d{1,4}(?:[-.]\d{1,3})?(?:\s*(?:ч\.|част\p{L}*)\s*\d{1,2})?)\s*(Уголовного\s+кодекса|УК|КоАП|Кодекса\s+об\s+административных\s+правонарушениях)?((?:\s+Республики)?\s+[\p{Lu}][\p{L}]+(?:\s+Федерации)?|\s+Р[А-ЯЁ]{1,3}\b)?/gu;

const RU_CODES: Readonly<Record<string, string>> = { УК: 'Уголовный кодекс', 'Уголовного кодекса': 'Уголовный кодекс', КоАП: 'КоАП' };
const SHORT_COUNTRIES: Readonly<Record<string, CountryCode>> = { РУз: 'UZ', РТ: 'TJ', РК: 'KZ', КР: 'KG', РФ: 'RU' };

function wordingAfter(text: string, end: number): string {
  const rest = text.slice(end);
  const colon = /^[^:\n]{0,60}:\s*/u.exec(rest);
  return colon ? rest.slice(colon[0].length).trim().slice(0, 8000) : '';
}

export function chargePhrasesIn(text: string): ChargePhrase[] {
  const out: ChargePhrase[] = [];
  for (const [re, russian] of [[EN, false], [RU, true]] as const) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const place = m[3]?.trim() ?? '';
      const country = SHORT_COUNTRIES[place] ?? countriesIn(place)[0]?.code ?? null;
      const codeWords = m[2]?.replace(/\s+/g, ' ') ?? '';
      const code = russian ? (RU_CODES[codeWords] ?? codeWords) : codeWords;
      // "Article 3" of a convention is not a charge: a code or a country must be named.
      if (code === '' && country === null) continue;
      const article = m[1]!.replace(/\s+/g, ' ').replace(/^(\d+)\.(\d)/, '$1-$2');
      const end = m.index + m[0].length - (country === null && place !== '' ? m[3]!.length : 0);
      out.push({ start: m.index, end, article, code, country, articleText: wordingAfter(text, end) });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
