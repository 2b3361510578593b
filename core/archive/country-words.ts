import { COUNTRY_NAMES, type CountryCode } from '../cases/countries.ts';
import { RUSSIAN_COUNTRY_FORMS } from '../cases/insert/russian-countries.ts';

/**
 * Countries as statements name them: English names and their usual variants ("the Russian
 * Federation", "the Republic of Uzbekistan"), the Russian cases ("из Турции", "в Турцию",
 * "Республики Узбекистан"), and the adjectives that tell where authorities or citizens
 * belong ("French authorities", "Turkmenistani blogger", "гражданин Туркменистана").
 */
const EXTRA_NAMES: ReadonlyArray<[string, CountryCode]> = [
  ['Russian Federation', 'RU'],
  ['Türkiye', 'TR'],
  ['Kyrgyz Republic', 'KG'],
  ['USA', 'US'],
  ['United States of America', 'US'],
  ['UK', 'GB'],
  ['Российской Федерации', 'RU'],
  ['Российская Федерация', 'RU'],
  ['Киргизии', 'KG'],
  ['Киргизия', 'KG'],
];

const ADJECTIVES: ReadonlyArray<[string, CountryCode]> = [
  ['Turkmenistani', 'TM'], ['Turkmen', 'TM'], ['Uzbekistani', 'UZ'], ['Uzbek', 'UZ'], ['Tajikistani', 'TJ'], ['Tajik', 'TJ'],
  ['Kazakhstani', 'KZ'], ['Kazakh', 'KZ'], ['Kyrgyzstani', 'KG'], ['Kyrgyz', 'KG'], ['Russian', 'RU'], ['Turkish', 'TR'],
  ['French', 'FR'], ['German', 'DE'], ['Polish', 'PL'], ['Estonian', 'EE'], ['Belarusian', 'BY'], ['Ukrainian', 'UA'],
  ['Georgian', 'GE'], ['Azerbaijani', 'AZ'], ['Armenian', 'AM'], ['Chinese', 'CN'], ['Iranian', 'IR'], ['Afghan', 'AF'],
  ['туркменск\\p{L}*', 'TM'], ['узбекск\\p{L}*', 'UZ'], ['таджикск\\p{L}*', 'TJ'], ['казахстанск\\p{L}*', 'KZ'], ['казахск\\p{L}*', 'KZ'],
  ['кыргызск\\p{L}*', 'KG'], ['киргизск\\p{L}*', 'KG'], ['российск\\p{L}*', 'RU'], ['турецк\\p{L}*', 'TR'], ['французск\\p{L}*', 'FR'],
];

type Named = { pattern: string; code: CountryCode };

const NAMES: Named[] = (() => {
  const names: Named[] = [];
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  for (const [code, { en, ru }] of Object.entries(COUNTRY_NAMES)) {
    names.push({ pattern: escape(en), code }, { pattern: escape(ru), code });
    const forms = RUSSIAN_COUNTRY_FORMS[code];
    if (forms) for (const phrase of [forms.genitive, forms.inPlace, forms.intoPlace]) names.push({ pattern: escape(phrase.replace(/^во? /, '')), code });
  }
  for (const [name, code] of EXTRA_NAMES) names.push({ pattern: escape(name), code });
  // Longer first, so "Russian Federation" is read before "Russia".
  return names.sort((a, b) => b.pattern.length - a.pattern.length);
})();

const NAME_RE = new RegExp(`(?<![\\p{L}])(?:the\\s+)?(?:Republic\\s+of\\s+|Республик[аиуе]\\s+)?(${NAMES.map((n) => n.pattern).join('|')})(?![\\p{L}])`, 'gu');
const CODE_OF = new Map(NAMES.map((n) => [n.pattern.replace(/\\/g, ''), n.code]));

export type CountryMention = { start: number; end: number; code: CountryCode };

/** Every country named in `text`, in order. */
export function countriesIn(text: string): CountryMention[] {
  const out: CountryMention[] = [];
  NAME_RE.lastIndex = 0;
  for (let m = NAME_RE.exec(text); m !== null; m = NAME_RE.exec(text)) {
    const code = CODE_OF.get(m[1]!);
    if (code) out.push({ start: m.index, end: m.index + m[0].length, code });
  }
  return out;
}

const ADJECTIVE_RE = new RegExp(`(?<![\\p{L}])(${ADJECTIVES.map(([a]) => a).join('|')})(?![\\p{L}])`, 'giu');

/** The country of an adjective such as "Turkmenistani" or "туркменский", or null. */
export function countryOfAdjective(word: string): CountryCode | null {
  for (const [pattern, code] of ADJECTIVES) if (new RegExp(`^${pattern}$`, 'iu').test(word)) return code;
  return null;
}

/** Adjectives of countries in `text`, in order. */
export function countryAdjectivesIn(text: string): CountryMention[] {
  const out: CountryMention[] = [];
  ADJECTIVE_RE.lastIndex = 0;
  for (let m = ADJECTIVE_RE.exec(text); m !== null; m = ADJECTIVE_RE.exec(text)) {
    const code = countryOfAdjective(m[1]!);
    if (code) out.push({ start: m.index, end: m.index + m[0].length, code });
  }
  return out;
}

/** The nationality a phrase gives: "citizen of Turkmenistan", "citizens of Turkmenistan", "гражданин Туркменистана", "Turkmenistani blogger". */
export function nationalityIn(text: string): CountryCode | null {
  for (const country of countriesIn(text)) {
    const before = text.slice(Math.max(0, country.start - 30), country.start);
    if (/(?:citizens?|nationals?)\s+of\s+$|(?:граждан\p{L}*|уроженц\p{L}*|уроженк\p{L}*)\s+$/iu.test(before)) return country.code;
  }
  return null;
}
