import { chmod, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeAtomicFs, writeFileAtomic } from '../../../electron/services/documents/atomic-write.ts';
import { faultyFs, fsError, snapshot, tempDir, tempFilesIn } from './helpers.ts';

describe('writeFileAtomic', () => {
  it('creates a new file, with no backup and no temp file left', async () => {
    const dir = await tempDir();
    const target = join(dir, 'new.statement');
    await writeFileAtomic(target, 'hello\n', { keepBackup: true });
    expect(await readFile(target, 'utf8')).toBe('hello\n');
    expect(await readdir(dir)).toEqual(['new.statement']);
  });

  it('replaces the content and keeps the previous content in .bak', async () => {
    const dir = await tempDir();
    const target = join(dir, 'doc.statement');
    await writeFile(target, 'version one');
    await writeFileAtomic(target, 'version two', { keepBackup: true });
    expect(await readFile(target, 'utf8')).toBe('version two');
    expect(await readFile(`${target}.bak`, 'utf8')).toBe('version one');
    await writeFileAtomic(target, 'version three', { keepBackup: true });
    expect(await readFile(target, 'utf8')).toBe('version three');
    expect(await readFile(`${target}.bak`, 'utf8')).toBe('version two');
    expect((await readdir(dir)).sort()).toEqual(['doc.statement', 'doc.statement.bak']);
  });

  it('makes no backup unless asked', async () => {
    const dir = await tempDir();
    const target = join(dir, 'settings.json');
    await writeFile(target, '{}');
    await writeFileAtomic(target, '{"a":1}');
    expect(await readdir(dir)).toEqual(['settings.json']);
  });

  it('writes the temp file in the same folder, flushes it, then renames it over the target, then flushes the folder', async () => {
    const dir = await tempDir();
    const target = join(dir, 'doc.statement');
    await writeFile(target, 'old');
    const fs = faultyFs();
    await writeFileAtomic(target, 'new', { fs });
    const temp = fs.calls.find((c) => c.op === 'open:wx')!.path;
    expect(dirname(temp)).toBe(dir);
    expect(basename(temp)).toMatch(/^\.doc\.statement\.[0-9a-f]+\.tmp$/);
    const ops = fs.calls.filter((c) => c.path === temp || c.op === 'rename' || c.path === dir).map((c) => c.op);
    expect(ops).toEqual(['open:wx', 'write', 'fsync', 'close', 'rename', 'open:r', 'fsync', 'close']);
    expect(fs.calls.find((c) => c.op === 'rename')!.path).toBe(target);
  });

  it('leaves the target untouched and removes its temp files when the rename keeps failing', async () => {
    const dir = await tempDir();
    const target = join(dir, 'doc.statement');
    await writeFile(target, 'precious');
    const before = await snapshot(target);
    let attempts = 0;
    const fs = faultyFs({
      rename: async (from, to) => {
        if (to !== target) return nodeAtomicFs.rename(from, to);
        attempts++;
        throw fsError('EPERM', 'rename', to);
      },
    });
    await expect(writeFileAtomic(target, 'replacement', { fs, retries: 3, retryDelayMs: 1 })).rejects.toMatchObject({ code: 'EPERM' });
    expect(attempts).toBe(4);
    expect(await snapshot(target)).toEqual(before);
    expect(await tempFilesIn(dir)).toEqual([]);
  });

  it('retries a rename refused twice with EPERM, then succeeds', async () => {
    const dir = await tempDir();
    const target = join(dir, 'doc.statement');
    await writeFile(target, 'old');
    let refusals = 0;
    const fs = faultyFs({
      rename: async (from, to) => {
        if (to === target && refusals < 2) {
          refusals++;
          throw fsError('EPERM', 'rename', to);
        }
        return nodeAtomicFs.rename(from, to);
      },
    });
    await writeFileAtomic(target, 'new', { fs, retryDelayMs: 1 });
    expect(refusals).toBe(2);
    expect(fs.calls.filter((c) => c.op === 'rename' && c.path === target)).toHaveLength(3);
    expect(await readFile(target, 'utf8')).toBe('new');
    expect(await tempFilesIn(dir)).toEqual([]);
  });

  it('also retries EBUSY and EACCES, but not other errors', async () => {
    const dir = await tempDir();
    const target = join(dir, 'doc.statement');
    for (const code of ['EBUSY', 'EACCES']) {
      let refused = false;
      const fs = faultyFs({
        rename: async (from, to) => {
          if (!refused) {
            refused = true;
            throw fsError(code, 'rename', to);
          }
          return nodeAtomicFs.rename(from, to);
        },
      });
      await writeFileAtomic(target, code, { fs, retryDelayMs: 1 });
      expect(await readFile(target, 'utf8')).toBe(code);
    }
    let attempts = 0;
    const fs = faultyFs({
      rename: async (_from, to) => {
        attempts++;
        throw fsError('EXDEV', 'rename', to);
      },
    });
    await expect(writeFileAtomic(target, 'other', { fs, retryDelayMs: 1 })).rejects.toMatchObject({ code: 'EXDEV' });
    expect(attempts).toBe(1);
    expect(await readFile(target, 'utf8')).toBe('EACCES');
    expect(await tempFilesIn(dir)).toEqual([]);
  });

  it('leaves target and backup untouched when the disk fills up during the write', async () => {
    const dir = await tempDir();
    const target = join(dir, 'doc.statement');
    await writeFile(target, 'current');
    await writeFile(`${target}.bak`, 'older');
    const before = await snapshot(target);
    const fs = faultyFs({
      write: async () => {
        throw fsError('ENOSPC', 'write');
      },
    });
    await expect(writeFileAtomic(target, 'x'.repeat(1000), { fs, keepBackup: true })).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(await snapshot(target)).toEqual(before);
    expect(await readFile(`${target}.bak`, 'utf8')).toBe('older');
    expect(await tempFilesIn(dir)).toEqual([]);
    // The temp file was closed before it was removed (no leaked handle).
    const temp = fs.calls.find((c) => c.op === 'open:wx')!.path;
    expect(fs.calls.filter((c) => c.path === temp).map((c) => c.op)).toEqual(['open:wx', 'write', 'close', 'unlink']);
  });

  it('fails without touching the target when the backup cannot be made', async () => {
    const dir = await tempDir();
    const target = join(dir, 'doc.statement');
    await writeFile(target, 'current');
    const before = await snapshot(target);
    const fs = faultyFs({
      copyFile: async (_from, to) => {
        await writeFile(to, 'half a cop'); // as a full disk would leave it
        throw fsError('ENOSPC', 'copyfile', to);
      },
    });
    await expect(writeFileAtomic(target, 'new', { fs, keepBackup: true })).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(await snapshot(target)).toEqual(before);
    expect(await readdir(dir)).toEqual(['doc.statement']);
  });

  it('fails when fsync of the temp file fails, leaving the target as it was', async () => {
    const dir = await tempDir();
    const target = join(dir, 'doc.statement');
    await writeFile(target, 'current');
    const before = await snapshot(target);
    const fs = faultyFs({
      fsync: async () => {
        throw fsError('EIO', 'fsync');
      },
    });
    await expect(writeFileAtomic(target, 'new', { fs })).rejects.toMatchObject({ code: 'EIO' });
    expect(await snapshot(target)).toEqual(before);
    expect(await tempFilesIn(dir)).toEqual([]);
  });

  it('ignores EINVAL and EISDIR from flushing the folder', async () => {
    const dir = await tempDir();
    const target = join(dir, 'doc.statement');
    for (const code of ['EINVAL', 'EISDIR']) {
      const fs = faultyFs({
        fsync: async (handle) => {
          if ((await handle.stat()).isDirectory()) throw fsError(code, 'fsync', dir);
          return nodeAtomicFs.fsync(handle);
        },
      });
      await writeFileAtomic(target, code, { fs });
      expect(await readFile(target, 'utf8')).toBe(code);
    }
  });

  it('refuses to replace a file marked read-only, and keeps the mode of a writable one', async () => {
    const dir = await tempDir();
    const locked = join(dir, 'locked.statement');
    await writeFile(locked, 'do not touch');
    await chmod(locked, 0o444);
    await expect(writeFileAtomic(locked, 'new')).rejects.toMatchObject({ code: 'EACCES' });
    expect(await readFile(locked, 'utf8')).toBe('do not touch');

    const privateFile = join(dir, 'private.statement');
    await writeFile(privateFile, 'secret');
    await chmod(privateFile, 0o600);
    await writeFileAtomic(privateFile, 'still secret');
    expect((await stat(privateFile)).mode & 0o777).toBe(0o600);
    expect(await tempFilesIn(dir)).toEqual([]);
  });

  it('keeps temp names legal for very long file names', async () => {
    const dir = await tempDir();
    const target = join(dir, `${'a'.repeat(240)}.statement`);
    await writeFileAtomic(target, 'long');
    expect(await readFile(target, 'utf8')).toBe('long');
  });
});
