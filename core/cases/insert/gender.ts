/**
 * The grammatical gender Russian verbs and nouns must agree with ("задержан" or
 * "задержана"). Case records have no gender field, so it is read from the family name,
 * where Russian and most Central Asian names in Russian form show it: -ов, -ев, -ин, -ский
 * for men, -ова, -ева, -ина, -ская for women, in Cyrillic or in Latin transliteration (also
 * Turkmen -ow/-ew, Kazakh -uly/-kyzy, Uzbek -o'g'li/-qizi). Names that show nothing (Mamai,
 * Sattoriy, Karimi) give null, and the formats then use wording without gender.
 */
export type Gender = 'male' | 'female';

// Latin -in and -ina are left out: Turkish and Arabic names end so too (Şahin, Amin, Messina).
const FEMALE = /(ова|ева|ёва|ина|ына|ская|цкая|кызы|қызы|қизи|ova|eva|yova|skaya|ska|kyzy|qyzy|kizi|qizi)$/u;
const MALE = /(ов|ев|ёв|ин|ын|ский|цкий|ый|улы|ұлы|уулу|ov|ev|yov|sky|skiy|skii|ow|ew|uly|ulu|uulu|ogli|ugli)$/u;

/** The gender shown by a family name, or null when it shows none. */
export function genderOfFamilyName(familyName: string): Gender | null {
  const word = familyName
    .trim()
    .toLocaleLowerCase('ru')
    .replace(/[‘’ʻʼ'`]/g, '')
    .split(/[\s-]+/)
    .at(-1);
  if (word === undefined || word.length < 4) return null;
  if (FEMALE.test(word)) return 'female';
  if (MALE.test(word)) return 'male';
  return null;
}
