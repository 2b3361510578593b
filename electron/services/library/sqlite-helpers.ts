import type { DatabaseSync } from 'node:sqlite';

/**
 * Runs fn in one write transaction: all of it lands or none of it does. BEGIN IMMEDIATE takes
 * the write lock up front, so a second program writing to the library (the command line
 * while the app runs) waits for busy_timeout instead of failing halfway through.
 */
export function inTransaction<T>(db: DatabaseSync, fn: () => T): T {
  db.exec('BEGIN IMMEDIATE');
  try {
    const result = fn();
    db.exec('COMMIT');
    return result;
  } catch (error) {
    if (db.isTransaction) db.exec('ROLLBACK');
    throw error;
  }
}

/** A path as an SQL string literal, for the statements that take no parameters (VACUUM INTO). */
export function sqlString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/** SQLite's primary result code of an error from node:sqlite, if it carries one. */
export function sqliteErrorCode(error: unknown): number | undefined {
  const code = (error as { errcode?: unknown } | null)?.errcode;
  return typeof code === 'number' ? code & 0xff : undefined;
}

export const SQLITE_BUSY = 5;
export const SQLITE_LOCKED = 6;
export const SQLITE_READONLY = 8;
export const SQLITE_IOERR = 10;
export const SQLITE_CORRUPT = 11;
export const SQLITE_FULL = 13;
export const SQLITE_CANTOPEN = 14;
export const SQLITE_NOTADB = 26;

/** What went wrong inside SQLite, in words a writer can act on. */
export function describeSqliteError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  switch (sqliteErrorCode(error)) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return 'another program is using the library right now; try again in a moment';
    case SQLITE_READONLY:
      return 'the library file is read-only';
    case SQLITE_FULL:
      return 'the disk is full';
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      return 'the library file is damaged';
    case SQLITE_CANTOPEN:
      return 'the library file cannot be opened (check that its folder exists and is writable)';
    case SQLITE_IOERR:
      return `the disk reported a read or write error (${message})`;
    default:
      return message;
  }
}
