import type { DatabaseSync, SQLInputValue } from 'node:sqlite';
import type { ArchiveHit, ArchiveMention, ParsedArchiveSearch } from '../../../core/archive/archive-api.ts';
import { snippetOf } from '../../../core/archive/snippet.ts';
import { nameKey, nameWords } from '../../../core/cases/name-key.ts';
import { searchTerms, type SearchTerm } from '../../../core/library/search-query.ts';
import { ftsPhrase, ftsPrefix, preparedCache } from './fts-helpers.ts';

/**
 * Search of the archive in its FTS5 index (archive-schema.ts). Each word of the query must
 * match, as a word prefix of the title or text, or through its name key in `keys` (a name in
 * any spelling or script), as the case search does (search.ts). The organisation filter is
 * the same per word in `orgs`; the date range is a condition on the statement's date.
 * Newest statements first.
 */

const phrase = ftsPhrase;
const prefixed = ftsPrefix;

function termClause(term: SearchTerm, textColumns: string, keyColumn: string): string {
  const parts = [`${textColumns} : ${prefixed(term.stem)}`];
  if (term.keyPrefix.length >= 2) parts.push(`${keyColumn} : ${phrase(term.keyPrefix)}*`);
  else if (term.key !== '') parts.push(`${keyColumn} : ${phrase(term.key)}`);
  return `(${parts.join(' OR ')})`;
}

type HitRow = { id: string; date: string; title: string; language: string; organisations: string; full_text: string };
const HIT_COLUMNS = 's.id, s.date, s.title, s.language, s.organisations, s.full_text';

export type ArchiveSearcher = {
  search(request: ParsedArchiveSearch): ArchiveHit[];
  /** Statements naming a person written in any of these ways (every word of one of them, in any spelling). */
  mentions(names: ReadonlyArray<string>): ArchiveMention[];
};

/** Mentions listed for one person at most: a case is read, not a report run. */
const MAX_MENTIONS = 500;

export function createArchiveSearch(db: DatabaseSync): ArchiveSearcher {
  const prepared = preparedCache(db);

  return {
    search(request) {
      const terms = searchTerms(request.query);
      const organisationTerms = searchTerms(request.organisation ?? '');
      const clauses = [...terms.map((t) => termClause(t, '{title body}', 'keys')), ...organisationTerms.map((t) => termClause(t, 'orgs', 'orgs'))];
      const params: Record<string, SQLInputValue> = { limit: request.limit, from: request.from || '0000-01-01', to: request.to || '9999-12-31' };
      const dates = request.from || request.to ? "AND s.date <> '' AND s.date BETWEEN :from AND :to" : '';
      const rows =
        clauses.length === 0
          ? (prepared(`SELECT ${HIT_COLUMNS} FROM archive_statements s WHERE 1 ${dates} ORDER BY s.date DESC, s.n DESC LIMIT :limit`).all(params) as HitRow[])
          : (prepared(
              `SELECT ${HIT_COLUMNS} FROM archive_fts f JOIN archive_statements s ON s.n = f.rowid
               WHERE archive_fts MATCH :match ${dates} ORDER BY s.date DESC, s.n DESC LIMIT :limit`,
            ).all({ ...params, match: clauses.join(' AND ') }) as HitRow[]);
      return rows.map((row) => ({
        id: row.id,
        date: row.date,
        title: row.title,
        language: row.language as ArchiveHit['language'],
        organisations: JSON.parse(row.organisations) as string[],
        snippet: snippetOf(row.full_text, terms),
      }));
    },

    mentions(names) {
      const spellings = names.map((name) => [...new Set(nameWords(name).map(nameKey).filter((key) => key.length >= 2))]).filter((keys) => keys.length > 0);
      if (spellings.length === 0) return [];
      // A key as a prefix: Russian declines names ("Фархата Мейманкулыева"), and an ending never starts another name.
      // The words of a name stand together (NEAR, in any order: "Farhat MEYMANKULYYEV", "Мейманкулыев Фархат"), not anywhere in the text.
      const match = spellings.map((keys) => (keys.length === 1 ? `keys : ${prefixed(keys[0]!)}` : `keys : NEAR(${keys.map(prefixed).join(' ')}, 2)`)).join(' OR ');
      const rows = prepared(
        `SELECT ${HIT_COLUMNS} FROM archive_fts f JOIN archive_statements s ON s.n = f.rowid
         WHERE archive_fts MATCH :match ORDER BY s.date DESC, s.n DESC LIMIT :limit`,
      ).all({ match, limit: MAX_MENTIONS }) as HitRow[];
      // The snippet marks the words of the names, whole keys only (a name is not typed half-way).
      const terms = spellings.flat().map((key) => ({ stem: '', keyPrefix: key }));
      return rows.map((row) => ({ id: row.id, date: row.date, title: row.title, snippet: snippetOf(row.full_text, terms) }));
    },
  };
}

