import { createHash } from 'node:crypto';
import { utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileFingerprint, sameFingerprint } from '../../../electron/services/documents/fingerprint.ts';
import { tempDir } from './helpers.ts';

describe('fileFingerprint', () => {
  it('is null for a missing file or folder', async () => {
    const dir = await tempDir();
    expect(await fileFingerprint(join(dir, 'missing.statement'))).toBeNull();
    expect(await fileFingerprint(join(dir, 'no-folder', 'missing.statement'))).toBeNull();
  });

  it('records size, time and the SHA-256 of the content', async () => {
    const dir = await tempDir();
    const path = join(dir, 'a.statement');
    await writeFile(path, 'Заявление');
    await utimes(path, 1_700_000_000, 1_700_000_000);
    const fp = await fileFingerprint(path);
    expect(fp).toEqual({
      mtimeMs: 1_700_000_000_000,
      size: Buffer.byteLength('Заявление'),
      sha256: createHash('sha256').update('Заявление').digest('hex'),
    });
  });

  it('tells a change of content from a mere touch', async () => {
    const dir = await tempDir();
    const path = join(dir, 'a.statement');
    await writeFile(path, 'abc');
    const first = await fileFingerprint(path);
    await utimes(path, new Date(), new Date(Date.now() + 5000));
    const touched = await fileFingerprint(path);
    expect(touched!.mtimeMs).not.toBe(first!.mtimeMs);
    expect(sameFingerprint(first, touched)).toBe(true);
    await writeFile(path, 'abd'); // same size, other bytes
    expect(sameFingerprint(first, await fileFingerprint(path))).toBe(false);
  });

  it('compares missing files', async () => {
    const dir = await tempDir();
    const path = join(dir, 'a.statement');
    await writeFile(path, 'abc');
    const fp = await fileFingerprint(path);
    expect(sameFingerprint(null, null)).toBe(true);
    expect(sameFingerprint(fp, null)).toBe(false);
    expect(sameFingerprint(null, fp)).toBe(false);
  });
});
