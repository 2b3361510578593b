import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import { basename } from 'node:path';
import { fail, ok, type Result } from '../../../core/ipc/result.ts';
import { describeFsError, errorCodeOf } from '../documents/fs-errors.ts';
import { LIBRARY_APPLICATION_ID, LIBRARY_DB_FORMAT, MIGRATIONS, type SchemaMigration } from './schema.ts';
import { describeSqliteError, inTransaction } from './sqlite-helpers.ts';

/**
 * Opening the library file. A file we cannot vouch for is never written to: every check runs
 * before the first write, on a read-only connection, so a damaged library can still be
 * rescued from its backups, and a file that belongs to another program stays exactly as it was.
 */

const SQLITE_MAGIC = 'SQLite format 3\u0000';

/** What the checks found: a library to open (at some version), or an empty file to set up. */
export type FileState = { kind: 'new' } | { kind: 'library'; version: number };

export type OpenDatabaseOptions = {
  migrations?: ReadonlyArray<SchemaMigration>;
  /** Called with the open database before migrating an existing library, to back it up first. */
  beforeMigrate?: (db: DatabaseSync, fromVersion: number) => void;
};

const quoted = (path: string) => `“${basename(path)}”`;

function readHeader(path: string): Result<{ size: number; header: Buffer } | null> {
  try {
    const info = statSync(path);
    if (!info.isFile()) return fail('IO_ERROR', `The library ${quoted(path)} is not a file.`);
    if (info.size === 0) return ok(null);
    const fd = openSync(path, 'r');
    try {
      const header = Buffer.alloc(100);
      const bytesRead = readSync(fd, header, 0, 100, 0);
      return ok({ size: info.size, header: header.subarray(0, bytesRead) });
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    if (errorCodeOf(error) === 'ENOENT') return ok(null);
    return fail('IO_ERROR', `Could not read the library ${quoted(path)}: ${describeFsError(error)}.`);
  }
}

/**
 * Decides, without writing anything, whether path is a library we may open, an empty or missing
 * file we may create, or something to refuse (not SQLite, another program's database, damaged,
 * or from a newer version of the app).
 */
export function inspectLibraryFile(path: string, latestVersion: number): Result<FileState> {
  const read = readHeader(path);
  if (!read.ok) return read;
  if (read.value === null) return ok({ kind: 'new' });
  const { header, size } = read.value;
  if (header.length < 100 || header.toString('latin1', 0, 16) !== SQLITE_MAGIC) {
    const what = header.length < 100 && SQLITE_MAGIC.startsWith(header.toString('latin1', 0, Math.min(16, header.length)))
      ? 'it is cut short'
      : 'it is not a Statement Studio library (not an SQLite database)';
    return fail('WRONG_FORMAT', `Cannot open ${quoted(path)}: ${what}. The file was left untouched.`);
  }
  let db: DatabaseSync | undefined;
  try {
    db = new DatabaseSync(path, { readOnly: true });
    const applicationId = Number((db.prepare('PRAGMA application_id').get() as { application_id: number }).application_id);
    const version = Number((db.prepare('PRAGMA user_version').get() as { user_version: number }).user_version);
    const objects = Number((db.prepare('SELECT count(*) AS n FROM sqlite_schema').get() as { n: number }).n);
    if (applicationId !== LIBRARY_APPLICATION_ID) {
      // A database with nothing in it (made by an SQLite tool, say) is as good as an empty file.
      if (applicationId === 0 && version === 0 && objects === 0) return ok({ kind: 'new' });
      return fail('WRONG_FORMAT', `Cannot open ${quoted(path)}: it is another program’s database, not a Statement Studio library. The file was left untouched.`);
    }
    if (version > latestVersion) {
      return fail(
        'NEWER_VERSION',
        `The library ${quoted(path)} was written by a newer Statement Studio (database version ${version}; this one knows up to ${latestVersion}). Update the app to open it; the file was left untouched.`,
      );
    }
    const problems = (db.prepare('PRAGMA integrity_check(5)').all() as Array<{ integrity_check: string }>).map((row) => row.integrity_check);
    if (problems.length !== 1 || problems[0] !== 'ok') {
      return fail('IO_ERROR', `The library ${quoted(path)} is damaged (${problems.slice(0, 2).join('; ')}). It was left untouched; restore a backup or choose another file.`);
    }
    const format = db.prepare("SELECT value FROM library_info WHERE key = 'format'").get() as { value: string } | undefined;
    if (format?.value !== LIBRARY_DB_FORMAT) {
      return fail('WRONG_FORMAT', `Cannot open ${quoted(path)}: it is marked as a library but lacks its format record, so it may belong to another program. The file was left untouched.`);
    }
    return ok({ kind: 'library', version });
  } catch (error) {
    const reason = describeSqliteError(error);
    return fail('IO_ERROR', `The library ${quoted(path)} cannot be read: ${reason} (${size} bytes). It was left untouched; restore a backup or choose another file.`);
  } finally {
    db?.close();
  }
}

/** Connection settings: WAL so readers never wait for the writer, and a patient busy timeout for a second program. */
function configure(db: DatabaseSync): void {
  db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 5000; PRAGMA foreign_keys = ON;');
}

/** Applies the migrations from the database's version up to the latest, one transaction each. */
export function migrate(db: DatabaseSync, migrations: ReadonlyArray<SchemaMigration>): void {
  for (;;) {
    const version = Number((db.prepare('PRAGMA user_version').get() as { user_version: number }).user_version);
    if (version >= migrations.length) return;
    inTransaction(db, () => {
      migrations[version]!(db);
      db.exec(`PRAGMA user_version = ${version + 1}`);
    });
  }
}

/**
 * Opens the library at path read-write, creating or migrating it as needed, after
 * inspectLibraryFile has passed it. Any refusal leaves the file byte for byte as it was.
 */
export function openLibraryDatabase(path: string, options: OpenDatabaseOptions = {}): Result<DatabaseSync> {
  const migrations = options.migrations ?? MIGRATIONS;
  const state = inspectLibraryFile(path, migrations.length);
  if (!state.ok) return state;
  let db: DatabaseSync;
  try {
    db = new DatabaseSync(path);
  } catch (error) {
    return fail('IO_ERROR', `Could not open the library ${quoted(path)}: ${describeSqliteError(error)}.`);
  }
  try {
    configure(db);
    if (state.value.kind === 'library' && state.value.version < migrations.length) options.beforeMigrate?.(db, state.value.version);
    migrate(db, migrations);
    return ok(db);
  } catch (error) {
    db.close();
    return fail('IO_ERROR', `Could not prepare the library ${quoted(path)}: ${describeSqliteError(error)}.`);
  }
}
