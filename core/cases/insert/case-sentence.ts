import { apposition } from './apposition.ts';
import type { StatementName } from './case-names.ts';
import type { CaseSnapshot } from './case-snapshot.ts';
import {
  birthText,
  chargeClause,
  closeSentence,
  headline,
  isImpersonal,
  isNeutral,
  joinClauses,
  nameRuns,
  predicateClause,
  predicateOf,
  type Voice,
} from './clauses.ts';
import { plain, type InsertedRun } from './inserted-text.ts';
import { caseTimeline, latestEvent } from './timeline.ts';
import type { Predicate } from './predicates.ts';

/**
 * One sentence on a case: who the person is, where the case stands, the charges and the
 * sentence. "Dauletmurat Tazhimuratov, a lawyer, journalist and blogger from Uzbekistan,
 * has been charged under Articles 159 and 244 of the Criminal Code of the Republic of
 * Uzbekistan and was sentenced to 16 years in prison in January 2023."
 *
 * The status is said by its latest event (or in general words when none tells it), except
 * where the charges or the sentence say it already. In Russian without a known gender, and
 * where the status has no subject ("судьба неизвестна"), the name is followed by a colon
 * and clauses that need no agreement, separated by semicolons.
 */
export function subjectRuns(snapshot: CaseSnapshot, name: StatementName, voice: Voice): { runs: InsertedRun[]; apposition: string } {
  const who = apposition(snapshot, voice.language, name.gender);
  return { runs: [...nameRuns(name.full, voice), ...plain(birthText(snapshot, voice))], apposition: who };
}

/** The subject, then its clauses: "Name (1992), a blogger, was ..." or "Name (1992), блогер: ...". */
export function sentenceWithSubject(
  subject: { runs: InsertedRun[]; apposition: string },
  clauses: ReadonlyArray<InsertedRun[]>,
  firstPredicate: Predicate | null,
  voice: Voice,
): InsertedRun[] {
  const colon = voice.language === 'ru' && (isNeutral(voice) || (firstPredicate !== null && isImpersonal(firstPredicate, voice)));
  const who = subject.apposition === '' ? '' : `, ${subject.apposition}`;
  const link = colon ? `${who}: ` : who === '' ? ' ' : `${who}, `;
  return closeSentence([...subject.runs, ...plain(link), ...joinClauses(clauses, voice)]);
}

export function caseSentence(snapshot: CaseSnapshot, name: StatementName, voice: Voice): InsertedRun[] {
  const timeline = caseTimeline(snapshot);
  const status = headline(snapshot, timeline);
  const sentenceEvent = snapshot.sentence !== null || snapshot.status === 'sentenced' ? latestEvent(timeline, ['sentence']) : null;
  const charges = chargeClause(snapshot, voice, 'finite');
  const saidOtherwise = (snapshot.status === 'charged' && charges.length > 0) || (snapshot.status === 'sentenced' && sentenceEvent !== null);
  const clauses: Array<{ runs: InsertedRun[]; predicate: Predicate | null }> = [];
  if (!saidOtherwise) clauses.push({ runs: plain(predicateClause(status.predicate, status.event, voice, 'finite')), predicate: status.predicate });
  if (charges.length > 0) clauses.push({ runs: charges, predicate: null });
  // A status other than "sentenced" never comes from a sentence event, so this says it once.
  const term = sentenceEvent === null ? null : predicateOf(sentenceEvent, snapshot);
  if (term !== null) clauses.push({ runs: plain(predicateClause(term, sentenceEvent, voice, 'finite')), predicate: term });
  return sentenceWithSubject(
    subjectRuns(snapshot, name, voice),
    clauses.map((clause) => clause.runs),
    clauses[0]?.predicate ?? null,
    voice,
  );
}
