/**
 * One line of a closing signatory list, as the genre writes it: an individual "Given
 * FAMILY, role, organisation, Country" (also run together by copy and paste:
 * "Reyimberdy KURBANOVresearcher on Turkmenistan…", "Helsinki Foundation for Human
 * RightsPoland"), or an organisation "Full Name (ABBR)".
 */
import { COUNTRY_NAMES } from '../cases/countries.ts';

export type ParsedIndividual = { kind: 'individual'; givenName: string; familyName: string; role: string; organisation: string; country: string | null; runTogether: boolean };
export type ParsedOrganisation = { kind: 'organisation'; fullName: string; abbreviation: string; country: string | null };
export type ParsedSigner = ParsedIndividual | ParsedOrganisation;

const UPPER = String.raw`\p{Lu}`;
const LOWER = String.raw`\p{Ll}`;
/** "Reyimberdy", "Anna-Maria", "O'Neil": up to three given names. */
const GIVEN_WORD = String.raw`${UPPER}${LOWER}[\p{Ll}'’]*(?:-${UPPER}?\p{Ll}+)*`;
const GIVEN = String.raw`${GIVEN_WORD}(?:\s+${GIVEN_WORD}){0,2}`;
/** The family name in capitals, at least two letters, and the rest of the line. */
const INDIVIDUAL = new RegExp(String.raw`^(${GIVEN})\s+(${UPPER}[\p{Lu}'’-]*${UPPER})(?:\s+(${UPPER}[\p{Lu}'’-]*${UPPER}))?(.*)$`, 'u');

/** Words that begin a role in lower case: after "KURBANOV" they show where the name ends. */
const ROLE_WORDS = new Set([
  'activist', 'adviser', 'advisor', 'advocate', 'analyst', 'chair', 'chairman', 'chairwoman', 'civil', 'co-founder', 'coordinator', 'correspondent',
  'director', 'documentator', 'editor', 'executive', 'expert', 'founder', 'head', 'human', 'independent', 'investigator', 'journalist', 'lawyer',
  'member', 'monitor', 'president', 'professor', 'project', 'representative', 'researcher', 'senior', 'writer',
  'активист', 'адвокат', 'директор', 'журналист', 'исследователь', 'координатор', 'председатель', 'правозащитник', 'правозащитница', 'президент',
  'представитель', 'руководитель', 'член', 'эксперт', 'юрист',
]);
/** English and Russian consonant pairs that may begin a word; another pair means the capital belongs to the name. */
const ONSETS = /^(?:bl|br|ch|cl|cr|dr|dw|fl|fr|gl|gr|kh|kl|kn|kr|ph|pl|pr|sc|sh|sk|sl|sm|sn|sp|st|sv|sw|th|tr|ts|tw|wh|wr|zh|вл|вр|гл|гр|др|зв|кл|кр|пл|пр|св|ск|сл|см|сп|ст|тр|хр|шк)/u;
const VOWELS = /[aeiouyаеёиоуыэюя]/u;
/** Names of organisations carry one of these words. */
const ORGANISATION_WORD = /\b(?:Association|Bureau|Centre|Center|Club|Coalition|Committee|Council|Federation|Forum|Foundation|Fund|Group|Initiative|Institute|League|Movement|Network|Office|Organisation|Organization|Partnership|Society|Union|Watch)\b|(?:Ассоциац|Бюро|Движени|Инициатив|Комитет|Коалици|Организаци|Партнерств|Партнёрств|Фонд|Центр|Союз)/u;

const COUNTRY_BY_NAME: ReadonlyMap<string, string> = new Map(
  Object.entries(COUNTRY_NAMES).flatMap(([code, names]) => [
    [names.en.toLowerCase(), code],
    [names.ru.toLowerCase(), code],
  ]),
);

function countryCode(name: string): string | null {
  return COUNTRY_BY_NAME.get(name.trim().toLowerCase()) ?? null;
}

