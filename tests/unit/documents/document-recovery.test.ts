import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { OpenedDocument } from '../../../core/ipc/contract.ts';
import type { Result } from '../../../core/ipc/result.ts';
import { serializeStatement } from '../../../core/statement/parse.ts';
import { nodeAtomicFs } from '../../../electron/services/documents/atomic-write.ts';
import { faultyFs, fsError, makeService, sampleStatement, snapshot, tempDir, writeStatementFile } from './helpers.ts';

function opened(result: Result<OpenedDocument>): OpenedDocument {
  if (!result.ok) throw new Error(`expected an opened document, got ${result.code}: ${result.message}`);
  return result.value;
}

const recoveryFiles = async (userDataDir: string) => (await readdir(join(userDataDir, 'recovery')).catch(() => [])).sort();
const at = (iso: string) => () => new Date(iso);

describe('documents: crash recovery', () => {
  it('restores an unsaved edit after a restart, and keeps the copy until it is saved', async () => {
    const docs = await tempDir();
    const path = await writeStatementFile(docs, 'kloop.statement');
    const fileBefore = await snapshot(path);
    const first = await makeService({ now: at('2025-03-14T10:15:00.000Z') });
    const doc = opened(await first.service.openPath(path));
    const unsaved = sampleStatement('Unsaved revision');
    expect(await first.service.writeRecovery(doc.id, unsaved)).toEqual({ ok: true, value: null });
    expect(await recoveryFiles(first.userDataDir)).toEqual([`${doc.id}.json`]);
    // The running session does not offer its own safety net as something to restore.
    expect(await first.service.listRecovery()).toEqual({ ok: true, value: [] });
    expect(await snapshot(path)).toEqual(fileBefore);

    // "Crash": the first service is simply abandoned; a new one starts on the same folder.
    const second = await makeService({ userDataDir: first.userDataDir, now: at('2025-03-14T11:00:00.000Z') });
    expect(await second.service.listRecovery()).toEqual({
      ok: true,
      value: [{ recoveryId: doc.id, name: 'kloop.statement', path, title: 'Unsaved revision', savedAt: '2025-03-14T10:15:00.000Z' }],
    });
    const restored = opened(await second.service.restoreRecovery(doc.id));
    expect(restored).toEqual({ id: expect.any(String), path, name: 'kloop.statement', statement: unsaved });
    expect(restored.id).not.toBe(doc.id);
    // The copy now belongs to the new id, so a second crash still has it.
    expect(await recoveryFiles(first.userDataDir)).toEqual([`${restored.id}.json`]);
    expect(await second.service.listRecovery()).toEqual({ ok: true, value: [] });
    const third = await makeService({ userDataDir: first.userDataDir });
    expect(await third.service.listRecovery()).toMatchObject({ ok: true, value: [{ recoveryId: restored.id, title: 'Unsaved revision' }] });

    // A clean save of the restored document removes the copy.
    expect(await second.service.save(restored.id, unsaved)).toMatchObject({ ok: true, value: { path } });
    expect(await readFile(path, 'utf8')).toBe(serializeStatement(unsaved));
    expect(await recoveryFiles(first.userDataDir)).toEqual([]);
  });

  it('after a restore, still notices that the file changed since the crash', async () => {
    const docs = await tempDir();
    const path = await writeStatementFile(docs, 'kloop.statement');
    const first = await makeService();
    const doc = opened(await first.service.openPath(path));
    await first.service.writeRecovery(doc.id, sampleStatement('Mine'));
    await writeFile(path, serializeStatement(sampleStatement('Changed while we were down')));
    const second = await makeService({ userDataDir: first.userDataDir });
    const restored = opened(await second.service.restoreRecovery(doc.id));
    expect(await second.service.save(restored.id, restored.statement)).toMatchObject({ ok: false, code: 'CHANGED_ON_DISK' });
    expect(await readFile(path, 'utf8')).toBe(serializeStatement(sampleStatement('Changed while we were down')));
  });

  it('restores an untitled statement, which then asks where to save', async () => {
    const docs = await tempDir();
    const first = await makeService();
    const doc = opened(await first.service.newDocument());
    await first.service.writeRecovery(doc.id, sampleStatement('Never saved'));
    const second = await makeService({ userDataDir: first.userDataDir, save: [join(docs, 'rescued')] });
    expect(await second.service.listRecovery()).toMatchObject({ ok: true, value: [{ recoveryId: doc.id, path: null, name: 'Untitled', title: 'Never saved' }] });
    const restored = opened(await second.service.restoreRecovery(doc.id));
    expect(restored).toMatchObject({ path: null, name: 'Untitled', statement: sampleStatement('Never saved') });
    expect(await second.service.save(restored.id, restored.statement)).toMatchObject({ ok: true, value: { name: 'rescued.statement' } });
    expect(second.dialogs.suggestions).toEqual(['Never saved.statement']);
    expect(await recoveryFiles(first.userDataDir)).toEqual([]);
  });

  it('removes the copy on a clean save', async () => {
    const docs = await tempDir();
    const path = await writeStatementFile(docs, 'kloop.statement');
    const { service, userDataDir } = await makeService();
    const doc = opened(await service.openPath(path));
    await service.writeRecovery(doc.id, sampleStatement('Draft'));
    expect(await recoveryFiles(userDataDir)).toHaveLength(1);
    expect(await service.save(doc.id, sampleStatement('Draft'))).toMatchObject({ ok: true });
    expect(await recoveryFiles(userDataDir)).toEqual([]);
  });

  it('keeps the copy when the save fails', async () => {
    const docs = await tempDir();
    const path = await writeStatementFile(docs, 'kloop.statement');
    const { service, userDataDir } = await makeService();
    const doc = opened(await service.openPath(path));
    await service.writeRecovery(doc.id, sampleStatement('Draft'));
    await writeFile(path, 'changed elsewhere');
    expect(await service.save(doc.id, sampleStatement('Draft'))).toMatchObject({ ok: false, code: 'CHANGED_ON_DISK' });
    expect(await recoveryFiles(userDataDir)).toEqual([`${doc.id}.json`]);
  });

  it('removes the copy when the document is closed, and closing twice is harmless', async () => {
    const { service, userDataDir } = await makeService();
    const doc = opened(await service.newDocument());
    await service.writeRecovery(doc.id, sampleStatement('Draft'));
    expect(await service.close(doc.id)).toEqual({ ok: true, value: null });
    expect(await recoveryFiles(userDataDir)).toEqual([]);
    expect(await service.close(doc.id)).toEqual({ ok: true, value: null });
    // A closed document can no longer write a copy (nothing would ever remove it).
    expect(await service.writeRecovery(doc.id, sampleStatement('Late'))).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await recoveryFiles(userDataDir)).toEqual([]);
  });

  it('does not let a close with an unknown id delete a leftover copy', async () => {
    const first = await makeService();
    const doc = opened(await first.service.newDocument());
    await first.service.writeRecovery(doc.id, sampleStatement('Leftover'));
    const second = await makeService({ userDataDir: first.userDataDir });
    expect(await second.service.close(doc.id)).toEqual({ ok: true, value: null });
    expect(await recoveryFiles(first.userDataDir)).toEqual([`${doc.id}.json`]);
  });

  it('a copy written while a save runs does not outlive the save', async () => {
    const docs = await tempDir();
    const path = await writeStatementFile(docs, 'kloop.statement');
    // A slow recovery write: run side by side, it would land after the save removed the copy.
    const fs = faultyFs({
      write: async (handle, data) => {
        if (String(data).includes('statement-studio/recovery')) await new Promise((resolve) => setTimeout(resolve, 50));
        return nodeAtomicFs.write(handle, data);
      },
    });
    const { service, userDataDir } = await makeService({ fs });
    const doc = opened(await service.openPath(path));
    const [written, saved] = await Promise.all([service.writeRecovery(doc.id, sampleStatement('A')), service.save(doc.id, sampleStatement('A'))]);
    expect(written.ok && saved.ok).toBe(true);
    expect(await recoveryFiles(userDataDir)).toEqual([]);
  });

  it('discards a copy on request', async () => {
    const first = await makeService();
    const doc = opened(await first.service.newDocument());
    await first.service.writeRecovery(doc.id, sampleStatement('Unwanted'));
    const second = await makeService({ userDataDir: first.userDataDir });
    expect(await second.service.discardRecovery(doc.id)).toEqual({ ok: true, value: null });
    expect(await second.service.listRecovery()).toEqual({ ok: true, value: [] });
    expect(await second.service.restoreRecovery(doc.id)).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  });

  it('skips a damaged copy, leaves it on disk, and lists the good ones', async () => {
    const first = await makeService({ now: at('2025-03-14T10:00:00.000Z') });
    const doc = opened(await first.service.newDocument());
    await first.service.writeRecovery(doc.id, sampleStatement('Good'));
    const folder = join(first.userDataDir, 'recovery');
    await writeFile(join(folder, 'damaged.json'), '{"format":"statement-studio/recovery","version":1,"statement":');
    await mkdir(join(folder, 'other-dir.json'));
    const damagedBefore = await snapshot(join(folder, 'damaged.json'));

    const second = await makeService({ userDataDir: first.userDataDir });
    expect(await second.service.listRecovery()).toMatchObject({ ok: true, value: [{ recoveryId: doc.id, title: 'Good' }] });
    expect(await second.service.restoreRecovery('damaged')).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await snapshot(join(folder, 'damaged.json'))).toEqual(damagedBefore);
    expect(second.logs.some((l) => l.includes('damaged.json'))).toBe(true);
  });

  it('refuses recovery ids that are not ids', async () => {
    const { service, userDataDir } = await makeService();
    await writeFile(join(userDataDir, 'recent.json'), '{"version":1,"paths":[]}');
    for (const id of ['../recent', '..', 'a/b', '']) {
      expect(await service.restoreRecovery(id)).toMatchObject({ ok: false, code: 'BAD_ARGUMENTS' });
      expect(await service.discardRecovery(id)).toMatchObject({ ok: false, code: 'BAD_ARGUMENTS' });
    }
    expect(await readFile(join(userDataDir, 'recent.json'), 'utf8')).toBe('{"version":1,"paths":[]}');
  });

  it('will not restore a copy of a document open right now', async () => {
    const { service } = await makeService();
    const doc = opened(await service.newDocument());
    await service.writeRecovery(doc.id, sampleStatement('Open'));
    expect(await service.restoreRecovery(doc.id)).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  });

  it('reports a recovery copy that cannot be written', async () => {
    const userDataDir = await tempDir();
    const fs = faultyFs({
      write: async (handle, data) => {
        if (String(data).includes('statement-studio/recovery')) throw fsError('ENOSPC', 'write');
        return nodeAtomicFs.write(handle, data);
      },
    });
    const { service } = await makeService({ userDataDir, fs });
    const doc = opened(await service.newDocument());
    expect(await service.writeRecovery(doc.id, sampleStatement('x'))).toEqual({
      ok: false,
      code: 'IO_ERROR',
      message: 'Could not write the recovery copy of “Untitled”: the disk is full (ENOSPC).',
    });
    expect(await recoveryFiles(userDataDir)).toEqual([]);
  });
});
