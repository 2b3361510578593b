import type { DatabaseSync, SQLInputValue } from 'node:sqlite';
import type { ArchiveHit, ArchiveMention, ParsedArchiveSearch, SnippetPart } from '../../../core/archive/archive-api.ts';
import { snippetMatcher, snippetOf } from '../../../core/archive/snippet.ts';
import { nameKey, nameWords } from '../../../core/cases/name-key.ts';
import { searchTerms, type SearchTerm } from '../../../core/library/search-query.ts';
import { ftsPhrase as phrase, ftsPrefix as prefixed, preparedCache } from './fts-helpers.ts';

/**
 * Search of the archive in its FTS5 index (archive-schema.ts). Each word of the query must
 * match, as a word prefix of the title or text, or through its name key in `keys` (a name in
 * any spelling or script), as the case search does (search.ts). The organisation filter is
 * the same per word in `orgs`; the date range is a condition on the statement's date.
 * Newest statements first.
 */

function termClause(term: SearchTerm, textColumns: string, keyColumn: string): string {
  const parts = [`${textColumns} : ${prefixed(term.stem)}`];
  if (term.keyPrefix.length >= 2) parts.push(`${keyColumn} : ${phrase(term.keyPrefix)}*`);
  else if (term.key !== '') parts.push(`${keyColumn} : ${phrase(term.key)}`);
  return `(${parts.join(' OR ')})`;
}

type HitRow = { n: number; id: string; date: string; title: string; language: string; organisations: string };

/**
 * Matching statements are found in two steps. First their numbers only, newest first: the
 * date index (date, n) is walked backwards and each entry checked against the set of FTS
 * matches, which reads no statement at all and stops at the limit. Then the few statements
 * shown are read, and their text for the snippets not made already. (One query joining the
 * index to the statements would read the whole text of every match, thousands of them, to
 * sort them.)
 */
const NEWEST_FIRST = 'FROM archive_statements INDEXED BY archive_statements_date';
const MATCHING = 'AND n IN (SELECT rowid FROM archive_fts WHERE archive_fts MATCH :match)';
const ORDER = 'ORDER BY date DESC, n DESC LIMIT :limit';

export type ArchiveSearcher = {
  search(request: ParsedArchiveSearch): ArchiveHit[];
  /** Statements naming a person written in any of these ways (every word of one of them, in any spelling). */
  mentions(names: ReadonlyArray<string>): ArchiveMention[];
};

/** Mentions listed for one person at most: a case is read, not a report run. */
const MAX_MENTIONS = 500;
/**
 * Snippets kept, by statement and search words: an archived statement never changes (an
 * import brings new ids), and the same case's mentions or the same search come back often.
 */
const MAX_SNIPPETS = 5000;

export function createArchiveSearch(db: DatabaseSync): ArchiveSearcher {
  const prepared = preparedCache(db);
  const hitOf = db.prepare('SELECT n, id, date, title, language, organisations FROM archive_statements WHERE n = ?');
  const textOf = db.prepare('SELECT full_text FROM archive_statements WHERE n = ?');
  const hits = (sql: string, params: Record<string, SQLInputValue>): HitRow[] =>
    (prepared(sql).all(params) as Array<{ n: number }>).map(({ n }) => hitOf.get(n) as HitRow);
  const snippets = new Map<string, SnippetPart[]>();
  /** The snippets of these rows for these words, made once. */
  const snippetsOf = (rows: HitRow[], terms: ReadonlyArray<Pick<SearchTerm, 'stem' | 'keyPrefix'>>): SnippetPart[][] => {
    const words = terms.map((term) => `${term.stem}|${term.keyPrefix}`).join(' ');
    const matcher = snippetMatcher(terms);
    return rows.map((row) => {
      const key = `${row.id}\n${words}`;
      let found = snippets.get(key);
      if (!found) {
        found = snippetOf((textOf.get(row.n) as { full_text: string }).full_text, matcher);
        if (snippets.size >= MAX_SNIPPETS) snippets.clear();
        snippets.set(key, found);
      }
      return found;
    });
  };

  return {
    search(request) {
      const terms = searchTerms(request.query);
      const organisationTerms = searchTerms(request.organisation ?? '');
      const clauses = [...terms.map((t) => termClause(t, '{title body}', 'keys')), ...organisationTerms.map((t) => termClause(t, 'orgs', 'orgs'))];
      const params: Record<string, SQLInputValue> = { limit: request.limit, from: request.from || '0000-01-01', to: request.to || '9999-12-31' };
      const dates = request.from || request.to ? "AND date <> '' AND date BETWEEN :from AND :to" : '';
      const matching = clauses.length === 0 ? '' : MATCHING;
      const rows = hits(`SELECT n ${NEWEST_FIRST} WHERE 1 ${dates} ${matching} ${ORDER}`, { ...params, match: clauses.join(' AND ') });
      const shown = snippetsOf(rows, terms);
      return rows.map((row, i) => ({
        id: row.id,
        date: row.date,
        title: row.title,
        language: row.language as ArchiveHit['language'],
        organisations: JSON.parse(row.organisations) as string[],
        snippet: shown[i]!,
      }));
    },

    mentions(names) {
      const spellings = names.map((name) => [...new Set(nameWords(name).map(nameKey).filter((key) => key.length >= 2))]).filter((keys) => keys.length > 0);
      if (spellings.length === 0) return [];
      // A key as a prefix: Russian declines names ("Фархата Мейманкулыева"), and an ending never starts another name.
      // The words of a name stand together (NEAR, in any order: "Farhat MEYMANKULYYEV", "Мейманкулыев Фархат"), not anywhere in the text.
      const match = spellings.map((keys) => (keys.length === 1 ? `keys : ${prefixed(keys[0]!)}` : `keys : NEAR(${keys.map(prefixed).join(' ')}, 2)`)).join(' OR ');
      const rows = hits(`SELECT n ${NEWEST_FIRST} WHERE 1 ${MATCHING} ${ORDER}`, { match, limit: MAX_MENTIONS });
      // The snippet marks the words of the names, whole keys only (a name is not typed half-way).
      const terms = spellings.flat().map((key) => ({ stem: '', keyPrefix: key }));
      const shown = snippetsOf(rows, terms);
      return rows.map((row, i) => ({ id: row.id, date: row.date, title: row.title, snippet: shown[i]! }));
    },
  };
}

