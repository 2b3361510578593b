import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedLibraryFile } from '../../../core/library/seed-from-samples.ts';
import { openLibrary } from '../../../electron/services/library/library-service.ts';
import { LIBRARY_APPLICATION_ID, LIBRARY_SCHEMA_VERSION, MIGRATIONS } from '../../../electron/services/library/schema.ts';
import { bytesOf, failure, tempDir, tempLibrary, track, value } from './helpers.ts';

function pragma(path: string, name: string): unknown {
  const db = new DatabaseSync(path, { readOnly: true });
  try {
    return Object.values(db.prepare(`PRAGMA ${name}`).get() as object)[0];
  } finally {
    db.close();
  }
}

/** A library with the sample cases in it, closed, so its file is complete on disk. */
async function closedLibrary(): Promise<{ dir: string; path: string }> {
  const { library, dir, path } = await tempLibrary();
  value(library.importData(seedLibraryFile()));
  value(library.close());
  return { dir, path };
}

describe('opening a library file', () => {
  it('creates a missing file (and its folder) at the latest schema version, in WAL mode', async () => {
    const dir = await tempDir();
    const path = join(dir, 'nested', 'folder', 'library.sqlite');
    const library = track(value(openLibrary({ path })));
    expect(value(library.info())).toMatchObject({ path, schemaVersion: LIBRARY_SCHEMA_VERSION, counts: { cases: 0, organisations: 0, footnotes: 0 } });
    value(library.close());
    expect(pragma(path, 'user_version')).toBe(LIBRARY_SCHEMA_VERSION);
    expect(pragma(path, 'application_id')).toBe(LIBRARY_APPLICATION_ID);
    expect(pragma(path, 'journal_mode')).toBe('wal');
    // An empty library is not worth a backup.
    expect(existsSync(join(dir, 'nested', 'folder', 'library-backups'))).toBe(false);
  });

  it('sets up an empty file, and an SQLite database with nothing in it', async () => {
    const dir = await tempDir();
    const empty = join(dir, 'empty.sqlite');
    writeFileSync(empty, '');
    const bare = join(dir, 'bare.sqlite');
    new DatabaseSync(bare).close();
    for (const path of [empty, bare]) {
      const library = track(value(openLibrary({ path })));
      expect(value(library.info()).schemaVersion).toBe(LIBRARY_SCHEMA_VERSION);
      const created = value(library.createOrganisation({ fullName: 'Norwegian Helsinki Committee', abbreviation: 'NHC', country: 'NO', exileCountry: null, website: null, names: [], tags: [] }));
      expect(value(library.getOrganisation(created.id)).abbreviation).toBe('NHC');
    }
  });

  it('reopens a library with its records', async () => {
    const { path } = await closedLibrary();
    const library = track(value(openLibrary({ path, autoBackup: false })));
    expect(value(library.info()).counts).toEqual({ cases: seedLibraryFile().cases.length, organisations: seedLibraryFile().organisations.length, footnotes: 2, signers: 0 });
  });

  it('refuses another program’s SQLite database and leaves it byte for byte as it was', async () => {
    const dir = await tempDir();
    const path = join(dir, 'notes.sqlite');
    const db = new DatabaseSync(path);
    db.exec("CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('keep me')");
    db.close();
    const before = await bytesOf(path);
    const error = failure(openLibrary({ path }));
    expect(error.code).toBe('WRONG_FORMAT');
    expect(error.message).toContain('another program’s database');
    expect((await bytesOf(path)).equals(before)).toBe(true);
    expect(readdirSync(dir)).toEqual(['notes.sqlite']);
  });

  it('refuses an SQLite database marked by another application', async () => {
    const dir = await tempDir();
    const path = join(dir, 'other.sqlite');
    const db = new DatabaseSync(path);
    db.exec('PRAGMA application_id = 12345; PRAGMA user_version = 1;');
    db.close();
    const before = await bytesOf(path);
    expect(failure(openLibrary({ path })).code).toBe('WRONG_FORMAT');
    expect((await bytesOf(path)).equals(before)).toBe(true);
  });

  it.each([
    ['a text file', Buffer.from('These are my notes, not a database.\n'.repeat(20))],
    ['a file of random bytes', Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 7919) % 256))],
    ['an SQLite header followed by garbage', Buffer.concat([Buffer.from('SQLite format 3\0'), Buffer.alloc(8192, 0x5a)])],
    ['an SQLite header cut short', Buffer.from('SQLite format 3\0\u0010\u0000')],
  ])('refuses %s and leaves it untouched', async (_what, bytes) => {
    const dir = await tempDir();
    const path = join(dir, 'library.sqlite');
    writeFileSync(path, bytes);
    const error = failure(openLibrary({ path }));
    expect(['WRONG_FORMAT', 'IO_ERROR']).toContain(error.code);
    expect(error.message).toMatch(/untouched/);
    expect((await bytesOf(path)).equals(bytes)).toBe(true);
  });

  it('refuses a library cut in half, and leaves it as it is', async () => {
    const { path } = await closedLibrary();
    const whole = await bytesOf(path);
    const half = whole.subarray(0, Math.floor(whole.length / 2 / 4096) * 4096);
    writeFileSync(path, half);
    const error = failure(openLibrary({ path }));
    expect(error.code).toBe('IO_ERROR');
    expect(error.message).toMatch(/damaged|cannot be read/);
    expect((await bytesOf(path)).equals(half)).toBe(true);
  });

  it('refuses a library with damaged pages, and leaves it as it is', async () => {
    const { path } = await closedLibrary();
    const bytes = Buffer.from(await bytesOf(path));
    // Scribble over every page but the first (the header): the tables' b-trees are then nonsense.
    for (let offset = 4096; offset < bytes.length; offset += 4096) bytes.fill(0xa5, offset + 8, offset + 200);
    writeFileSync(path, bytes);
    const error = failure(openLibrary({ path }));
    expect(error.code).toBe('IO_ERROR');
    expect((await bytesOf(path)).equals(bytes)).toBe(true);
  });

  it('refuses a library from a newer version of the app without touching it', async () => {
    const { path } = await closedLibrary();
    const db = new DatabaseSync(path);
    db.exec('PRAGMA user_version = 99');
    db.close();
    const before = await bytesOf(path);
    const error = failure(openLibrary({ path }));
    expect(error.code).toBe('NEWER_VERSION');
    expect(error.message).toContain('database version 99');
    expect((await bytesOf(path)).equals(before)).toBe(true);
  });

  it('upgrades an older library one step at a time, after backing it up', async () => {
    const { dir, path } = await closedLibrary();
    const addNotes = (db: DatabaseSync) => db.exec('CREATE TABLE case_notes (case_id TEXT NOT NULL, note TEXT NOT NULL)');
    const library = track(value(openLibrary({ path, migrations: [...MIGRATIONS, addNotes], now: () => new Date('2024-05-01T12:00:00Z') })));
    expect(value(library.info()).schemaVersion).toBe(LIBRARY_SCHEMA_VERSION + 1);
    expect(value(library.searchCases({ query: 'Холикназаров' })).map((hit) => hit.id)).toEqual(['sample-manuchehr-kholiknazarov']);
    const backups = value(library.listBackups());
    expect(backups.map((b) => b.kind)).toContain('before-migration');
    const before = backups.find((b) => b.kind === 'before-migration')!;
    expect(before.name).toBe(`library-2024-05-01T12-00-00-before-migration-v${LIBRARY_SCHEMA_VERSION}.sqlite`);
    expect(pragma(join(dir, 'library-backups', before.name), 'user_version')).toBe(LIBRARY_SCHEMA_VERSION);
  });

  it('leaves a library at its version when an upgrade step fails', async () => {
    const { path } = await closedLibrary();
    const broken = (db: DatabaseSync) => {
      db.exec('CREATE TABLE half_done (x)');
      throw new Error('step failed');
    };
    const error = failure(openLibrary({ path, migrations: [...MIGRATIONS, broken] }));
    expect(error.code).toBe('IO_ERROR');
    expect(pragma(path, 'user_version')).toBe(LIBRARY_SCHEMA_VERSION);
    const db = new DatabaseSync(path, { readOnly: true });
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE name = 'half_done'").get()).toEqual({ n: 0 });
    db.close();
    const library = track(value(openLibrary({ path })));
    expect(value(library.info()).counts.cases).toBe(seedLibraryFile().cases.length);
  });

  it('reports a folder that is not a file', async () => {
    const dir = await tempDir();
    const error = failure(openLibrary({ path: dir }));
    expect(error.code).toBe('IO_ERROR');
    expect(statSync(dir).isDirectory()).toBe(true);
  });
});
