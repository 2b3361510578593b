import { caseDraftSchema, emptyCaseDraft, type Alias, type CaseDraft, type CaseRecord } from '../../../core/cases/person.ts';
import type { EventType, Reliability, Role, Status } from '../../../core/cases/vocabulary.ts';
import { newRowId, orNull, parseTags, validateDraft } from './form-helpers.ts';

/**
 * The case editor's form: every field as the writer types it (dates, years and tags as text,
 * "no country" as ''), turned into a draft for caseDraftSchema only when checked or saved, so
 * nothing typed is ever lost to a conversion.
 */
export type AliasRow = { key: string; name: string; kind: Alias['kind']; language: string };
export type EventRow = { id: string; type: EventType; date: string; place: string; country: string; text: string };
export type ChargeRow = { id: string; article: string; code: string; country: string; articleText: string };
export type SourceRow = { key: string; title: string; url: string; date: string; reliability: Reliability };
export type SentenceForm = { text: string; years: string; suspended: boolean; date: string };

export type CaseForm = {
  givenName: string;
  middleName: string;
  familyName: string;
  familyNameStyle: CaseDraft['familyNameStyle'];
  aliases: AliasRow[];
  birthDate: string;
  nationality: string;
  ethnicity: string;
  roles: Role[];
  status: Status;
  events: EventRow[];
  charges: ChargeRow[];
  hasSentence: boolean;
  sentence: SentenceForm;
  sources: SourceRow[];
  tags: string;
  confidential: boolean;
};

export const newAliasRow = (): AliasRow => ({ key: newRowId('a'), name: '', kind: 'transliteration', language: '' });
export const newEventRow = (): EventRow => ({ id: newRowId('ev'), type: 'detention', date: '', place: '', country: '', text: '' });
export const newChargeRow = (): ChargeRow => ({ id: newRowId('ch'), article: '', code: 'Criminal Code', country: '', articleText: '' });
export const newSourceRow = (): SourceRow => ({ key: newRowId('s'), title: '', url: '', date: '', reliability: 'credible' });

export function caseForm(record: CaseRecord | null): CaseForm {
  const from: CaseDraft = record ?? emptyCaseDraft();
  return {
    givenName: from.givenName,
    middleName: from.middleName,
    familyName: from.familyName,
    familyNameStyle: from.familyNameStyle,
    aliases: from.aliases.map((alias) => ({ key: newRowId('a'), name: alias.name, kind: alias.kind, language: alias.language ?? '' })),
    birthDate: from.birthDate ?? '',
    nationality: from.nationality ?? '',
    ethnicity: from.ethnicity,
    roles: [...from.roles],
    status: from.status,
    events: from.events.map((event) => ({ ...event, date: event.date ?? '', country: event.country ?? '' })),
    charges: from.charges.map((charge) => ({ ...charge, country: charge.country ?? '' })),
    hasSentence: from.sentence !== null,
    sentence: {
      text: from.sentence?.text ?? '',
      years: from.sentence?.years === null || from.sentence?.years === undefined ? '' : String(from.sentence.years),
      suspended: from.sentence?.suspended ?? false,
      date: from.sentence?.date ?? '',
    },
    sources: from.sources.map((source) => ({ key: newRowId('s'), title: source.title, url: source.url ?? '', date: source.date ?? '', reliability: source.reliability })),
    tags: from.tags.join(', '),
    confidential: from.confidential,
  };
}


/** The draft the form stands for, unchecked: the schema says what is wrong with it, field by field. */
export function caseDraftOf(form: CaseForm): unknown {
  const years = form.sentence.years.trim();
  return {
    givenName: form.givenName,
    middleName: form.middleName,
    familyName: form.familyName,
    familyNameStyle: form.familyNameStyle,
    aliases: form.aliases.map((alias) => ({ name: alias.name, kind: alias.kind, language: orNull(alias.language) })),
    birthDate: orNull(form.birthDate),
    nationality: orNull(form.nationality),
    ethnicity: form.ethnicity,
    roles: form.roles,
    status: form.status,
    events: form.events.map((event) => ({ ...event, date: orNull(event.date), country: orNull(event.country) })),
    charges: form.charges.map((charge) => ({ ...charge, country: orNull(charge.country) })),
    sentence: form.hasSentence
      ? { text: form.sentence.text, years: years === '' ? null : Number(years.replace(',', '.')), suspended: form.sentence.suspended, date: orNull(form.sentence.date) }
      : null,
    sources: form.sources.map((source) => ({ title: source.title, url: orNull(source.url), date: orNull(source.date), reliability: source.reliability })),
    tags: parseTags(form.tags),
    confidential: form.confidential,
  };
}

export const checkCaseForm = (form: CaseForm) => validateDraft(caseDraftSchema, caseDraftOf(form));
