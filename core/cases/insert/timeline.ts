import { dateBounds } from '../dates.ts';
import type { CaseEvent, CaseRecord } from '../person.ts';
import type { EventType } from '../vocabulary.ts';

/**
 * A case's events in the order a statement tells them.
 *
 * Dated events come first, by the last day their date may mean, then by the first, then in
 * the order recorded: "in November" (the month of a death) then goes after "on 27
 * November" (the summons before it), which is what the looser date usually hides. Undated
 * events follow, in the order recorded.
 *
 * A case's sentence (its term) belongs to its latest sentence event, which takes the
 * sentence's date when it has none; a sentence with no such event becomes one.
 */
export type TimelineEvent = CaseEvent & { carriesTerm: boolean };
type TimelineSource = Pick<CaseRecord, 'events' | 'sentence'>;

function inOrder(events: ReadonlyArray<TimelineEvent>): TimelineEvent[] {
  const keyed = events.map((event, index) => ({ event, index, bounds: event.date === null ? null : dateBounds(event.date) }));
  keyed.sort((a, b) => {
    if (a.bounds === null || b.bounds === null) return a.bounds === b.bounds ? a.index - b.index : a.bounds === null ? 1 : -1;
    return a.bounds.end.localeCompare(b.bounds.end) || a.bounds.start.localeCompare(b.bounds.start) || a.index - b.index;
  });
  return keyed.map((k) => k.event);
}

export function caseTimeline(record: TimelineSource): TimelineEvent[] {
  const events: TimelineEvent[] = record.events.map((event) => ({ ...event, carriesTerm: false }));
  const sentence = record.sentence;
  if (sentence !== null) {
    const last = inOrder(events)
      .filter((event) => event.type === 'sentence')
      .at(-1);
    if (last === undefined) events.push({ id: 'sentence', type: 'sentence', date: sentence.date, place: '', country: null, text: '', carriesTerm: true });
    else Object.assign(last, { carriesTerm: true, date: last.date ?? sentence.date });
  }
  return inOrder(events);
}

/** The last event of one of these types, in timeline order; null if there is none. */
export function latestEvent(timeline: ReadonlyArray<TimelineEvent>, types: ReadonlyArray<EventType>): TimelineEvent | null {
  return timeline.findLast((event) => types.includes(event.type)) ?? null;
}
