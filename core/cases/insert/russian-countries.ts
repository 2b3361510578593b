import type { CountryCode } from '../countries.ts';

/**
 * Country names in the Russian cases a statement needs: the genitive ("из Турции",
 * "гражданин Туркменистана", "Уголовного кодекса Узбекистана"), where something happened
 * ("в Турции", "во Франции") and where someone went ("в Турцию"). core/cases/countries.ts
 * has only the nominative; every code named there has its forms here.
 */
export type RussianCountryForms = { genitive: string; inPlace: string; intoPlace: string };

const form = (genitive: string, inPlace: string, intoPlace: string): RussianCountryForms => ({ genitive, inPlace, intoPlace });

export const RUSSIAN_COUNTRY_FORMS: Readonly<Record<string, RussianCountryForms>> = {
  AF: form('Афганистана', 'в Афганистане', 'в Афганистан'),
  AM: form('Армении', 'в Армении', 'в Армению'),
  AT: form('Австрии', 'в Австрии', 'в Австрию'),
  AZ: form('Азербайджана', 'в Азербайджане', 'в Азербайджан'),
  BE: form('Бельгии', 'в Бельгии', 'в Бельгию'),
  BY: form('Беларуси', 'в Беларуси', 'в Беларусь'),
  CA: form('Канады', 'в Канаде', 'в Канаду'),
  CH: form('Швейцарии', 'в Швейцарии', 'в Швейцарию'),
  CN: form('Китая', 'в Китае', 'в Китай'),
  CZ: form('Чехии', 'в Чехии', 'в Чехию'),
  DE: form('Германии', 'в Германии', 'в Германию'),
  EE: form('Эстонии', 'в Эстонии', 'в Эстонию'),
  FI: form('Финляндии', 'в Финляндии', 'в Финляндию'),
  FR: form('Франции', 'во Франции', 'во Францию'),
  GB: form('Великобритании', 'в Великобритании', 'в Великобританию'),
  GE: form('Грузии', 'в Грузии', 'в Грузию'),
  IR: form('Ирана', 'в Иране', 'в Иран'),
  KG: form('Кыргызстана', 'в Кыргызстане', 'в Кыргызстан'),
  KZ: form('Казахстана', 'в Казахстане', 'в Казахстан'),
  LT: form('Литвы', 'в Литве', 'в Литву'),
  LV: form('Латвии', 'в Латвии', 'в Латвию'),
  NL: form('Нидерландов', 'в Нидерландах', 'в Нидерланды'),
  NO: form('Норвегии', 'в Норвегии', 'в Норвегию'),
  PL: form('Польши', 'в Польше', 'в Польшу'),
  RU: form('России', 'в России', 'в Россию'),
  SE: form('Швеции', 'в Швеции', 'в Швецию'),
  TJ: form('Таджикистана', 'в Таджикистане', 'в Таджикистан'),
  TM: form('Туркменистана', 'в Туркменистане', 'в Туркменистан'),
  TR: form('Турции', 'в Турции', 'в Турцию'),
  // "в Украине", as human-rights texts write it.
  UA: form('Украины', 'в Украине', 'в Украину'),
  US: form('США', 'в США', 'в США'),
  UZ: form('Узбекистана', 'в Узбекистане', 'в Узбекистан'),
};

/** A code without Russian forms is written as the code, which the writer will notice and fix. */
export function russianCountryForms(code: CountryCode): RussianCountryForms {
  return RUSSIAN_COUNTRY_FORMS[code] ?? form(code, `в ${code}`, `в ${code}`);
}
