import { countryName } from '../../../core/cases/countries.ts';
import { partialDateSchema } from '../../../core/cases/dates.ts';
import { ROLES, STATUSES, type Role, type Status } from '../../../core/cases/vocabulary.ts';
import type { UiLocale } from '../../../core/i18n/ui-locale.ts';
import type { SearchRequest } from '../../../core/library/search-query.ts';
import { caseMessages } from './case-messages.ts';
import { asSentence } from './format.ts';

/** What the Cases tab searches for: the words typed and the filters, each '' when unused. */
export type CaseFilters = { status: Status | ''; country: string; role: Role | ''; tag: string; from: string; to: string };
export type CaseSearchState = { query: string; filters: CaseFilters; showAll: boolean };

export const NO_FILTERS: CaseFilters = { status: '', country: '', role: '', tag: '', from: '', to: '' };
export const INITIAL_SEARCH: CaseSearchState = { query: '', filters: NO_FILTERS, showAll: false };

/** How many results a search lists; a full list says when it was cut. */
export const RESULT_LIMIT = 200;
export const RECENT_LIMIT = 10;

export function activeFilterCount(filters: CaseFilters): number {
  return Object.values(filters).filter((value) => value.trim() !== '').length;
}

/** "detained · Uzbekistan · from 2023": the filters in use, for the collapsed filter bar. */
export function filterSummary(filters: CaseFilters, locale: UiLocale = 'en'): string {
  const m = caseMessages[locale];
  const parts = [
    filters.status ? STATUSES[filters.status][locale] : '',
    filters.country ? countryName(filters.country, locale) : '',
    filters.role ? ROLES[filters.role][locale] : '',
    filters.tag.trim() ? m.tagFilter(filters.tag.trim()) : '',
    filters.from.trim() ? m.fromFilter(filters.from.trim()) : '',
    filters.to.trim() ? m.toFilter(filters.to.trim()) : '',
  ];
  return parts.filter(Boolean).join(' · ');
}

/** Errors of the date filters, which the writer types; in English, as the schema says them (Field translates). */
export function filterErrors(filters: CaseFilters): { from?: string; to?: string } {
  const errors: { from?: string; to?: string } = {};
  for (const key of ['from', 'to'] as const) {
    const value = filters[key].trim();
    if (value === '') continue;
    const parsed = partialDateSchema.safeParse(value);
    if (!parsed.success) errors[key] = asSentence(parsed.error.issues[0]?.message ?? 'not a date');
  }
  return errors;
}

/**
 * The call the state asks for: the recently used cases (nothing typed, no filter), a search,
 * or nothing while a date filter is not a date yet.
 */
export function caseQuery(state: CaseSearchState): { kind: 'recent' } | { kind: 'search'; request: SearchRequest; heading: 'all' | 'results' } | { kind: 'invalid' } {
  const { filters } = state;
  const query = state.query.trim();
  if (Object.keys(filterErrors(filters)).length > 0) return { kind: 'invalid' };
  if (query === '' && activeFilterCount(filters) === 0 && !state.showAll) return { kind: 'recent' };
  const request: SearchRequest = { query, limit: RESULT_LIMIT };
  if (filters.status) request.status = filters.status;
  if (filters.country) request.country = filters.country;
  if (filters.role) request.role = filters.role;
  if (filters.tag.trim()) request.tag = filters.tag.trim();
  if (filters.from.trim()) request.from = filters.from.trim();
  if (filters.to.trim()) request.to = filters.to.trim();
  return { kind: 'search', request, heading: query === '' && activeFilterCount(filters) === 0 ? 'all' : 'results' };
}
