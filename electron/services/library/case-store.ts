import type { DatabaseSync, SQLInputValue } from 'node:sqlite';
import type { CaseRecord } from '../../../core/cases/person.ts';
import type { CaseSummary } from '../../../core/library/api.ts';
import type { Role, Status } from '../../../core/cases/vocabulary.ts';
import { displayName } from '../../../core/cases/names.ts';
import { caseIndexRow, type CaseIndexRow } from './case-index.ts';

/** The columns a search result is built from, without parsing the record's JSON. */
export const SUMMARY_COLUMNS = 'c.n, c.id, c.given_name, c.family_name, c.family_style, c.birth_date, c.status, c.roles, c.countries, c.confidential, c.name_keys, c.updated_at';

export type SummaryRow = {
  n: number;
  id: string;
  given_name: string;
  family_name: string;
  family_style: string;
  birth_date: string | null;
  status: string;
  roles: string;
  countries: string;
  confidential: number;
  name_keys: string;
  updated_at: string;
};

export function summaryOf(row: SummaryRow): CaseSummary {
  const person = { givenName: row.given_name, familyName: row.family_name, familyNameStyle: row.family_style as 'capitals' | 'as-written' };
  return {
    id: row.id,
    displayName: displayName(person),
    givenName: row.given_name,
    familyName: row.family_name,
    birthDate: row.birth_date,
    status: row.status as Status,
    roles: JSON.parse(row.roles) as Role[],
    countries: JSON.parse(row.countries) as string[],
    confidential: row.confidential === 1,
    updatedAt: row.updated_at,
  };
}

/** The SQL of storing cases, with its statements prepared once per connection. */
export type CaseStore = ReturnType<typeof createCaseStore>;

export function createCaseStore(db: DatabaseSync) {
  const insertRow = db.prepare(`
    INSERT INTO cases (id, given_name, family_name, family_style, birth_date, status, roles, countries, confidential, name_keys, updated_at, used_at, record)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const updateRow = db.prepare(`
    UPDATE cases SET given_name = ?, family_name = ?, family_style = ?, birth_date = ?, status = ?, roles = ?, countries = ?,
      confidential = ?, name_keys = ?, updated_at = ?, used_at = coalesce(?, used_at), record = ? WHERE n = ?`);
  const insertFts = db.prepare('INSERT INTO cases_fts (rowid, names, keys, body, facets) VALUES (?, ?, ?, ?, ?)');
  const deleteFts = db.prepare('DELETE FROM cases_fts WHERE rowid = ?');
  const insertDate = db.prepare('INSERT INTO case_event_dates (case_n, date_start, date_end) VALUES (?, ?, ?)');
  const deleteDates = db.prepare('DELETE FROM case_event_dates WHERE case_n = ?');
  const insertPair = db.prepare('INSERT OR IGNORE INTO case_name_pairs (pair, case_n) VALUES (?, ?)');
  const deletePairs = db.prepare('DELETE FROM case_name_pairs WHERE case_n = ?');
  const deleteRow = db.prepare('DELETE FROM cases WHERE n = ?');
  const byId = db.prepare('SELECT n, record, updated_at FROM cases WHERE id = ?');
  const touch = db.prepare('UPDATE cases SET used_at = ? WHERE id = ?');

  function writeIndex(n: number, index: CaseIndexRow): void {
    insertFts.run(n, index.names, index.keys, index.body, index.facets);
    for (const range of index.eventRanges) insertDate.run(n, range.start, range.end);
    for (const pair of index.namePairs) insertPair.run(pair, n);
  }
  function removeIndex(n: number): void {
    deleteFts.run(n);
    deleteDates.run(n);
    deletePairs.run(n);
  }

  function columns(record: CaseRecord, index: CaseIndexRow): SQLInputValue[] {
    return [
      record.givenName,
      record.familyName,
      record.familyNameStyle,
      record.birthDate,
      record.status,
      JSON.stringify(record.roles),
      JSON.stringify(index.countries),
      record.confidential ? 1 : 0,
      index.keys,
      record.updatedAt,
    ];
  }

  return {
    /** The stored row of a case: its row number, its record and when it last changed. */
    find(id: string): { n: number; record: CaseRecord; updatedAt: string } | null {
      const row = byId.get(id) as { n: number; record: string; updated_at: string } | undefined;
      return row ? { n: row.n, record: JSON.parse(row.record) as CaseRecord, updatedAt: row.updated_at } : null;
    },
    insert(record: CaseRecord, usedAt: string | null): number {
      const index = caseIndexRow(record);
      const result = insertRow.run(record.id, ...columns(record, index), usedAt, JSON.stringify(record));
      const n = Number(result.lastInsertRowid);
      writeIndex(n, index);
      return n;
    },
    replace(n: number, record: CaseRecord, usedAt: string | null): void {
      const index = caseIndexRow(record);
      updateRow.run(...columns(record, index), usedAt, JSON.stringify(record), n);
      removeIndex(n);
      writeIndex(n, index);
    },
    remove(n: number): void {
      removeIndex(n);
      deleteRow.run(n);
    },
    markUsed(id: string, at: string): boolean {
      return Number(touch.run(at, id).changes) > 0;
    },
  };
}
