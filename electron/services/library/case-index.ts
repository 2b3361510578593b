import { COUNTRY_NAMES } from '../../../core/cases/countries.ts';
import { dateBounds, dateYear } from '../../../core/cases/dates.ts';
import { allNameKeys, namePairs } from '../../../core/cases/names.ts';
import type { CaseRecord } from '../../../core/cases/person.ts';
import { EVENT_TYPES, ROLES, STATUSES, labelWords } from '../../../core/cases/vocabulary.ts';

/**
 * What the database stores beside a case's JSON so that it can be found: summary columns,
 * the event date ranges and the four columns of its full-text row (see schema.ts).
 */
export type CaseIndexRow = {
  names: string;
  keys: string;
  body: string;
  facets: string;
  countries: string[];
  namePairs: string[];
  eventRanges: Array<{ start: string; end: string }>;
};

/** Facet tokens are letters and digits only, so that FTS5's tokenizer keeps each one whole. */
const token = (prefix: string, value: string) => `${prefix}${value.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')}`;
export const statusFacet = (status: string) => token('st', status);
export const roleFacet = (role: string) => token('rl', role);
export const countryFacet = (code: string) => token('cc', code);
export const tagFacet = (tag: string) => token('tg', tag);
export const yearFacet = (year: number) => `yr${year}`;

/** Russian text is indexed with ё read as е, as Russian is usually written and typed. */
const indexText = (text: string) => text.replace(/ё/g, 'е').replace(/Ё/g, 'Е');

function countryWords(code: string | null): string {
  if (code === null) return '';
  const names = COUNTRY_NAMES[code];
  return names ? `${names.en} ${names.ru}` : code;
}

/** Every country the case concerns: nationality, events and charges. */
export function caseCountries(record: CaseRecord): string[] {
  const codes = new Set<string>();
  if (record.nationality) codes.add(record.nationality);
  for (const event of record.events) if (event.country) codes.add(event.country);
  for (const charge of record.charges) if (charge.country) codes.add(charge.country);
  return [...codes];
}

export function caseIndexRow(record: CaseRecord): CaseIndexRow {
  const countries = caseCountries(record);
  const names = [record.givenName, record.middleName, record.familyName, ...record.aliases.map((a) => a.name)].filter(Boolean).join(' ');
  const body: string[] = [
    labelWords(STATUSES[record.status]),
    ...record.roles.map((role) => labelWords(ROLES[role])),
    ...countries.map(countryWords),
    record.ethnicity,
    ...record.tags,
  ];
  for (const event of record.events) {
    body.push(labelWords(EVENT_TYPES[event.type]), event.place, event.text);
  }
  for (const charge of record.charges) body.push(`article статья ${charge.article}`, charge.code, charge.articleText);
  if (record.sentence) body.push(record.sentence.text);

  const years = new Set<number>();
  const eventRanges: CaseIndexRow['eventRanges'] = [];
  for (const event of record.events) {
    if (event.date === null) continue;
    const range = dateBounds(event.date);
    eventRanges.push(range);
    years.add(dateYear(event.date));
  }
  const facets = [
    statusFacet(record.status),
    ...record.roles.map(roleFacet),
    ...countries.map(countryFacet),
    ...record.tags.map(tagFacet),
    ...[...years].map(yearFacet),
  ];
  return {
    names: indexText(names),
    keys: allNameKeys(record).join(' '),
    body: indexText(body.filter(Boolean).join('\n')),
    facets: [...new Set(facets)].join(' '),
    countries,
    namePairs: namePairs(record),
    eventRanges,
  };
}
