import type { CaseRecord } from '../person.ts';
import { ROLES, type Role } from '../vocabulary.ts';
import type { Gender } from './gender.ts';
import type { InsertLanguage } from './insert-request.ts';
import { englishCountry } from './place-phrases.ts';
import { russianCountryForms } from './russian-countries.ts';

/**
 * Who the person is, set after the name: "a blogger from Turkmenistan", "a citizen of
 * Turkmenistan", "правозащитница и активистка из Кыргызстана". Russian nouns take the
 * feminine form for a woman; when gender is unknown the masculine form serves, as it does
 * for professions in formal Russian, and "гражданин"/"гражданка" is left out.
 */
const RUSSIAN_ROLES: Record<Exclude<Role, 'relative' | 'other'>, { male: string; female: string }> = {
  blogger: { male: 'блогер', female: 'блогер' },
  journalist: { male: 'журналист', female: 'журналистка' },
  lawyer: { male: 'адвокат', female: 'адвокат' },
  'human-rights-defender': { male: 'правозащитник', female: 'правозащитница' },
  activist: { male: 'активист', female: 'активистка' },
  'opposition-politician': { male: 'оппозиционный политик', female: 'оппозиционный политик' },
  'religious-believer': { male: 'верующий', female: 'верующая' },
  'migrant-worker': { male: 'трудовой мигрант', female: 'трудовая мигрантка' },
  'asylum-seeker': { male: 'беженец', female: 'беженка' },
  'torture-survivor': { male: 'пострадавший от пыток', female: 'пострадавшая от пыток' },
};

function describes(role: Role): role is keyof typeof RUSSIAN_ROLES {
  // "relative" needs to say whose; "other" says nothing.
  return role !== 'relative' && role !== 'other';
}

export function listOf(words: ReadonlyArray<string>, language: InsertLanguage): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')}${language === 'ru' ? ' и ' : ' and '}${words.at(-1)}`;
}

/** The apposition, or '' when the case records neither roles nor nationality. */
export function apposition(person: Pick<CaseRecord, 'roles' | 'nationality'>, language: InsertLanguage, gender: Gender | null): string {
  const roles = [...new Set(person.roles)].filter(describes);
  const country = person.nationality;
  if (language === 'ru') {
    const nouns = listOf(roles.map((role) => RUSSIAN_ROLES[role][gender ?? 'male']), 'ru');
    if (country === null) return nouns;
    const of = russianCountryForms(country).genitive;
    if (nouns !== '') return `${nouns} из ${of}`;
    return gender === null ? '' : `${gender === 'female' ? 'гражданка' : 'гражданин'} ${of}`;
  }
  const nouns = listOf(roles.map((role) => ROLES[role].en), 'en');
  if (nouns === '') return country === null ? '' : `a citizen of ${englishCountry(country)}`;
  const article = /^[aeiou]/i.test(nouns) ? 'an' : 'a';
  return `${article} ${nouns}${country === null ? '' : ` from ${englishCountry(country)}`}`;
}