/** "KURBANOV" -> "Kurbanov", "TER-PETROSYAN" -> "Ter-Petrosyan": the file keeps names as written in text, the print settings add capitals. */
export function titleCaseName(upper: string): string {
  return upper.toLowerCase().replace(/(^|[-'’\s])(\p{Ll})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase());
}

/**
 * Where a family name in capitals runs into the next word. "LOMAIAMaster": the last capital
 * starts "Master"; "SAHATOVhuman": the whole run is the name. Decided by known role words,
 * then by whether the last capital and the next letter can begin a word at all ("Vh" cannot).
 */
function splitRunTogether(caps: string, rest: string): { family: string; rest: string } {
  const lowerWord = /^\p{Ll}+/u.exec(rest)?.[0] ?? '';
  const last = caps.slice(-1);
  const shifted = (last + lowerWord).toLowerCase();
  if (caps.length <= 2 || ROLE_WORDS.has(lowerWord.toLowerCase())) return { family: caps, rest };
  if (ROLE_WORDS.has(shifted)) return { family: caps.slice(0, -1), rest: last + rest };
  const pair = shifted.slice(0, 2);
  const canBegin = VOWELS.test(pair[0]!) ? pair[0] !== pair[1] : VOWELS.test(pair[1] ?? '') || ONSETS.test(shifted);
  return canBegin ? { family: caps.slice(0, -1), rest: last + rest } : { family: caps, rest };
}

/** "…Human RightsPoland" -> "…Human Rights, Poland" when the capitalised tail is a country. */
function splitTrailingCountry(text: string): { text: string; country: string | null } {
  const comma = /^(.*?)[,;]\s*([^,;]+?)\s*$/u.exec(text);
  if (comma && countryCode(comma[2]!)) return { text: comma[1]!.trim(), country: countryCode(comma[2]!) };
  const glued = /^(.*\p{Ll})(\p{Lu}[\p{Ll}]+(?: \p{Lu}[\p{Ll}]+)?)$/u.exec(text);
  if (glued && countryCode(glued[2]!)) return { text: glued[1]!.trim(), country: countryCode(glued[2]!) };
  return { text, country: null };
}

/**
 * Role and organisation from what follows the name. The organisation is split off only
 * where the line itself separates it ("researcher, Association …"): "President of the
 * Association …" stays one role, since splitting it would drop "of the" from the print.
 */
function roleAndOrganisation(details: string): { role: string; organisation: string } {
  const parts = details.split(/\s*,\s+/u).filter((p) => p !== '');
  if (parts.length === 0) return { role: '', organisation: '' };
  const last = parts[parts.length - 1]!;
  // "Human rights activist" and "President of the Association …" are roles; "Association for
  // Human Rights", "Helsinki Foundation …" and "Human Rights Watch" are organisations.
  const words = last.split(/\s+/u);
  const roleOfSomething = /^\S+\s+(?:of|at|with)\s/u.test(last) || /^\p{Lu}\p{Ll}+\s+(?!(?:for|of|and|in|on|at|the|за|по|и)\s)\p{Ll}/u.test(last);
  const isOrganisation = /^\p{Lu}/u.test(last) && (ORGANISATION_WORD.test(words[0]!) || (ORGANISATION_WORD.test(words.slice(0, 4).join(' ')) && !roleOfSomething));
  if (parts.length >= 2 && isOrganisation) return { role: parts.slice(0, -1).join(', '), organisation: last };
  if (parts.length === 1 && isOrganisation) return { role: '', organisation: last };
  return { role: parts.join(', '), organisation: '' };
}

/** An individual signer's line, or null if the line does not start with "Given FAMILY". */
export function parseIndividualLine(line: string): ParsedIndividual | null {
  const m = INDIVIDUAL.exec(line.trim());
  if (!m) return null;
  const given = m[1]!;
  let caps = m[2]!;
  if (m[3]) caps += ` ${m[3]}`;
  let rest = m[4]!;
  let runTogether = false;
  if (/^\p{Ll}/u.test(rest)) {
    ({ family: caps, rest } = splitRunTogether(caps, rest));
    runTogether = true;
  } else if (rest !== '' && !/^[\s,;:–—(-]/u.test(rest)) {
    return null;
  }
  const family = caps;
  if (family.length < 2) return null;
  const details = rest.replace(/^[\s,;:–—-]+/u, '').replace(/[\s.;,]+$/u, '');
  const { text, country } = splitTrailingCountry(details);
  const { role, organisation } = roleAndOrganisation(text);
  return { kind: 'individual', givenName: given, familyName: titleCaseName(family), role, organisation, country, runTogether };
}

/** An organisation's line: "Full Name (ABBR)", "Full Name – ABBR", optionally ", Country". */
export function parseOrganisationLine(line: string): ParsedOrganisation | null {
  const value = line.trim().replace(/[.;,]+$/u, '');
  if (value === '' || value.length > 300 || !/^[\p{Lu}“"«]/u.test(value)) return null;
  const { text, country } = splitTrailingCountry(value);
  const bracketed = /^(.*?)\s*\(([\p{Lu}\p{N}&.-]{2,12})\)$/u.exec(text);
  const dashed = /^(.*?)\s+[–—-]\s+([\p{Lu}\p{N}&.-]{2,12})$/u.exec(text);
  const found = bracketed ?? dashed;
  return { kind: 'organisation', fullName: (found ? found[1]! : text).trim(), abbreviation: found ? found[2]! : '', country };
}
