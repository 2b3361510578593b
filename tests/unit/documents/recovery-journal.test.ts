import { mkdir, readdir, readFile, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STALE_TEMP_MS } from '../../../electron/services/documents/atomic-write.ts';
import { createRecoveryJournal, type RecoveryRecord } from '../../../electron/services/documents/recovery-journal.ts';
import { sampleStatement, snapshot, tempDir } from './helpers.ts';

const FINGERPRINT = { mtimeMs: 1_700_000_000_000, size: 12, sha256: 'a'.repeat(64) };

function record(documentId: string, overrides: Partial<RecoveryRecord> = {}): RecoveryRecord {
  return {
    documentId,
    path: '/home/writer/kloop.statement',
    name: 'kloop.statement',
    fingerprint: FINGERPRINT,
    savedAt: '2025-03-14T10:00:00.000Z',
    statement: sampleStatement(),
    ...overrides,
  };
}

describe('recovery journal', () => {
  it('writes a copy that lists and reads back', async () => {
    const userData = await tempDir();
    const journal = createRecoveryJournal(userData);
    await journal.write(record('doc-1'));
    const onDisk = JSON.parse(await readFile(join(userData, 'recovery', 'doc-1.json'), 'utf8'));
    expect(onDisk).toMatchObject({ format: 'statement-studio/recovery', version: 1, documentId: 'doc-1', fingerprint: FINGERPRINT });
    expect(await journal.list()).toEqual([
      { recoveryId: 'doc-1', name: 'kloop.statement', path: '/home/writer/kloop.statement', title: 'Joint statement on the closure of Kloop', savedAt: '2025-03-14T10:00:00.000Z' },
    ]);
    expect(await journal.read('doc-1')).toEqual(record('doc-1'));
    expect(await readdir(join(userData, 'recovery'))).toEqual(['doc-1.json']);
  });

  it('lists newest first, untitled ones included', async () => {
    const userData = await tempDir();
    const journal = createRecoveryJournal(userData);
    await journal.write(record('old', { savedAt: '2025-03-01T08:00:00.000Z' }));
    await journal.write(record('new', { savedAt: '2025-03-02T08:00:00.000Z', path: null, name: 'Untitled', fingerprint: null, statement: sampleStatement('') }));
    await journal.write(record('mid', { savedAt: '2025-03-01T09:00:00.000Z' }));
    const list = await journal.list();
    expect(list.map((e) => e.recoveryId)).toEqual(['new', 'mid', 'old']);
    expect(list[0]).toMatchObject({ path: null, name: 'Untitled', title: '' });
  });

  it('skips damaged copies without deleting them or failing', async () => {
    const userData = await tempDir();
    const folder = join(userData, 'recovery');
    const journal = createRecoveryJournal(userData);
    await journal.write(record('good'));
    const damaged: Record<string, string> = {
      'truncated.json': '{"format":"statement-studio/recovery","vers',
      'foreign.json': JSON.stringify({ format: 'something-else', version: 1 }),
      'newer.json': JSON.stringify({ ...record('newer'), format: 'statement-studio/recovery', version: 2 }),
      'bad-editor.json': JSON.stringify({
        ...record('bad-editor'),
        format: 'statement-studio/recovery',
        version: 1,
        statement: { ...sampleStatement(), editor: { root: { type: 'root', children: [{ type: 'video', version: 1 }] } } },
      }),
    };
    for (const [name, text] of Object.entries(damaged)) await writeFile(join(folder, name), text);
    await mkdir(join(folder, 'folder.json'));
    const skipped: string[] = [];
    const listing = createRecoveryJournal(userData, { onSkip: (file) => skipped.push(file) });
    expect((await listing.list()).map((e) => e.recoveryId)).toEqual(['good']);
    expect(skipped.sort()).toEqual(['bad-editor.json', 'folder.json', 'foreign.json', 'newer.json', 'truncated.json'].map((n) => join(folder, n)));
    for (const [name, text] of Object.entries(damaged)) expect(await readFile(join(folder, name), 'utf8')).toBe(text);
    expect(await listing.read('truncated')).toBeNull();
  });

  it('ignores files that are not recovery copies', async () => {
    const userData = await tempDir();
    const folder = join(userData, 'recovery');
    await mkdir(folder, { recursive: true });
    await writeFile(join(folder, 'notes.txt'), 'hello');
    await writeFile(join(folder, '.doc-1.json.abc123.tmp'), '{');
    await writeFile(join(folder, 'UPPER.json'), '{}');
    const skipped: string[] = [];
    expect(await createRecoveryJournal(userData, { onSkip: (f) => skipped.push(f) }).list()).toEqual([]);
    expect(skipped).toEqual([]);
  });

  it('removes the temp copies a killed write left, once old enough to be no one’s write in progress', async () => {
    const userData = await tempDir();
    const journal = createRecoveryJournal(userData);
    await journal.write(record('doc-1'));
    const folder = join(userData, 'recovery');
    // Left by a kill during the copy of a document that was then saved (its copy discarded): never written again.
    const stale = join(folder, '.doc-2.json.0123456789ab.tmp');
    const fresh = join(folder, '.doc-1.json.ba9876543210.tmp');
    for (const path of [stale, fresh]) await writeFile(path, '{"half": ');
    const longAgo = new Date(Date.now() - STALE_TEMP_MS - 60_000);
    await utimes(stale, longAgo, longAgo);
    expect((await journal.list()).map((entry) => entry.recoveryId)).toEqual(['doc-1']);
    expect((await readdir(folder)).sort()).toEqual(['.doc-1.json.ba9876543210.tmp', 'doc-1.json']);
  });

  it('lists nothing when the folder does not exist', async () => {
    const userData = await tempDir();
    expect(await createRecoveryJournal(join(userData, 'never-created')).list()).toEqual([]);
  });

  it('refuses ids that could leave the recovery folder', async () => {
    const userData = await tempDir();
    const journal = createRecoveryJournal(userData);
    await writeFile(join(userData, 'victim.json'), 'keep me');
    for (const id of ['../victim', '..', 'a/b', 'A', '', 'x'.repeat(65), 'doc.1']) {
      await expect(journal.write(record(id))).rejects.toThrow(TypeError);
      await expect(journal.read(id)).rejects.toThrow(TypeError);
      await expect(journal.discard(id)).rejects.toThrow(TypeError);
      await expect(journal.rename('ok-id', id)).rejects.toThrow(TypeError);
    }
    expect(await readFile(join(userData, 'victim.json'), 'utf8')).toBe('keep me');
    expect(await readdir(userData)).toEqual(['victim.json']);
  });

  it('discards a copy, and discarding a missing one is fine', async () => {
    const userData = await tempDir();
    const journal = createRecoveryJournal(userData);
    await journal.write(record('doc-1'));
    await journal.discard('doc-1');
    await journal.discard('doc-1');
    await journal.discard('never-written');
    expect(await journal.list()).toEqual([]);
  });

  it('renames a copy to a new id, updating the id inside', async () => {
    const userData = await tempDir();
    const journal = createRecoveryJournal(userData);
    await journal.write(record('before'));
    expect(await journal.rename('before', 'after')).toBe(true);
    expect(await readdir(join(userData, 'recovery'))).toEqual(['after.json']);
    expect(await journal.read('after')).toEqual(record('after'));
    expect(await journal.rename('before', 'again')).toBe(false);
  });

  it('does not rename (or delete) a damaged copy', async () => {
    const userData = await tempDir();
    const folder = join(userData, 'recovery');
    await mkdir(folder, { recursive: true });
    await writeFile(join(folder, 'broken.json'), '{oops');
    const before = await snapshot(join(folder, 'broken.json'));
    expect(await createRecoveryJournal(userData).rename('broken', 'fixed')).toBe(false);
    expect(await snapshot(join(folder, 'broken.json'))).toEqual(before);
    expect(await readdir(folder)).toEqual(['broken.json']);
  });
});
