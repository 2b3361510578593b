import { COUNTRY_NAMES, type CountryCode } from '../../cases/countries.ts';

/**
 * A country as a signer types it ("Kazakhstan", "Казахстан", "KZ", "Kyrgyz Republic") read as
 * the code the list stores. Names from the country table in English and Russian, plus the
 * other names people use for the same countries.
 */

const OTHER_NAMES: Readonly<Record<string, CountryCode>> = {
  'kyrgyz republic': 'KG',
  kirghizia: 'KG',
  киргизия: 'KG',
  киргизстан: 'KG',
  'кыргызская республика': 'KG',
  'republic of kazakhstan': 'KZ',
  'республика казахстан': 'KZ',
  'republic of uzbekistan': 'UZ',
  'республика узбекистан': 'UZ',
  'republic of tajikistan': 'TJ',
  'республика таджикистан': 'TJ',
  'russian federation': 'RU',
  'российская федерация': 'RU',
  рф: 'RU',
  türkiye: 'TR',
  turkiye: 'TR',
  турция: 'TR',
  'czech republic': 'CZ',
  'чешская республика': 'CZ',
  uk: 'GB',
  'great britain': 'GB',
  england: 'GB',
  британия: 'GB',
  'соединенное королевство': 'GB',
  usa: 'US',
  'united states of america': 'US',
  'соединенные штаты': 'US',
  'соединенные штаты америки': 'US',
  holland: 'NL',
  'the netherlands': 'NL',
  голландия: 'NL',
  белоруссия: 'BY',
  'the united kingdom': 'GB',
  'the united states': 'US',
};

const normalise = (text: string) =>
  text
    .toLocaleLowerCase('ru')
    .replace(/ё/g, 'е')
    .replace(/\./g, '')
    .replace(/\s+/g, ' ')
    .trim();

const BY_NAME: ReadonlyMap<string, CountryCode> = new Map([
  ...Object.entries(COUNTRY_NAMES).flatMap(([code, names]) => [[normalise(names.en), code] as const, [normalise(names.ru), code] as const]),
  ...Object.entries(OTHER_NAMES).map(([name, code]) => [normalise(name), code] as const),
]);

/** The code, or null for an empty answer; undefined when the text names no country we know. */
export function countryFromText(text: string): CountryCode | null | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  if (/^[A-Za-z]{2}$/.test(trimmed)) {
    const code = trimmed.toUpperCase();
    if (code === 'UK') return 'GB';
    // Codes typed in capitals are taken even outside the table ("IT"), as the schema does; "it" is not.
    if (code in COUNTRY_NAMES || trimmed === code) return code;
  }
  return BY_NAME.get(normalise(trimmed));
}
