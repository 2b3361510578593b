import { z } from 'zod';

/**
 * Countries are stored as ISO 3166-1 alpha-2 codes ("TM"), not names: a filter then matches
 * exactly, and a statement in English or Russian names the country in its own language.
 * Codes outside this table are valid too; they are shown as the code until named here.
 */
export const countryCodeSchema = z.string().regex(/^[A-Z]{2}$/, 'expected a two-letter ISO country code such as "TM"');
export type CountryCode = string;

type CountryNames = { en: string; ru: string };

export const COUNTRY_NAMES: Readonly<Record<string, CountryNames>> = {
  AF: { en: 'Afghanistan', ru: 'Афганистан' },
  AM: { en: 'Armenia', ru: 'Армения' },
  AT: { en: 'Austria', ru: 'Австрия' },
  AZ: { en: 'Azerbaijan', ru: 'Азербайджан' },
  BE: { en: 'Belgium', ru: 'Бельгия' },
  BY: { en: 'Belarus', ru: 'Беларусь' },
  CA: { en: 'Canada', ru: 'Канада' },
  CH: { en: 'Switzerland', ru: 'Швейцария' },
  CN: { en: 'China', ru: 'Китай' },
  CZ: { en: 'Czechia', ru: 'Чехия' },
  DE: { en: 'Germany', ru: 'Германия' },
  EE: { en: 'Estonia', ru: 'Эстония' },
  FI: { en: 'Finland', ru: 'Финляндия' },
  FR: { en: 'France', ru: 'Франция' },
  GB: { en: 'United Kingdom', ru: 'Великобритания' },
  GE: { en: 'Georgia', ru: 'Грузия' },
  IR: { en: 'Iran', ru: 'Иран' },
  KG: { en: 'Kyrgyzstan', ru: 'Кыргызстан' },
  KZ: { en: 'Kazakhstan', ru: 'Казахстан' },
  LT: { en: 'Lithuania', ru: 'Литва' },
  LV: { en: 'Latvia', ru: 'Латвия' },
  NL: { en: 'Netherlands', ru: 'Нидерланды' },
  NO: { en: 'Norway', ru: 'Норвегия' },
  PL: { en: 'Poland', ru: 'Польша' },
  RU: { en: 'Russia', ru: 'Россия' },
  SE: { en: 'Sweden', ru: 'Швеция' },
  TJ: { en: 'Tajikistan', ru: 'Таджикистан' },
  TM: { en: 'Turkmenistan', ru: 'Туркменистан' },
  TR: { en: 'Turkey', ru: 'Турция' },
  UA: { en: 'Ukraine', ru: 'Украина' },
  US: { en: 'United States', ru: 'США' },
  UZ: { en: 'Uzbekistan', ru: 'Узбекистан' },
};

export function countryName(code: CountryCode, language: 'en' | 'ru' = 'en'): string {
  return COUNTRY_NAMES[code]?.[language] ?? code;
}
