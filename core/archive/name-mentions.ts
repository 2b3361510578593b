import type { CountryCode } from '../cases/countries.ts';
import type { Role } from '../cases/vocabulary.ts';
import { countriesIn, countryAdjectivesIn, nationalityIn } from './country-words.ts';
import { YEAR_AFTER_NAME } from './birth-phrases.ts';
import { NOT_A_NAME, OFFICIAL_APPOSITION, OFFICIAL_TITLE, ORGANISATION_WORD, ROLE_PHRASE, roleOf } from './person-words.ts';

/**
 * A person named in full in one sentence. Two forms count:
 *
 * - "Allamurat HUDAYRAMOV", "Фархат МЕЙМАНКУЛЫЕВ": a title-case given name and a family name
 *   in capitals, the convention these statements keep for the people they defend;
 * - "Mukhsinjon Akhmedov", "Иван Петрович Сидоров": title-case words, but only with a cue
 *   that a person the statement is about stands there: a role or an age before the name
 *   ("blogger …", "39-year-old …", "гражданин Узбекистана …"), a birth year or an alias after
 *   it, or an event verb next to it ("… was sentenced", "sentenced …", "… задержан").
 *
 * Officials (a title before the name, or an office in apposition after it) are never
 * mentions, nor are runs that hold an organisation's word ("Norwegian Helsinki Committee").
 */
export type NameMention = {
  start: number;
  end: number;
  given: string;
  middle: string;
  family: string;
  familyStyle: 'capitals' | 'as-written';
  aliases: string[];
  roles: Role[];
  nationality: CountryCode | null;
};

