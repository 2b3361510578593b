import type { DatabaseSync } from 'node:sqlite';
import { createArchiveTables } from './archive-schema.ts';

/**
 * The library database's schema, as the steps that build it: MIGRATIONS[n] turns a version-n
 * database into version n+1 (version 0 is an empty file). The version lives in
 * PRAGMA user_version and the step runs in the same transaction that raises it, so a
 * database is always at one version or the next, never between.
 *
 * Each record is stored whole as JSON (`record`): reading a case is one row, and the JSON is
 * the export format too. What searching and filtering need is derived from it on every write:
 * summary columns, the event dates, the name pairs of the duplicate check (duplicates.ts),
 * and one FTS5 row with four columns: `names` (names and
 * aliases as written), `keys` (their name keys, see core/cases/name-key.ts), `body` (events,
 * charges, sentence, tags, and the English and Russian labels of roles, status, countries)
 * and `facets` (tokens for the filters: status, roles, countries, tags, event years), so
 * that a filter is an AND inside the full-text index rather than a lookup per matching row.
 */

/** "SSLB" (Statement Studio LiBrary) in PRAGMA application_id: how we know the file is ours. */
export const LIBRARY_APPLICATION_ID = 0x53534c42;
/** Written into library_info too, for a person who opens the file with another SQLite tool. */
export const LIBRARY_DB_FORMAT = 'statement-studio/library-database';

export type SchemaMigration = (db: DatabaseSync) => void;

const createVersion1: SchemaMigration = (db) => {
  db.exec(`
    PRAGMA application_id = ${LIBRARY_APPLICATION_ID};
    CREATE TABLE library_info (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
    INSERT INTO library_info (key, value) VALUES ('format', '${LIBRARY_DB_FORMAT}');

    CREATE TABLE cases (
      n INTEGER PRIMARY KEY,
      id TEXT NOT NULL UNIQUE,
      given_name TEXT NOT NULL,
      family_name TEXT NOT NULL,
      family_style TEXT NOT NULL,
      birth_date TEXT,
      status TEXT NOT NULL,
      roles TEXT NOT NULL,
      countries TEXT NOT NULL,
      confidential INTEGER NOT NULL,
      name_keys TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      used_at TEXT,
      record TEXT NOT NULL
    );
    CREATE INDEX cases_used_at ON cases (used_at) WHERE used_at IS NOT NULL;

    CREATE TABLE case_event_dates (
      case_n INTEGER NOT NULL REFERENCES cases (n) ON DELETE CASCADE,
      date_start TEXT NOT NULL,
      date_end TEXT NOT NULL
    );
    CREATE INDEX case_event_dates_case ON case_event_dates (case_n);

    CREATE TABLE case_name_pairs (
      pair TEXT NOT NULL,
      case_n INTEGER NOT NULL REFERENCES cases (n) ON DELETE CASCADE,
      PRIMARY KEY (pair, case_n)
    ) WITHOUT ROWID;
    CREATE INDEX case_name_pairs_case ON case_name_pairs (case_n);

    CREATE VIRTUAL TABLE cases_fts USING fts5 (
      names, keys, body, facets,
      content = '', contentless_delete = 1,
      tokenize = 'unicode61 remove_diacritics 2',
      prefix = '2 3'
    );

    CREATE TABLE organisations (
      n INTEGER PRIMARY KEY,
      id TEXT NOT NULL UNIQUE,
      name TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      record TEXT NOT NULL
    );
    CREATE TABLE footnotes (
      n INTEGER PRIMARY KEY,
      id TEXT NOT NULL UNIQUE,
      name TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      record TEXT NOT NULL
    );
  `);
};

/**
 * Version 2: the roster of signers, people who sign statements in their own name
 * (core/signatories/signer-record.ts). Like organisations, each is its JSON record and the
 * name it is listed by ("family given"); search reads three derived columns (signer-store.ts):
 * the email in lower case, the name keys of the names between spaces (" kurbanov reimberdi ",
 * for a prefix search in any spelling) and the lower-cased text of names, role, organisation,
 * country, tags and email. A roster holds thousands of people, not a hundred thousand, so a
 * scan of these columns answers within a keystroke without an FTS index.
 */
const createVersion2: SchemaMigration = (db) => {
  db.exec(`
    CREATE TABLE signers (
      n INTEGER PRIMARY KEY,
      id TEXT NOT NULL UNIQUE,
      name TEXT NOT NULL,
      email TEXT NOT NULL,
      name_keys TEXT NOT NULL,
      search_text TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      record TEXT NOT NULL
    );
    CREATE INDEX signers_email ON signers (email) WHERE email <> '';
  `);
};

/**
 * The writer's own templates (Save as Template, imported files; core/templates/user-template.ts):
 * the template file's text under the id its settings give, and its name for the list. The
 * text is checked by the parser when it is saved, and again when it is listed.
 */
const createUserTemplates: SchemaMigration = (db) => {
  db.exec(`
    CREATE TABLE user_templates (
      n INTEGER PRIMARY KEY,
      id TEXT NOT NULL UNIQUE,
      name TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      text TEXT NOT NULL
    );
  `);
};

export const MIGRATIONS: ReadonlyArray<SchemaMigration> = [createVersion1, createVersion2, createArchiveTables, createUserTemplates];
export const LIBRARY_SCHEMA_VERSION = MIGRATIONS.length;
