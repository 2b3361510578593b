import type { SchemaMigration } from './schema.ts';

/**
 * The archive of past statements (see archive-store.ts), one migration of MIGRATIONS. Each
 * import is a batch; its statements go with it when the import is undone. A statement keeps
 * its imported .statement (JSON, footnotes and signatories included), its plain text and the
 * organisations that signed it (JSON array). The FTS5 index has four columns: `title`, `body`
 * (the plain text, matched by word prefix in any language), `keys` (the name key of every word
 * of the text, core/cases/name-key.ts, so a name is found in any spelling or script) and
 * `orgs` (the signing organisations as written and as name keys, for the organisation filter).
 * It is contentless: snippets are cut from full_text.
 */
export const createArchiveTables: SchemaMigration = (db) => {
  db.exec(`
    CREATE TABLE archive_batches (
      id TEXT PRIMARY KEY,
      imported_at TEXT NOT NULL,
      source TEXT NOT NULL,
      statements INTEGER NOT NULL
    ) WITHOUT ROWID;

    CREATE TABLE archive_statements (
      n INTEGER PRIMARY KEY,
      id TEXT NOT NULL UNIQUE,
      batch_id TEXT NOT NULL REFERENCES archive_batches (id),
      date TEXT NOT NULL,
      title TEXT NOT NULL,
      language TEXT NOT NULL,
      source_file TEXT NOT NULL,
      source_line INTEGER,
      full_text TEXT NOT NULL,
      organisations TEXT NOT NULL,
      statement TEXT NOT NULL
    );
    CREATE INDEX archive_statements_date ON archive_statements (date);
    CREATE INDEX archive_statements_batch ON archive_statements (batch_id);

    CREATE VIRTUAL TABLE archive_fts USING fts5 (
      title, body, keys, orgs,
      content = '', contentless_delete = 1,
      tokenize = 'unicode61 remove_diacritics 2',
      prefix = '2 3'
    );
  `);
};
