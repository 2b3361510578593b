import type { StatementName } from './case-names.ts';
import type { CaseSnapshot } from './case-snapshot.ts';
import { sentenceWithSubject, subjectRuns } from './case-sentence.ts';
import { capitalise, chargeClause, closeSentence, isImpersonal, isNeutral, predicateClause, predicateOf, predicateWords, type Voice } from './clauses.ts';
import { datePhrase } from './date-phrases.ts';
import { plain, type InsertedRun } from './inserted-text.ts';
import { STATUS_PREDICATES } from './predicates.ts';
import { caseTimeline, type TimelineEvent } from './timeline.ts';

/**
 * A paragraph on a case: who the person is and where the case stands, then every event in
 * date order with its date at its precision, then the charges.
 *
 * "Farhat MEYMANKULYYEV (1992), a blogger from Turkmenistan, has been extradited. In August
 * 2021, MEYMANKULYYEV was detained in Istanbul, Turkey. On 19 May 2023, MEYMANKULYYEV was
 * extradited from Turkey."
 *
 * Events name the person by the family name, not "he" or "she", which the record cannot
 * tell. In Russian without a known gender an event is a dated noun phrase ("19 мая 2023 г.
 * — экстрадиция из Турции."). An event's free text is in whatever language the writer used,
 * so it appears only when asked for: after the event it describes, or alone for an event of
 * type "other", which has nothing else to say.
 */
function eventSentence(event: TimelineEvent, snapshot: CaseSnapshot, name: StatementName, voice: Voice): InsertedRun[] {
  const date = event.date === null ? null : datePhrase(event.date, voice.language, voice.options.dateStyle);
  const details = event.text.trim();
  const predicate = predicateOf(event, snapshot);
  if (predicate === null) {
    if (!voice.options.eventDetails || details === '') return [];
    return closeSentence(plain(date === null ? capitalise(details) : `${capitalise(date.bare)}: ${details}`));
  }
  // The date leads the sentence, so the clause is made without it.
  const words = predicateClause(predicate, { ...event, date: null }, voice, 'finite');
  let sentence: string;
  if (isNeutral(voice) && !isImpersonal(predicate, voice)) {
    sentence = date === null ? words : `${date.adverbial} — ${words}`;
  } else {
    const subject = isImpersonal(predicate, voice) ? words : `${name.short} ${words}`;
    sentence = date === null ? subject : `${date.adverbial}${voice.language === 'en' ? ',' : ''} ${subject}`;
  }
  const told = closeSentence(plain(capitalise(sentence)));
  return voice.options.eventDetails && details !== '' ? [...told, ...plain(' '), ...closeSentence(plain(capitalise(details)))] : told;
}

export function caseParagraph(snapshot: CaseSnapshot, name: StatementName, voice: Voice): InsertedRun[] {
  const charges = chargeClause(snapshot, voice, 'finite');
  const chargesLead = snapshot.status === 'charged' && charges.length > 0;
  const status = STATUS_PREDICATES[snapshot.status];
  const intro = sentenceWithSubject(
    subjectRuns(snapshot, name, voice),
    [chargesLead ? charges : plain(predicateWords(status, voice, 'finite'))],
    chargesLead ? null : status,
    voice,
  );
  const events = caseTimeline(snapshot).map((event) => eventSentence(event, snapshot, name, voice));
  const chargeSentence = charges.length === 0 || chargesLead ? [] : closeSentence([...plain(`${name.short} `), ...charges]);
  return [intro, ...events, chargeSentence].filter((sentence) => sentence.length > 0).flatMap((sentence, index) => (index === 0 ? sentence : [...plain(' '), ...sentence]));
}

