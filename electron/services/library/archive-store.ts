import type { DatabaseSync } from 'node:sqlite';
import type { ArchiveBatch, ArchivedStatement } from '../../../core/archive/archive-api.ts';
import type { Statement } from '../../../core/statement/schema.ts';

/**
 * Storage of the archive of past statements (tables in archive-schema.ts). A batch is written
 * whole from its staged statements (archive-staging.ts), and removed whole: its statements and
 * their index rows.
 */
export type ArchiveStore = {
  /** Removes a batch and everything it brought; false if there is no such batch. */
  removeBatch(id: string): boolean;
  batches(): ArchiveBatch[];
  find(id: string): ArchivedStatement | null;
};

type Row = {
  id: string;
  batch_id: string;
  date: string;
  title: string;
  language: string;
  source_file: string;
  source_line: number | null;
  full_text: string;
  organisations: string;
  statement: string;
};

export function createArchiveStore(db: DatabaseSync): ArchiveStore {
  const rowsOfBatch = db.prepare('SELECT n FROM archive_statements WHERE batch_id = ?');
  const deleteIndex = db.prepare('DELETE FROM archive_fts WHERE rowid = ?');
  const deleteStatements = db.prepare('DELETE FROM archive_statements WHERE batch_id = ?');
  const deleteBatch = db.prepare('DELETE FROM archive_batches WHERE id = ?');
  const listBatches = db.prepare('SELECT id, imported_at, source, statements FROM archive_batches ORDER BY imported_at DESC, id');
  const byId = db.prepare('SELECT * FROM archive_statements WHERE id = ?');

  return {
    removeBatch(id) {
      for (const { n } of rowsOfBatch.all(id) as Array<{ n: number }>) deleteIndex.run(n);
      deleteStatements.run(id);
      return Number(deleteBatch.run(id).changes) > 0;
    },
    batches() {
      return (listBatches.all() as Array<{ id: string; imported_at: string; source: string; statements: number }>).map((row) => ({
        id: row.id,
        importedAt: row.imported_at,
        source: row.source,
        statements: Number(row.statements),
      }));
    },
    find(id) {
      const row = byId.get(id) as Row | undefined;
      if (!row) return null;
      return {
        id: row.id,
        batchId: row.batch_id,
        date: row.date,
        title: row.title,
        language: row.language as ArchivedStatement['language'],
        sourceFile: row.source_file,
        sourceLine: row.source_line === null ? null : Number(row.source_line),
        fullText: row.full_text,
        organisations: JSON.parse(row.organisations) as string[],
        statement: JSON.parse(row.statement) as Statement,
      };
    },
  };
}
