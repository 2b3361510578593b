import type { DatabaseSync } from 'node:sqlite';
import type { ArchiveBatch, ArchiveEntryToStore } from '../../../core/archive/archive-api.ts';
import { nameKeys } from '../../../core/cases/name-key.ts';

/** The name keys of the words of a text, in order (a person's mentions look for the words of a name side by side). */
const textKeys = (text: string): string => nameKeys(text).join(' ');

/** Organisation names as written and as keys, so the filter finds "Права человека" typed as "Prava cheloveka". */
const organisationTokens = (names: ReadonlyArray<string>): string => names.map((name) => `${name} ${nameKeys(name).join(' ')}`).join(' \n ');

/**
 * An archive import on its way in: its statements arrive from the main process a chunk at a
 * time (so that no single copy holds the main thread long) and wait in a TEMP table of the
 * worker's connection until the import is committed. Nothing of them is in the archive
 * before the commit, which moves the lot into archive_statements and its FTS index in one
 * transaction: a failure before or during it leaves the archive as it was. A TEMP table dies
 * with its connection, so a crash, a restored backup or a closed library leaves nothing
 * behind either. The costly work per statement (its name keys) is done as chunks arrive.
 */
export type ArchiveStaging = {
  /** Adds statements to a staged import; the caller runs it in a transaction. */
  add(stagingId: string, entries: ReadonlyArray<ArchiveEntryToStore>, newId: () => string): void;
  /** Moves a staged import into the archive as this batch; the caller runs it in a transaction. */
  commit(stagingId: string, batch: ArchiveBatch): void;
  /** Forgets a staged import. */
  discard(stagingId: string): void;
};

export function createArchiveStaging(db: DatabaseSync): ArchiveStaging {
  // The statements' own columns, taken from archive_statements, with the import it belongs to and its index text.
  db.exec(`
    CREATE TEMP TABLE IF NOT EXISTS archive_staging AS
      SELECT '' AS staging_id, id, date, title, language, source_file, source_line, full_text, organisations, statement, '' AS keys, '' AS orgs
      FROM archive_statements WHERE 0;
    CREATE INDEX IF NOT EXISTS temp.archive_staging_of ON archive_staging (staging_id);
  `);
  const stage = db.prepare(
    `INSERT INTO temp.archive_staging (staging_id, id, date, title, language, source_file, source_line, full_text, organisations, statement, keys, orgs)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertBatchRow = db.prepare('INSERT INTO archive_batches (id, imported_at, source, statements) VALUES (?, ?, ?, ?)');
  // In arrival order (the TEMP table's rowid), so the archive's own order is the import's.
  const moveStatements = db.prepare(
    `INSERT INTO archive_statements (id, batch_id, date, title, language, source_file, source_line, full_text, organisations, statement)
     SELECT id, :batch, date, title, language, source_file, source_line, full_text, organisations, statement
     FROM temp.archive_staging WHERE staging_id = :staging ORDER BY rowid`,
  );
  const indexStatements = db.prepare(
    `INSERT INTO archive_fts (rowid, title, body, keys, orgs)
     SELECT s.n, t.title, t.full_text, t.keys, t.orgs FROM temp.archive_staging t JOIN archive_statements s ON s.id = t.id
     WHERE t.staging_id = :staging`,
  );
  const forget = db.prepare('DELETE FROM temp.archive_staging WHERE staging_id = ?');

  return {
    add(stagingId, entries, newId) {
      for (const entry of entries) {
        stage.run(
          stagingId,
          newId(),
          entry.date,
          entry.title,
          entry.language,
          entry.sourceFile,
          entry.sourceLine,
          entry.fullText,
          JSON.stringify(entry.organisations),
          entry.statementJson,
          textKeys(`${entry.title}\n${entry.fullText}`),
          organisationTokens(entry.organisations),
        );
      }
    },
    commit(stagingId, batch) {
      insertBatchRow.run(batch.id, batch.importedAt, batch.source, batch.statements);
      moveStatements.run({ batch: batch.id, staging: stagingId });
      indexStatements.run({ staging: stagingId });
      forget.run(stagingId);
    },
    discard(stagingId) {
      forget.run(stagingId);
    },
  };
}
