import { chmod, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseStatement, serializeStatement } from '../../../core/statement/parse.ts';
import { startFaultChild } from '../../hardening/faults/fault-child.ts';
import { faultFolders } from '../../hardening/faults/fault-folders.ts';
import { generationOf, growingStatement } from '../../hardening/kill/growing-statement.ts';
import { faultyFs, fsError, makeService, snapshot, tempFilesIn } from '../documents/helpers.ts';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function generationOnDisk(path: string): Promise<number | null> {
  const parsed = parseStatement(await readFile(path, 'utf8'));
  if (!parsed.ok) throw new Error(parsed.message);
  return generationOf(parsed.value);
}

describe('saving into a read-only folder (real permissions, in a child process)', () => {
  it('fails with a clear message, keeps the file and the recovery copy, and saves once the folder is writable', async () => {
    const folders = await faultFolders();
    cleanups.push(folders.remove);
    const child = await startFaultChild(folders.docPath, folders.userData, { user: folders.user });
    cleanups.push(() => child.stop());
    const before = await snapshot(folders.docPath);
    await chmod(folders.docs, 0o555);

    expect(await child.run('recovery', 7)).toEqual({ ok: true, value: null });
    expect(await child.run('save', 7)).toEqual({ ok: false, code: 'IO_ERROR', message: 'Could not save “doc.statement”: permission denied (EACCES).' });
    expect(await snapshot(folders.docPath)).toEqual(before);
    expect(await readdir(folders.docs)).toEqual(['doc.statement']);
    // The unsaved work is still safe: its recovery copy was not removed by the failed save.
    expect(await folders.recoveryCopies()).toHaveLength(1);

    // Still dirty in the service: once the folder is writable the same document saves, with no "changed on disk".
    await chmod(folders.docs, 0o755);
    expect(await child.run('save', 8)).toMatchObject({ ok: true });
    expect(await generationOnDisk(folders.docPath)).toBe(8);
    expect(await folders.recoveryCopies()).toHaveLength(0);
  }, 30_000);
});

describe('a disk that refuses bytes mid-write', () => {
  it('(real kernel: a file-size limit, EFBIG) fails clearly and leaves the old file whole', async () => {
    const folders = await faultFolders();
    cleanups.push(folders.remove);
    // 64 KiB: generation 1 (1 KB) fits, generation 399 (140 KB) is cut off by the kernel mid-write.
    const child = await startFaultChild(folders.docPath, folders.userData, { maxFileKiB: 64 });
    cleanups.push(() => child.stop());
    const before = await snapshot(folders.docPath);

    const result = await child.run('save', 399);
    expect(result).toMatchObject({ ok: false, code: 'IO_ERROR' });
    expect(!result.ok && result.message).toMatch(/^Could not save “doc\.statement”: .*\(EFBIG\)\.$/);
    expect(await snapshot(folders.docPath)).toEqual(before);
    expect(await readdir(folders.docs)).toEqual(['doc.statement']);
    // The service's idea of the file is unchanged, so a save that fits goes through without a conflict.
    expect(await child.run('save', 2)).toMatchObject({ ok: true });
    expect(await generationOnDisk(folders.docPath)).toBe(2);
  }, 30_000);

  it('(injected ENOSPC after half the bytes) says the disk is full; the recovery copy and the file survive', async () => {
    let full = true;
    const fs = faultyFs({
      async write(handle, data) {
        const text = typeof data === 'string' ? data : Buffer.from(data).toString('utf8');
        if (!full || text.includes('"statement-studio/recovery"')) return handle.writeFile(data);
        // Half the bytes reach the temp file before the disk runs out, as on a real full disk.
        await handle.write(text.slice(0, text.length / 2));
        throw fsError('ENOSPC', 'write');
      },
    });
    const { service, userDataDir } = await makeService({ fs });
    const docDir = join(userDataDir, 'docs');
    await mkdir(docDir);
    const docPath = join(docDir, 'doc.statement');
    await writeFile(docPath, serializeStatement(growingStatement(1)));
    const opened = await service.openPath(docPath);
    if (!opened.ok) throw new Error(opened.message);
    const before = await snapshot(docPath);

    expect(await service.writeRecovery(opened.value.id, growingStatement(50))).toEqual({ ok: true, value: null });
    expect(await service.save(opened.value.id, growingStatement(50))).toEqual({ ok: false, code: 'IO_ERROR', message: 'Could not save “doc.statement”: the disk is full (ENOSPC).' });
    expect(await snapshot(docPath)).toEqual(before);
    expect(await tempFilesIn(docDir)).toEqual([]);
    expect(await readdir(join(userDataDir, 'recovery'))).toHaveLength(1);

    full = false;
    expect(await service.save(opened.value.id, growingStatement(50))).toMatchObject({ ok: true });
    expect(await generationOnDisk(docPath)).toBe(50);
  });
});
