import { nameKey, nameWords } from '../cases/name-key.ts';
import type { EventType, Status } from '../cases/vocabulary.ts';
import { birthPhrasesIn, YEAR_AFTER_NAME } from './birth-phrases.ts';
import { chargePhrasesIn } from './charge-phrases.ts';
import { countriesIn, countryAdjectivesIn, nationalityIn } from './country-words.ts';
import { eventWordsIn, IN_CUSTODY, type EventWord } from './event-phrases.ts';
import type { FoundEvent, FoundPerson } from './found-person.ts';
import { nameMentionsIn, type NameMention } from './name-mentions.ts';
import { prisonTermsIn } from './prison-terms.ts';
import { sentencesOf, type Sentence } from './sentences.ts';
import type { SourceStatement } from './statement-passages.ts';
import { datesIn, type TextDate } from './text-dates.ts';

/**
 * The people a statement is about, and what it says of each. Two readings of the text:
 * the first finds everyone named in full; the second reads each sentence again and gives
 * every fact in it (event with its date and country, birth year, charge, prison term) to the
 * person it is about: the person named last before it, or the first one after it ("On 15
 * November, French authorities deported Mukhsinjon Akhmedov"), or, in a sentence that
 * names no one but says "he" or "she", the person the text was last about. A later mention
 * by family name alone ("Akhmedov", "HUDAYRAMOV's", "Ахмедова") counts as the person.
 */

/** Russian case endings and the English possessive that a family name takes in running text. */
const INFLECTIONS = ['', 'a', 'u', 'im', 'om', 'e', 'oi', 'i', 's'];
const PRONOUN = /(?<!\p{L})(?:he|she|his|her|him|он|она|его|её|ее|ему|ей|ним|ней)(?!\p{L})/iu;
/** Events the writer wants even when the text gives no date; others (an undated "tortured") say too little. */
const KEPT_UNDATED = new Set<EventType>(['deportation', 'extradition', 'detention', 'arrest', 'sentence', 'death', 'disappearance', 'release']);
const STATUS_OF: Partial<Record<EventType, Status>> = {
  deportation: 'deported',
  extradition: 'extradited',
  sentence: 'sentenced',
  detention: 'detained',
  arrest: 'detained',
  charge: 'charged',
  release: 'released',
  disappearance: 'disappeared',
};
const STATUS_WEIGHT: Partial<Record<EventType, number>> = { sentence: 5, deportation: 4, extradition: 4, disappearance: 4, release: 3, detention: 2, arrest: 2, charge: 1 };
/** How far (in characters) a date may stand from its event's verb in a sentence. */
const DATE_REACH = 90;

type Person = FoundPerson & { givenKey: string; familyKey: string; aliasKeys: string[] };
type Mention = { start: number; end: number; person: Person; full: NameMention | null };

function keysOf(text: string): string[] {
  return nameWords(text).map(nameKey).filter((k) => k !== '');
}

function inflectedOf(wordKey: string, familyKey: string): boolean {
  return wordKey.startsWith(familyKey) && INFLECTIONS.includes(wordKey.slice(familyKey.length));
}

function samePerson(person: Person, mention: NameMention): boolean {
  const given = keysOf(mention.given).join(' ');
  const family = nameKey(mention.family);
  const familyMatches = inflectedOf(family, person.familyKey) || inflectedOf(person.familyKey, family) || person.aliasKeys.includes(family);
  return familyMatches && (given === person.givenKey || given.startsWith(person.givenKey) || person.givenKey.startsWith(given));
}

function newPerson(mention: NameMention, evidence: string): Person {
  return {
    given: mention.given,
    middle: mention.middle,
    family: mention.family,
    familyStyle: mention.familyStyle,
    aliases: [...mention.aliases],
    birth: null,
    nationality: mention.nationality,
    roles: [...mention.roles],
    events: [],
    charges: [],
    sentence: null,
    status: null,
    evidence,
    givenKey: keysOf(mention.given).join(' '),
    familyKey: nameKey(mention.family),
    aliasKeys: mention.aliases.flatMap(keysOf),
  };
}

function absorb(person: Person, mention: NameMention): void {
  for (const alias of mention.aliases) if (!person.aliases.includes(alias)) person.aliases.push(alias);
  person.aliasKeys = person.aliases.flatMap(keysOf);
  for (const role of mention.roles) if (!person.roles.includes(role)) person.roles.push(role);
  person.nationality ??= mention.nationality;
  if (person.middle === '') person.middle = mention.middle;
}

type SentenceOf = Sentence & { passage: SourceStatement['passages'][number] };

