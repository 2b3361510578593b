import { displayName } from '../names.ts';
import type { CaseRecord } from '../person.ts';
import { genderOfFamilyName, type Gender } from './gender.ts';
import type { InsertLanguage } from './insert-request.ts';

/**
 * How a statement names the person: in full where they first appear ("Farhat
 * MEYMANKULYYEV"), by the family name after that ("MEYMANKULYYEV"), as the case asks the
 * family name to be written.
 *
 * A Russian statement uses the first alias in Russian ("Фархат Мейманкулыев"), read as
 * given name(s) then family name, its last word; without one it keeps the Latin name,
 * since a transliteration of Central Asian names made up here would be wrong more often
 * than not.
 */
export type NamedPerson = Pick<CaseRecord, 'givenName' | 'familyName' | 'familyNameStyle' | 'aliases'>;
export type StatementName = { full: string; short: string; gender: Gender | null };

/** "ru", or "ru-" with a script or region. */
export function isRussianTag(language: string | null): boolean {
  return language === 'ru' || language?.startsWith('ru-') === true;
}

export function russianAlias(person: Pick<CaseRecord, 'aliases'>): string | null {
  const alias = person.aliases.find((a) => isRussianTag(a.language));
  return alias?.name ?? null;
}

function styled(family: string, style: CaseRecord['familyNameStyle'], locale: string): string {
  return style === 'capitals' ? family.toLocaleUpperCase(locale) : family;
}

export function statementName(person: NamedPerson, language: InsertLanguage): StatementName {
  const alias = russianAlias(person);
  const aliasWords = alias?.split(/\s+/) ?? [];
  const aliasFamily = aliasWords.at(-1) ?? '';
  // The Russian form shows gender best; the Latin family name serves when it shows none.
  const gender = genderOfFamilyName(aliasFamily) ?? genderOfFamilyName(person.familyName);
  if (language === 'ru' && alias !== null) {
    const family = styled(aliasFamily, person.familyNameStyle, 'ru');
    return { full: [...aliasWords.slice(0, -1), family].join(' '), short: family, gender };
  }
  const short = person.familyName === '' ? person.givenName : styled(person.familyName, person.familyNameStyle, 'en');
  return { full: displayName(person), short, gender };
}
