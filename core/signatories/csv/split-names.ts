/**
 * Names typed into one form field, split into the parts the list keeps. Rules, in order:
 * "Kurbanov, Reyimberdy" (a comma) is family name first; a word in capitals is the family
 * name ("Reyimberdy KURBANOV", "KURBANOV Reyimberdy"), as the genre writes it; a Slavic
 * patronymic at the end ("Курбанов Реимберды Ахмедович") means the Russian order, family name
 * first; a "ФИО" column is family name first too; otherwise the last word is the family name.
 * A single word is kept as the given name. The writer sees the result in the preview.
 */

export type PersonName = { givenName: string; familyName: string };

const PATRONYMIC = /(?:ович|евич|овна|евна|ична|ovich|evich|ovna|evna|ichna)$/iu;

function isCapitals(word: string): boolean {
  const letters = word.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toLocaleUpperCase('ru') && letters !== letters.toLocaleLowerCase('ru');
}

export function splitPersonName(text: string, options: { familyFirst?: boolean } = {}): PersonName {
  const clean = text.replace(/\s+/g, ' ').trim();
  const comma = clean.split(',').map((part) => part.trim());
  if (comma.length === 2 && comma[0] !== '' && comma[1] !== '') return { familyName: comma[0]!, givenName: comma[1]! };
  const words = clean.split(' ').filter((word) => word !== '');
  if (words.length <= 1) return { givenName: words[0] ?? '', familyName: '' };
  const capitals = words.filter(isCapitals);
  if (capitals.length > 0 && capitals.length < words.length) {
    return { givenName: words.filter((word) => !isCapitals(word)).join(' '), familyName: capitals.join(' ') };
  }
  if (options.familyFirst || (words.length >= 3 && PATRONYMIC.test(words.at(-1)!))) {
    return { familyName: words[0]!, givenName: words.slice(1).join(' ') };
  }
  return { givenName: words.slice(0, -1).join(' '), familyName: words.at(-1)! };
}

export type OrganisationName = { fullName: string; abbreviation: string };

/** An abbreviation is short, one word, and mostly capitals: "AHRCA", "АПЧЦА", "KIBHR"; not "Poland" or "Ark". */
function looksLikeAbbreviation(word: string): boolean {
  const letters = word.replace(/[^\p{L}]/gu, '');
  const capitals = letters.replace(/[^\p{Lu}]/gu, '');
  return word.length <= 15 && capitals.length >= 2 && capitals.length * 2 >= letters.length;
}

/** "Association for Human Rights in Central Asia (AHRCA)" or "… – AHRCA", as people type them, into name and abbreviation. */
export function splitOrganisationName(text: string): OrganisationName {
  const clean = text.replace(/\s+/g, ' ').trim();
  const match = /^(.*\S)\s*\(([^()\s]+)\)$/u.exec(clean) ?? /^(.*\S)\s+[-–—]\s+(\S+)$/u.exec(clean);
  if (match && looksLikeAbbreviation(match[2]!)) return { fullName: match[1]!, abbreviation: match[2]! };
  return { fullName: clean, abbreviation: '' };
}