function allSentences(source: SourceStatement): SentenceOf[] {
  return source.passages.flatMap((passage) => sentencesOf(passage.text).map((sentence) => ({ ...sentence, passage })));
}

/** Full mentions and mentions by family name alone, in the order they stand. */
function mentionsIn(sentence: string, people: Person[], full: NameMention[]): Mention[] {
  const mentions: Mention[] = full.flatMap((m) => {
    const person = people.find((p) => samePerson(p, m));
    return person ? [{ start: m.start, end: m.end, person, full: m }] : [];
  });
  const word = /[\p{L}\p{M}'’ʼ-]+/gu;
  for (let m = word.exec(sentence); m !== null; m = word.exec(sentence)) {
    const start = m.index;
    if (mentions.some((x) => start >= x.start && start < x.end) || !/^\p{Lu}/u.test(m[0])) continue;
    const key = nameKey(m[0]);
    if (key.length < 4) continue;
    const person = people.find((p) => inflectedOf(key, p.familyKey) || p.aliasKeys.includes(key));
    if (person) mentions.push({ start, end: start + m[0].length, person, full: null });
  }
  return mentions.sort((a, b) => a.start - b.start);
}

function nearestDate(dates: TextDate[], at: { start: number; end: number }): TextDate | null {
  let best: TextDate | null = null;
  let bestDistance = DATE_REACH;
  for (const date of dates) {
    let distance = date.start >= at.end ? date.start - at.end : date.end <= at.start ? (at.start - date.end) * 1.5 : 0;
    // "In late May 2023, the blogger … was deported": a date that opens the sentence dates its main verb.
    if (date.start <= 12 && distance > DATE_REACH) distance = DATE_REACH;
    if (distance <= bestDistance) {
      best = date;
      bestDistance = distance;
    }
  }
  return best;
}

function eventCountry(text: string, word: EventWord): FoundEvent['country'] {
  const after = text.slice(word.end, word.end + 50);
  const from = /^[^.;]*?(?<!\p{L})(?:from|in|из|в|во)\s+/iu.exec(after);
  if (from) {
    const rest = after.slice(from[0].length);
    const country = countriesIn(rest)[0];
    // "in Turkmenistan’s consulate in Istanbul" is not in Turkmenistan.
    if (country && country.start === 0 && !/^['’]s\b/u.test(rest.slice(country.end))) return country.code;
  }
  // "French authorities deported him": the country whose authorities acted.
  const before = text.slice(Math.max(0, word.start - 40), word.start);
  const authorities = /(\S+)\s+(?:authorities|police|officials|власти|полиция)\s+(?:\S+\s+){0,2}$/iu.exec(before);
  if (authorities) return countryAdjectivesIn(authorities[1]!)[0]?.code ?? null;
  return null;
}

function eventPlace(text: string, word: EventWord): string {
  const m = /^[^.;]{0,60}?\b(?:in the city of|в городе|в г\.)\s+(\p{Lu}[\p{L}-]+)/u.exec(text.slice(word.end));
  return m ? m[1]! : '';
}

function ownerAt(mentions: Mention[], at: number): Person | null {
  const before = mentions.filter((m) => m.start <= at).at(-1);
  return (before ?? mentions.find((m) => m.start > at))?.person ?? null;
}

function readSentence(sentence: SentenceOf, mentions: Mention[], statementDate: string): void {
  const { text } = sentence;
  const dates = datesIn(text, statementDate);
  for (const mention of mentions) {
    if (mention.full === null) continue;
    const year = YEAR_AFTER_NAME.exec(text.slice(mention.full.end));
    if (year && mention.person.birth === null) mention.person.birth = { year: Number(year[1]), fromAge: null, alternative: null, evidence: text };
  }
  for (const phrase of birthPhrasesIn(text, statementDate)) {
    // An age stands before its name ("39-year-old Mukhsinjon Akhmedov"), a birth year after it.
    const next = mentions.find((m) => m.start >= phrase.end && m.start - phrase.end < 40);
    const person = next?.person ?? ownerAt(mentions, phrase.start);
    if (person && person.birth === null) person.birth = { year: phrase.year, fromAge: phrase.fromAge, alternative: phrase.alternative, evidence: text };
  }
  const events = eventWordsIn(text);
  for (const word of events) {
    const person = ownerAt(mentions, word.start);
    if (!person) continue;
    const date = nearestDate(dates, word);
    person.events.push({ type: word.type, date: date?.date ?? null, country: eventCountry(text, word), place: eventPlace(text, word), evidence: text });
  }
  const cited = sentence.passage.notes.filter((note) => note.at >= sentence.start && note.at <= sentence.start + text.length);
  const charges = [
    ...chargePhrasesIn(text).map((c) => ({ ...c, at: c.start })),
    ...cited.flatMap((note) => chargePhrasesIn(note.text).slice(0, 1).map((c) => ({ ...c, at: note.at - sentence.start }))),
  ];
  for (const charge of charges) {
    const person = ownerAt(mentions, charge.at);
    if (person && !person.charges.some((c) => c.article === charge.article && c.code === charge.code)) {
      person.charges.push({ article: charge.article, code: charge.code, country: charge.country, articleText: charge.articleText, evidence: text });
    }
  }
  for (const term of prisonTermsIn(text)) {
    const person = ownerAt(mentions, term.start);
    if (!person || person.sentence !== null) continue;
    const sentenced = events.find((e) => e.type === 'sentence' && ownerAt(mentions, e.start) === person);
    const date = sentenced ? nearestDate(dates, sentenced) : null;
    person.sentence = { text: term.text, years: term.years, suspended: term.suspended, date: date?.date ?? null, evidence: text };
  }
}

/** One event per type and date; an undated one only when no dated event of its type says more. */
function tidyEvents(events: FoundEvent[]): FoundEvent[] {
  const kept: FoundEvent[] = [];
  for (const event of events) {
    if (event.date === null && (!KEPT_UNDATED.has(event.type) || events.some((e) => e.type === event.type && e.date !== null))) continue;
    // "in November 2023" and "on November 15" are one deportation, known to the day.
    const date = event.date;
    if (date !== null && events.some((e) => e.type === event.type && e.date !== null && e.date.length > date.length && e.date.startsWith(date))) continue;
    const same = kept.find((e) => e.type === event.type && e.date === event.date);
    if (same) {
      same.country ??= event.country;
      if (same.place === '') same.place = event.place;
    } else kept.push({ ...event });
  }
  return kept.sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999'));
}

function statusOf(person: FoundPerson): Status | null {
  const death = person.events.find((e) => e.type === 'death');
  if (death) {
    const held = IN_CUSTODY.test(death.evidence) || person.events.some((e) => ['detention', 'arrest', 'sentence'].includes(e.type)) || person.sentence !== null;
    return held ? 'died-in-custody' : null;
  }
  // The latest dated event says where the person is now, unless an undated one weighs more
  // ("deported … after being detained": the deportation, whatever the order of the words).
  const telling = person.events.filter((e) => STATUS_OF[e.type] !== undefined);
  const lastDated = telling.filter((e) => e.date !== null).sort((a, b) => a.date!.localeCompare(b.date!) || STATUS_WEIGHT[a.type]! - STATUS_WEIGHT[b.type]!).at(-1);
  const weightiest = telling.filter((e) => e.date === null).sort((a, b) => STATUS_WEIGHT[b.type]! - STATUS_WEIGHT[a.type]!)[0];
  const last = lastDated === undefined || (weightiest !== undefined && STATUS_WEIGHT[weightiest.type]! > STATUS_WEIGHT[lastDated.type]!) ? weightiest : lastDated;
  if (last) return STATUS_OF[last.type]!;
  return person.sentence !== null ? 'sentenced' : null;
}

const hasFacts = (p: FoundPerson) => p.birth !== null || p.events.length > 0 || p.charges.length > 0 || p.sentence !== null;

export function findPeople(source: SourceStatement): FoundPerson[] {
  const sentences = allSentences(source);
  const fullMentions = sentences.map((s) => nameMentionsIn(s.text));
  const people: Person[] = [];
  sentences.forEach((sentence, i) => {
    for (const mention of fullMentions[i]!) {
      const known = people.find((p) => samePerson(p, mention));
      if (known) absorb(known, mention);
      else {
        const person = newPerson(mention, sentence.text);
        // The items of a list introduced by "citizens of Turkmenistan in the list below:" are its citizens.
        if (person.nationality === null && sentence.passage.lead !== null) person.nationality = nationalityIn(sentence.passage.lead);
        people.push(person);
      }
    }
  });

  let current: Person | null = null;
  sentences.forEach((sentence, i) => {
    let mentions = mentionsIn(sentence.text, people, fullMentions[i]!);
    if (mentions.length === 0 && current !== null && PRONOUN.test(sentence.text)) mentions = [{ start: 0, end: 0, person: current, full: null }];
    if (mentions.length === 0) return;
    readSentence(sentence, mentions, source.date);
    current = mentions.at(-1)!.person;
  });

  return people
    .map(({ givenKey: _g, familyKey: _f, aliasKeys: _a, ...person }): FoundPerson => {
      const events = tidyEvents(person.events);
      const found = { ...person, events };
      return { ...found, status: statusOf(found) };
    })
    .filter(hasFacts);
}