const WORD = /\p{Lu}[\p{L}\p{M}]*(?:[-'’ʼ][\p{L}\p{M}]+)*/gu;
const isCaps = (word: string) => /^[\p{Lu}'’ʼ-]+$/u.test(word) && /\p{Lu}{3,}/u.test(word);
const isTitle = (word: string) => /^\p{Lu}\p{Ll}[\p{Ll}\p{M}'’ʼ-]*$/u.test(word);
const isPatronymic = (word: string) => /(?:ович|евич|овна|евна|ична|ич|оглы|кызы)$/u.test(word);
const isCountry = (word: string) => countriesIn(word).some((c) => c.start === 0 && c.end === word.length) || countryAdjectivesIn(word).some((c) => c.end === word.length);
const isStop = (word: string) => NOT_A_NAME.has(word.toLowerCase()) || isCountry(word);

const ROLE_BEFORE = new RegExp(`(?:^|[^\\p{L}])((?:(?:${ROLE_PHRASE})(?:\\s*(?:,|and|и)\\s*)?)+)\\s*,?\\s*$`, 'iu');
const AGE_BEFORE = /(?:\d{1,2}-year-old|\d{1,2}-летн\p{L}*)\s+(?:\p{Ll}+\s+){0,2}$/u;
const ACTIVE_VERB_BEFORE = /(?:^|[^\p{L}])(?:sentenced|detained|arrested|deported|extradited|convicted|summoned|abducted|задержал\p{L}*|арестовал\p{L}*|приговорил\p{L}*|депортировал\p{L}*|экстрадировал\p{L}*|осудил\p{L}*)\s+$/iu;
const PASSIVE_AFTER =
  /^\s*,?\s*(?:who\s+)?(?:(?:was|were|is|has|had|have|been|being|also|recently|reportedly|forcibly|allegedly|later|then|again|illegally|arbitrarily|был|была|было|ранее|незаконно|принудительно|также|в)\s+){0,4}(?:deported|extradited|detained|arrested|sentenced|convicted|summoned|released|died|disappeared|tortured|charged|forcibly returned|депортирован\p{L}*|экстрадирован\p{L}*|задержан\p{L}*|арестован\p{L}*|осужд[её]н\p{L}*|приговор[её]н\p{L}*|умер\p{L}*|скончал\p{L}*|освобожд[её]н\p{L}*|выдан\p{L}*|пропал\p{L}*|исчез\p{L}*)/iu;
const BIRTH_AFTER = /^\s*(?:,\s*)?(?:\(\s*b\.|born\b|\(?\s*(?:19|20)\d\d\s*г\.\s*р\.|(?:19|20)\d\d\s+года\s+рождения|родил(?:ся|ась))/iu;
const ALIAS_AFTER = /^\s*\(\s*(?:aka|a\.k\.a\.|also known as|также известн\p{L}* как|он же|она же)\s+([\p{Lu}][\p{L}\p{M}'’ʼ-]+(?:\s+[\p{Lu}][\p{L}\p{M}'’ʼ-]+)?)\s*\)/iu;

type Token = { word: string; start: number; end: number };

function runsOf(sentence: string): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(sentence); m !== null; m = WORD.exec(sentence)) {
    // "HUDAYRAMOV's": the possessive is not part of the name.
    const word = m[0].replace(/['’]s$/u, '');
    const token = { word, start: m.index, end: m.index + word.length };
    const last = run.at(-1);
    if (last && /^ +$/.test(sentence.slice(last.end, token.start))) run.push(token);
    else {
      if (run.length > 0) runs.push(run);
      run = [token];
    }
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

function rolesIn(phrase: string): Role[] {
  const roles: Role[] = [];
  for (const part of phrase.split(/\s*(?:,|\band\b|(?<!\p{L})и(?!\p{L}))\s*/iu)) {
    const role = roleOf(part);
    if (role && !roles.includes(role)) roles.push(role);
  }
  return roles;
}

/** The person a run of capitalised words names, if it names one. */
function mentionOf(run: Token[], sentence: string): NameMention | null {
  const words = [...run];
  // "Journalist Bolot Temirov" at the start of a sentence: the role is capitalised, not a name.
  while (words.length > 0 && (isStop(words[0]!.word) || roleOf(words[0]!.word) !== undefined)) words.shift();
  while (words.length > 0 && isStop(words.at(-1)!.word)) words.pop();
  if (words.length < 2 || words.length > 3) return null;
  if (words.some((t) => ORGANISATION_WORD.test(t.word) || isStop(t.word))) return null;
  const lastWord = words.at(-1)!.word;
  const capitals = isCaps(lastWord) && words.slice(0, -1).every((t) => isTitle(t.word));
  if (!capitals && !words.every((t) => isTitle(t.word))) return null;

  const start = words[0]!.start;
  const end = words.at(-1)!.end;
  const before = sentence.slice(Math.max(0, start - 80), start);
  const after = sentence.slice(end, end + 80);
  if (OFFICIAL_TITLE.test(before) || OFFICIAL_APPOSITION.test(after)) return null;

  const roleMatch = ROLE_BEFORE.exec(before);
  const alias = ALIAS_AFTER.exec(after);
  const cued =
    capitals || roleMatch !== null || AGE_BEFORE.test(before) || ACTIVE_VERB_BEFORE.test(before) || PASSIVE_AFTER.test(after) || BIRTH_AFTER.test(after) || YEAR_AFTER_NAME.test(after) || alias !== null;
  if (!cued) return null;

  // The nationality stands in the words that introduce the name: "citizen of Turkmenistan", "Turkmenistani YouTube blogger".
  const intro = before.slice(before.search(/[^,;:.()—–]*$/u));
  const adjective = countryAdjectivesIn(intro).at(-1);
  const nationality = nationalityIn(intro) ?? (adjective !== undefined && roleMatch !== null ? adjective.code : null);

  const middle = words.length === 3 ? words[1]!.word : '';
  // "Иван Петрович Сидоров" has a patronymic; "Ali Bek Ahmedov" keeps both first words as the given name.
  const given = words.length === 3 && !isPatronymic(middle) ? `${words[0]!.word} ${middle}` : words[0]!.word;
  return {
    start,
    end: alias ? end + alias.index + alias[0].length : end,
    given,
    middle: words.length === 3 && isPatronymic(middle) ? middle : '',
    family: lastWord,
    familyStyle: capitals ? 'capitals' : 'as-written',
    aliases: alias ? [alias[1]!] : [],
    roles: roleMatch ? rolesIn(roleMatch[1]!) : [],
    nationality,
  };
}

export function nameMentionsIn(sentence: string): NameMention[] {
  return runsOf(sentence)
    .map((run) => mentionOf(run, sentence))
    .filter((mention): mention is NameMention => mention !== null);
}
