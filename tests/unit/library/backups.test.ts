import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedLibraryFile } from '../../../core/library/seed-from-samples.ts';
import { openLibrary } from '../../../electron/services/library/library-service.ts';
import { draft, failure, tempLibrary, testClock, track, value } from './helpers.ts';

/** A library with the sample cases, closed; then reopened each "day" with autoBackup on. */
async function seededLibraryPath() {
  const { library, dir, path } = await tempLibrary();
  value(library.importData(seedLibraryFile()));
  value(library.close());
  return { dir, path, backupDir: join(dir, 'library-backups') };
}

describe('automatic backups', () => {
  it('are made once a day when the library opens, and only the last 5 are kept', async () => {
    const { path, backupDir } = await seededLibraryPath();
    const clock = testClock('2024-03-01T08:00:00.000Z');
    for (let day = 0; day < 8; day++) {
      for (let open = 0; open < 2; open++) value(track(value(openLibrary({ path, now: clock.now }))).close());
      clock.advanceDays(1);
    }
    expect(readdirSync(backupDir).sort()).toEqual([
      'library-2024-03-04.sqlite',
      'library-2024-03-05.sqlite',
      'library-2024-03-06.sqlite',
      'library-2024-03-07.sqlite',
      'library-2024-03-08.sqlite',
    ]);
    const library = track(value(openLibrary({ path, now: clock.now, autoBackup: false })));
    const listed = value(library.listBackups());
    expect(listed.map((b) => b.name)).toEqual(readdirSync(backupDir).sort().reverse());
    expect(listed[0]).toMatchObject({ kind: 'daily', createdAt: '2024-03-08T00:00:00.000Z' });
    expect(listed[0]!.bytes).toBeGreaterThan(10_000);
  });

  it('backupIfDue makes today’s backup for an app that stays open past midnight', async () => {
    const { path } = await seededLibraryPath();
    const clock = testClock('2024-03-01T23:59:00.000Z');
    const library = track(value(openLibrary({ path, now: clock.now })));
    expect(value(library.backupIfDue())).toBeNull();
    clock.set('2024-03-02T00:01:00.000Z');
    expect(value(library.backupIfDue())).toBe('library-2024-03-02.sqlite');
    expect(value(library.backupIfDue())).toBeNull();
  });
});

describe('restoring a backup', () => {
  it('brings back the library as it was, after keeping the current state as a backup', async () => {
    const { path } = await seededLibraryPath();
    const clock = testClock('2024-03-01T08:00:00.000Z');
    const library = track(value(openLibrary({ path, now: clock.now })));
    const [backup] = value(library.listBackups());
    expect(backup!.kind).toBe('daily');

    // A bad day: cases deleted, one added.
    value(library.deleteCase('sample-farhat-meymankulyyev'));
    value(library.deleteCase('sample-bolot-temirov'));
    const added = value(library.createCase(draft({ givenName: 'Rita', familyName: 'Karasartova', birthDate: '1950' }), { allowDuplicate: true }));
    expect(value(library.searchCases({ query: 'Мейманкулыев' }))).toEqual([]);

    clock.set('2024-03-01T15:30:00.000Z');
    const info = value(library.restoreBackup(backup!.name));
    expect(info.counts.cases).toBe(seedLibraryFile().cases.length);
    expect(value(library.searchCases({ query: 'Мейманкулыев' })).map((h) => h.id)).toEqual(['sample-farhat-meymankulyyev']);
    expect(failure(library.getCase(added.status === 'created' ? added.record.id : '')).code).toBe('NOT_FOUND');

    // The state before the restore is itself a backup, so the restore can be undone.
    const safety = value(library.listBackups()).find((b) => b.kind === 'before-restore')!;
    expect(safety.name).toBe('library-2024-03-01T15-30-00-before-restore.sqlite');
    value(library.restoreBackup(safety.name));
    expect(value(library.searchCases({ query: 'Мейманкулыев' }))).toEqual([]);
    expect(value(library.info()).counts.cases).toBe(seedLibraryFile().cases.length - 1);
  });

  it('refuses names that are not backups, and damaged backups, leaving the library as it is', async () => {
    const { path, backupDir } = await seededLibraryPath();
    const library = track(value(openLibrary({ path, now: () => new Date('2024-03-01T08:00:00Z') })));
    expect(failure(library.restoreBackup('../library.sqlite')).code).toBe('BAD_ARGUMENTS');
    expect(failure(library.restoreBackup('library-2020-01-01.sqlite')).code).toBe('NOT_FOUND');
    writeFileSync(join(backupDir, 'library-2024-02-01.sqlite'), 'not a database at all');
    const damaged = failure(library.restoreBackup('library-2024-02-01.sqlite'));
    expect(damaged.message).toMatch(/cannot be restored/);
    expect(value(library.info()).counts.cases).toBe(seedLibraryFile().cases.length);
    expect(existsSync(join(backupDir, 'library-2024-02-01.sqlite'))).toBe(true);
  });

  it('refuses to replace the file while another connection has it open', async () => {
    const { path } = await seededLibraryPath();
    const library = track(value(openLibrary({ path, now: () => new Date('2024-03-01T08:00:00Z') })));
    const other = track(value(openLibrary({ path, autoBackup: false })));
    value(other.deleteCase('sample-rita-karasartova')); // leaves a write-ahead log behind while open
    const [backup] = value(library.listBackups());
    const error = failure(library.restoreBackup(backup!.name));
    expect(error.message).toMatch(/Another program is using the library/);
    // Both connections still work.
    expect(value(library.info()).counts.cases).toBe(seedLibraryFile().cases.length - 1);
    expect(value(other.info()).counts.cases).toBe(seedLibraryFile().cases.length - 1);
  });
});
