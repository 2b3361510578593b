import type { DatabaseSync, SQLInputValue } from 'node:sqlite';
import { dateBounds, dateYear } from '../../../core/cases/dates.ts';
import type { CaseHit, CaseMatch } from '../../../core/library/api.ts';
import { searchTerms, type ParsedSearchRequest, type SearchTerm } from '../../../core/library/search-query.ts';
import { SUMMARY_COLUMNS, summaryOf, type SummaryRow } from './case-store.ts';
import { countryFacet, roleFacet, statusFacet, tagFacet, yearFacet } from './case-index.ts';
import { ftsPhrase as phrase, ftsPrefix as prefixed, preparedCache } from './fts-helpers.ts';

/**
 * Case search in the FTS5 index. Each word of the query must match, either as a word prefix
 * in the names and text (English, Russian, article numbers; the query side shortens inflected
 * words, see stemWord) or through its name key in the `keys` column (a name in any spelling or
 * script); each filter is a facet token ANDed in, and a date range is checked on the event
 * dates of what the index found. Order: cases whose names the query spells come first, then
 * the other matches, each group newest first (see the note on bm25 below).
 */

function termClause(term: SearchTerm): string {
  const parts = [`{names body} : ${prefixed(term.stem)}`];
  if (term.keyPrefix.length >= 2) parts.push(`keys : ${phrase(term.keyPrefix)}*`);
  else if (term.key !== '') parts.push(`keys : ${phrase(term.key)}`);
  return `(${parts.join(' OR ')})`;
}

/** Year spans wider than this are filtered by date alone, without narrowing through the index first. */
const MAX_NARROWED_YEARS = 40;

type DateRange = { from: string; to: string };

function facetClauses(request: ParsedSearchRequest, range: DateRange | null, currentYear: number): string[] {
  const clauses: string[] = [];
  if (request.status) clauses.push(`facets : ${phrase(statusFacet(request.status))}`);
  if (request.role) clauses.push(`facets : ${phrase(roleFacet(request.role))}`);
  if (request.country) clauses.push(`facets : ${phrase(countryFacet(request.country))}`);
  if (request.tag) clauses.push(`facets : ${phrase(tagFacet(request.tag))}`);
  if (range && request.from) {
    const first = dateYear(request.from);
    const last = request.to ? dateYear(request.to) : currentYear + 1;
    if (last >= first && last - first < MAX_NARROWED_YEARS) {
      const years: string[] = [];
      for (let year = first; year <= last; year++) years.push(`facets : ${phrase(yearFacet(year))}`);
      clauses.push(`(${years.join(' OR ')})`);
    }
  }
  return clauses;
}

function dateRangeOf(request: ParsedSearchRequest): DateRange | null {
  if (!request.from && !request.to) return null;
  return { from: request.from ? dateBounds(request.from).start : '0000-01-01', to: request.to ? dateBounds(request.to).end : '9999-12-31' };
}

const DATE_CONDITION = (rowid: string) =>
  `EXISTS (SELECT 1 FROM case_event_dates d WHERE d.case_n = ${rowid} AND d.date_end >= :from AND d.date_start <= :to)`;

/** How well a hit's names answer the query: every word that spells one of its names counts. */
function nameScore(terms: ReadonlyArray<SearchTerm>, nameKeys: ReadonlyArray<string>): { score: number; match: CaseMatch } {
  let exact = 0;
  let prefix = 0;
  for (const term of terms) {
    if (term.key !== '' && nameKeys.includes(term.key)) exact++;
    else if (term.keyPrefix.length >= 2 && nameKeys.some((key) => key.startsWith(term.keyPrefix))) prefix++;
  }
  return { score: exact * 2 + prefix, match: exact > 0 ? 'name' : prefix > 0 ? 'name-prefix' : 'text' };
}

export type CaseSearch = (request: ParsedSearchRequest) => CaseHit[];

export function createCaseSearch(db: DatabaseSync, now: () => Date): CaseSearch {
  const prepared = preparedCache(db);
  const keyExists = db.prepare('SELECT 1 FROM cases_fts WHERE cases_fts MATCH ? LIMIT 1');

  /** Matching cases, newest first; FTS5 walks its index in rowid order and stops at the limit. */
  function newest(match: string, params: Record<string, SQLInputValue>, dateFilter: string, limit: number): SummaryRow[] {
    const sql = `SELECT ${SUMMARY_COLUMNS} FROM (SELECT rowid FROM cases_fts WHERE cases_fts MATCH :match ${dateFilter} ORDER BY rowid DESC LIMIT :limit) m
      JOIN cases c ON c.n = m.rowid ORDER BY c.n DESC`;
    return prepared(sql).all({ ...params, match, limit }) as SummaryRow[];
  }

  return (request) => {
    // A tag of punctuation alone has no token in the index, so no case can carry it.
    if (request.tag !== undefined && tagFacet(request.tag) === tagFacet('')) return [];
    const terms = searchTerms(request.query);
    const range = dateRangeOf(request);
    const facets = facetClauses(request, range, now().getUTCFullYear());
    const params: Record<string, SQLInputValue> = { limit: request.limit };
    if (range) Object.assign(params, range);
    const dateFilter = range ? `AND ${DATE_CONDITION('cases_fts.rowid')}` : '';

    if (terms.length === 0 && facets.length === 0) {
      const where = range ? `WHERE ${DATE_CONDITION('c.n')}` : '';
      const rows = prepared(`SELECT ${SUMMARY_COLUMNS} FROM cases c ${where} ORDER BY c.n DESC LIMIT :limit`).all(params) as SummaryRow[];
      return rows.map((row) => ({ ...summaryOf(row), match: 'filter' }));
    }
    if (terms.length === 0) {
      return newest(facets.join(' AND '), params, dateFilter, request.limit).map((row) => ({ ...summaryOf(row), match: 'filter' }));
    }

    // First the cases whose names the query spells (some word is one of their name keys), then
    // every other match; each group newest first, and within the page by how much of the name matched.
    // No bm25: scoring every match of a common word ("deported", in a third of the library) costs
    // far more than the 20 ms a keystroke may take, and the name groups give the order that matters.
    const clauses = terms.map(termClause);
    const hits: CaseHit[] = [];
    const seen = new Set<string>();
    const add = (rows: SummaryRow[]) => {
      const scored = rows.filter((row) => !seen.has(row.id)).map((row, order) => ({ row, order, ...nameScore(terms, row.name_keys.split(' ')) }));
      scored.sort((a, b) => b.score - a.score || a.order - b.order);
      for (const { row, match } of scored) {
        if (hits.length >= request.limit) return;
        seen.add(row.id);
        hits.push({ ...summaryOf(row), match });
      }
    };
    const named = terms.map((term, index) => ({ term, index })).filter(({ term }) => term.key !== '' && keyExists.get(`keys : ${phrase(term.key)}`) !== undefined);
    if (named.length > 0) {
      const alternatives = named.map(({ term, index }) => [`keys : ${phrase(term.key)}`, ...clauses.filter((_, i) => i !== index), ...facets].join(' AND '));
      add(newest(alternatives.map((a) => `(${a})`).join(' OR '), params, dateFilter, request.limit));
    }
    if (hits.length < request.limit) add(newest([...clauses, ...facets].join(' AND '), params, dateFilter, request.limit + hits.length));
    return hits;
  };
}
