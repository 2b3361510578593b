import type { DatabaseSync } from 'node:sqlite';

/** An FTS5 string: double quotes make it a phrase of literal tokens, so no query text is syntax. */
export const ftsPhrase = (text: string) => `"${text.replace(/"/g, '""')}"`;

/** Prefix search on one-letter words would scan a large part of the index and find nothing useful. */
export const ftsPrefix = (text: string) => (text.length >= 2 ? `${ftsPhrase(text)}*` : ftsPhrase(text));

/** Statements prepared once per SQL text; one parameter object serves every query shape, each using the names it needs. */
export function preparedCache(db: DatabaseSync): (sql: string) => ReturnType<DatabaseSync['prepare']> {
  const statements = new Map<string, ReturnType<DatabaseSync['prepare']>>();
  return (sql) => {
    let statement = statements.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      statement.setAllowUnknownNamedParameters(true);
      statements.set(sql, statement);
    }
    return statement;
  };
}
