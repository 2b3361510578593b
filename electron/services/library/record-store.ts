import type { DatabaseSync, SQLInputValue } from 'node:sqlite';

/**
 * Storage of the smaller record kinds (organisations, footnotes, signers): the JSON of each
 * record and the name it is listed by. There are hundreds of them, not a hundred thousand, so
 * listing reads them all and filtering happens in memory (signers add columns to search in SQL,
 * see signer-store.ts).
 */
export type StoredRecord = { id: string; updatedAt: string };

export type RecordStore<R extends StoredRecord> = {
  find(id: string): R | null;
  all(): R[];
  insert(record: R): void;
  replace(record: R): boolean;
  remove(id: string): boolean;
  count(): number;
};

/** Columns a table keeps beside the name, derived from the record on every write. */
export type DerivedColumns<R> = { names: ReadonlyArray<string>; values: (record: R) => SQLInputValue[] };

export function createRecordStore<R extends StoredRecord>(
  db: DatabaseSync,
  table: 'organisations' | 'footnotes' | 'signers',
  nameOf: (record: R) => string,
  derived: DerivedColumns<R> = { names: [], values: () => [] },
): RecordStore<R> {
  const extra = derived.names.map((column) => `, ${column}`).join('');
  const byId = db.prepare(`SELECT record FROM ${table} WHERE id = ?`);
  const everything = db.prepare(`SELECT record FROM ${table} ORDER BY name COLLATE NOCASE, id`);
  const insert = db.prepare(`INSERT INTO ${table} (id, name, updated_at, record${extra}) VALUES (?, ?, ?, ?${', ?'.repeat(derived.names.length)})`);
  const update = db.prepare(`UPDATE ${table} SET name = ?, updated_at = ?, record = ?${derived.names.map((column) => `, ${column} = ?`).join('')} WHERE id = ?`);
  const remove = db.prepare(`DELETE FROM ${table} WHERE id = ?`);
  const count = db.prepare(`SELECT count(*) AS n FROM ${table}`);
  return {
    find(id) {
      const row = byId.get(id) as { record: string } | undefined;
      return row ? (JSON.parse(row.record) as R) : null;
    },
    all() {
      return (everything.all() as Array<{ record: string }>).map((row) => JSON.parse(row.record) as R);
    },
    insert(record) {
      insert.run(record.id, nameOf(record), record.updatedAt, JSON.stringify(record), ...derived.values(record));
    },
    replace(record) {
      return Number(update.run(nameOf(record), record.updatedAt, JSON.stringify(record), ...derived.values(record), record.id).changes) > 0;
    },
    remove(id) {
      return Number(remove.run(id).changes) > 0;
    },
    count() {
      return Number((count.get() as { n: number }).n);
    },
  };
}
