import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { seedLibraryFile } from '../../../core/library/seed-from-samples.ts';
import { createLibraryClient, type LibraryClient } from '../../../electron/services/library/library-client.ts';
import { openLibrary } from '../../../electron/services/library/library-service.ts';
import { random as seededRandom } from '../../../bench/library-data.ts';
import { failure, tempDir, value } from '../library/helpers.ts';

const clients: LibraryClient[] = [];
afterEach(async () => {
  for (const client of clients.splice(0)) await client.close();
});

/** A closed library with the sample cases and one daily backup beside it. */
async function libraryWithBackup(): Promise<{ path: string; backupName: string }> {
  const dir = await tempDir();
  const path = join(dir, 'library.sqlite');
  const library = value(openLibrary({ path, autoBackup: false, now: () => new Date('2025-06-20T09:00:00Z') }));
  value(library.importData(seedLibraryFile()));
  const backupName = value(library.backupIfDue());
  value(library.close());
  if (backupName === null) throw new Error('no backup was made');
  return { path, backupName };
}

const damages: Array<[string, (bytes: Buffer) => Buffer]> = [
  ['truncated to a third', (bytes) => bytes.subarray(0, Math.floor(bytes.length / 3))],
  ['truncated inside the header', (bytes) => bytes.subarray(0, 60)],
  [
    'overwritten with garbage after the header',
    (bytes) => {
      const random = seededRandom(7);
      const damaged = Buffer.from(bytes);
      for (let i = 100; i < damaged.length; i++) damaged[i] = Math.floor(random() * 256);
      return damaged;
    },
  ],
  ['overwritten whole with garbage', (bytes) => Buffer.from(bytes.map((_, i) => (i * 131 + 17) % 256))],
];

describe('a damaged library, opened as the app opens it (worker thread)', () => {
  it.each(damages)('%s: refused at open, the file kept byte for byte, its backups listed for restore', async (_what, damage) => {
    const { path, backupName } = await libraryWithBackup();
    const damaged = damage(readFileSync(path));
    writeFileSync(path, damaged);
    const client = createLibraryClient(path, { autoBackup: false });
    clients.push(client);

    const refused = failure(await client.ready());
    expect(['IO_ERROR', 'WRONG_FORMAT']).toContain(refused.code);
    expect(refused.message).toMatch(/library\.sqlite/);
    expect(refused.message).toMatch(/untouched/);
    expect(failure(await client.searchCases({ query: 'x' }))).toEqual(refused);
    // The message says "restore a backup": the window must be able to show which.
    expect(value(await client.listBackups()).map((b) => b.name)).toEqual([backupName]);
    expect(readFileSync(path).equals(damaged)).toBe(true);
  });

  it('is replaced by the backup the writer picks, the damaged file kept beside it under another name', async () => {
    const { path, backupName } = await libraryWithBackup();
    const damaged = damages[2]![1](readFileSync(path));
    writeFileSync(path, damaged);
    const client = createLibraryClient(path, { autoBackup: false });
    clients.push(client);
    failure(await client.ready());

    // A name that is not a backup, or a backup that is not there, changes nothing.
    expect(failure(await client.restoreBackup('../../etc/passwd')).code).toBe('BAD_ARGUMENTS');
    expect(failure(await client.restoreBackup('library-2020-01-01.sqlite')).code).toBe('NOT_FOUND');
    expect(readFileSync(path).equals(damaged)).toBe(true);

    const restored = value(await client.restoreBackup(backupName));
    expect(restored.counts.cases).toBe(seedLibraryFile().cases.length);
    const hits = value(await client.searchCases({ query: 'Meimankulyiev' }));
    expect(hits.map((hit) => hit.displayName)).toContain('Farhat MEYMANKULYYEV');
    // The damaged file, and any journal it had, are kept under the new name.
    const kept = readdirSync(join(path, '..')).filter((name) => /^library\.sqlite\.damaged-[\dT-]+$/.test(name));
    expect(kept).toHaveLength(1);
    expect(readFileSync(join(path, '..', kept[0]!)).equals(damaged)).toBe(true);
  });
});
