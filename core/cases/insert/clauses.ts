import type { CaseRecord } from '../person.ts';
import { ageAt, ageText } from './age.ts';
import { chargeRuns } from './charge-clause.ts';
import { datePhrase, endsWithAmericanDate } from './date-phrases.ts';
import type { Gender } from './gender.ts';
import type { InsertLanguage, InsertOptions } from './insert-request.ts';
import { plain, type InsertedRun } from './inserted-text.ts';
import { placePhrase } from './place-phrases.ts';
import { eventPredicate, placeRelation, STATUS_EVENTS, STATUS_PREDICATES, type Predicate } from './predicates.ts';
import { prisonTerm } from './prison-term.ts';
import { latestEvent, type TimelineEvent } from './timeline.ts';

/**
 * The pieces the three formats are made of: the name with its birth year or age, a
 * predicate with its place and date ("extradited from Turkey on 19 May 2023"), the
 * headline that says where a case stands, and sentence joining.
 */

/** How the text is written: its language, the gender Russian agrees with, the date style. */
export type Voice = { language: InsertLanguage; gender: Gender | null; options: InsertOptions };
export type CaseFacts = Pick<CaseRecord, 'status' | 'charges' | 'sentence' | 'birthDate'>;

/** The name where it first appears, bold if asked. */
export function nameRuns(name: string, voice: Voice): InsertedRun[] {
  return [voice.options.boldName ? { text: name, bold: true } : { text: name }];
}

/** " (1992)", or the age at the statement's date when asked and computable: " (31)", " (31 год)". */
export function birthText(facts: CaseFacts, voice: Voice): string {
  if (facts.birthDate === null) return '';
  const { statementDate, showAge } = voice.options;
  const age = showAge && statementDate !== '' ? ageAt(facts.birthDate, statementDate) : null;
  return ` (${age === null ? facts.birthDate.slice(0, 4) : ageText(age, voice.language)})`;
}

/** Russian falls back to wording without gender when the person's gender is unknown. */
export function isNeutral(voice: Voice): boolean {
  return voice.language === 'ru' && voice.gender === null;
}

export function isImpersonal(predicate: Predicate, voice: Voice): boolean {
  return predicate.impersonalIn?.includes(voice.language) === true;
}

/** The predicate's words: after a name in a list ("экстрадирован") or after a subject ("был экстрадирован"). */
export function predicateWords(predicate: Predicate, voice: Voice, form: 'list' | 'finite'): string {
  if (voice.language === 'en') return form === 'list' ? predicate.enList : predicate.enFinite;
  if (voice.gender === null) return predicate.ru.neutral;
  return (form === 'finite' ? predicate.ruFinite?.[voice.gender] : undefined) ?? predicate.ru[voice.gender];
}

/** Where an event happened, or what a predicate says when no place is known ("abroad"). */
export function eventPlace(event: TimelineEvent | null, predicate: Predicate, voice: Voice): string {
  const place = event === null ? '' : placePhrase(placeRelation(event.type), event.place, event.country, voice.language);
  return place !== '' ? place : (predicate.withoutPlace?.[voice.language] ?? '');
}

/** "extradited from Turkey on 19 May 2023", "died in custody in Mary, Turkmenistan, in November 2023". */
export function predicateClause(predicate: Predicate, event: TimelineEvent | null, voice: Voice, form: 'list' | 'finite'): string {
  const date = event?.date == null ? '' : datePhrase(event.date, voice.language, voice.options.dateStyle).adverbial;
  const parts = [predicateWords(predicate, voice, form), eventPlace(event, predicate, voice), date].filter((part) => part !== '');
  // "in Mary, Turkmenistan, in November", "to six years, suspended, in 2023": an English part
  // with a comma inside is closed by one before more follows.
  if (voice.language === 'en') return parts.map((part, index) => (index < parts.length - 1 && part.includes(', ') ? `${part},` : part)).join(' ');
  return parts.join(' ');
}

export function sentenceTerms(facts: CaseFacts): { en: string | null; ru: string | null } {
  return facts.sentence === null ? { en: null, ru: null } : { en: prisonTerm(facts.sentence, 'en'), ru: prisonTerm(facts.sentence, 'ru') };
}

/** An event's predicate; the latest sentence event names the term. Null for "other" events. */
export function predicateOf(event: TimelineEvent, facts: CaseFacts): Predicate | null {
  return eventPredicate(event.type, facts.status, event.carriesTerm ? sentenceTerms(facts) : { en: null, ru: null });
}

/** The event that shows the case's status (a deported person's deportation), and its predicate. */
export function headline(facts: CaseFacts, timeline: ReadonlyArray<TimelineEvent>): { predicate: Predicate; event: TimelineEvent | null } {
  const event = latestEvent(timeline, STATUS_EVENTS[facts.status]);
  const predicate = event === null ? null : predicateOf(event, facts);
  return predicate === null ? { predicate: STATUS_PREDICATES[facts.status], event: null } : { predicate, event };
}

/** "has been charged under Article 159 of ..." / "обвиняется по статье 159 ..."; empty without charges. */
export function chargeClause(facts: CaseFacts, voice: Voice, form: 'list' | 'finite'): InsertedRun[] {
  if (facts.charges.length === 0) return [];
  const verb = voice.language === 'ru' ? 'обвиняется' : form === 'list' ? 'charged' : 'has been charged';
  return [...plain(verb), ...chargeRuns(facts.charges, voice.language, voice.options.chargeFootnotes)];
}

function runsText(runs: ReadonlyArray<InsertedRun>): string {
  return runs.map((run) => run.text).join('');
}

/**
 * Clauses of one sentence: "A", "A and B", "A, B and C" ("и" in Russian); "; " between
 * all of them for Russian without gender, where each clause stands on its own.
 */
export function joinClauses(clauses: ReadonlyArray<InsertedRun[]>, voice: Voice): InsertedRun[] {
  const and = voice.language === 'ru' ? ' и ' : ' and ';
  return clauses.flatMap((clause, index) => {
    if (index === 0) return clause;
    if (isNeutral(voice)) return [...plain('; '), ...clause];
    const last = index === clauses.length - 1;
    const before = runsText(clauses[index - 1] ?? []);
    const comma = last && voice.language === 'en' && endsWithAmericanDate(before) ? ',' : '';
    return [...plain(last ? `${comma}${and}` : ', '), ...clause];
  });
}

/** Ends a sentence with a full stop unless its text already ends with one ("2023 г."). */
export function closeSentence(runs: ReadonlyArray<InsertedRun>): InsertedRun[] {
  return /[.!?…]$/.test(runsText(runs)) ? [...runs] : [...runs, { text: '.' }];
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
