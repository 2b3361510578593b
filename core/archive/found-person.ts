import type { CountryCode } from '../cases/countries.ts';
import type { PartialDate } from '../cases/dates.ts';
import type { EventType, Role, Status } from '../cases/vocabulary.ts';

/**
 * A person a statement names, with what it says of them, each fact with the sentence it was
 * read from so the writer can judge it. Plain data: it crosses into the dialog as is.
 */
export type FoundEvent = { type: EventType; date: PartialDate | null; country: CountryCode | null; place: string; evidence: string };
export type FoundCharge = { article: string; code: string; country: CountryCode | null; articleText: string; evidence: string };
export type FoundSentence = { text: string; years: number; suspended: boolean; date: PartialDate | null; evidence: string };
export type FoundBirth = { year: number; fromAge: number | null; alternative: number | null; evidence: string };

export type FoundPerson = {
  given: string;
  middle: string;
  family: string;
  familyStyle: 'capitals' | 'as-written';
  /** Other forms the statement gives: "Durdyiev" from "(aka Durdyiev)". */
  aliases: string[];
  birth: FoundBirth | null;
  nationality: CountryCode | null;
  roles: Role[];
  events: FoundEvent[];
  charges: FoundCharge[];
  sentence: FoundSentence | null;
  /** What the latest event makes of them; null when the text does not say. */
  status: Status | null;
  /** The first sentence that names them. */
  evidence: string;
};
