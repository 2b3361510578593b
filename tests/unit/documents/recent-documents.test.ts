import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRecentDocuments, MAX_RECENT_DOCUMENTS } from '../../../electron/services/documents/recent-documents.ts';
import { tempDir, tempFilesIn } from './helpers.ts';

async function files(dir: string, names: string[]): Promise<string[]> {
  return Promise.all(
    names.map(async (name) => {
      const path = join(dir, name);
      await writeFile(path, '{}');
      return path;
    }),
  );
}

describe('recent documents', () => {
  it('starts empty when there is no list yet', async () => {
    const userData = await tempDir();
    expect(await createRecentDocuments(userData).list()).toEqual([]);
  });

  it('lists most recent first, once each, with the file name', async () => {
    const userData = await tempDir();
    const [a, b, c] = await files(userData, ['a.statement', 'b.statement', 'c.statement']);
    const recent = createRecentDocuments(userData);
    await recent.add(a!);
    await recent.add(b!);
    await recent.add(c!);
    await recent.add(a!);
    expect(await recent.list()).toEqual([
      { path: a, name: 'a.statement' },
      { path: c, name: 'c.statement' },
      { path: b, name: 'b.statement' },
    ]);
    // Stored as JSON, written atomically, and read back by a new instance (after a restart).
    expect(JSON.parse(await readFile(join(userData, 'recent.json'), 'utf8'))).toEqual({ version: 1, paths: [a, c, b] });
    expect(await tempFilesIn(userData)).toEqual([]);
    expect((await createRecentDocuments(userData).list()).map((d) => d.path)).toEqual([a, c, b]);
  });

  it(`keeps at most ${MAX_RECENT_DOCUMENTS}`, async () => {
    const userData = await tempDir();
    const paths = await files(userData, Array.from({ length: 13 }, (_, i) => `doc-${i}.statement`));
    const recent = createRecentDocuments(userData);
    for (const path of paths) await recent.add(path);
    const listed = (await recent.list()).map((d) => d.path);
    expect(listed).toHaveLength(10);
    expect(listed).toEqual(paths.slice(3).reverse());
  });

  it('leaves out files that no longer exist', async () => {
    const userData = await tempDir();
    const [a, b] = await files(userData, ['a.statement', 'b.statement']);
    const recent = createRecentDocuments(userData);
    await recent.add(a!);
    await recent.add(b!);
    await rm(a!);
    expect(await recent.list()).toEqual([{ path: b, name: 'b.statement' }]);
  });

  it('treats a damaged list as empty and replaces it on the next add', async () => {
    const userData = await tempDir();
    const [a] = await files(userData, ['a.statement']);
    for (const garbage of ['{"paths": [', '[1, 2]', '{"paths": "x"}', 'null', '\u0000\u0001']) {
      await writeFile(join(userData, 'recent.json'), garbage);
      const recent = createRecentDocuments(userData);
      expect(await recent.list()).toEqual([]);
      expect(await recent.has(a!)).toBe(false);
    }
    const recent = createRecentDocuments(userData);
    await recent.add(a!);
    expect(await recent.list()).toEqual([{ path: a, name: 'a.statement' }]);
  });

  it('ignores entries that are not absolute paths', async () => {
    const userData = await tempDir();
    const [a] = await files(userData, ['a.statement']);
    await writeFile(join(userData, 'recent.json'), JSON.stringify({ version: 1, paths: ['relative.statement', 42, a, a] }));
    expect(await createRecentDocuments(userData).list()).toEqual([{ path: a, name: 'a.statement' }]);
  });

  it('answers whether a path is on the list', async () => {
    const userData = await tempDir();
    const [a, b] = await files(userData, ['a.statement', 'b.statement']);
    const recent = createRecentDocuments(userData);
    await recent.add(a!);
    expect(await recent.has(a!)).toBe(true);
    expect(await recent.has(b!)).toBe(false);
    expect(await recent.has('a.statement')).toBe(false);
    expect(await recent.has('')).toBe(false);
    await recent.remove(a!);
    expect(await recent.has(a!)).toBe(false);
  });

  it('loses no entry when several are added at once', async () => {
    const userData = await tempDir();
    const paths = await files(userData, ['1.statement', '2.statement', '3.statement', '4.statement', '5.statement']);
    const recent = createRecentDocuments(userData);
    await Promise.all(paths.map((p) => recent.add(p)));
    expect((await recent.list()).map((d) => d.path).sort()).toEqual([...paths].sort());
  });

  it('creates the user-data folder if needed', async () => {
    const root = await tempDir();
    const userData = join(root, 'Statement Studio');
    const [a] = await files(root, ['a.statement']);
    await createRecentDocuments(userData).add(a!);
    expect(await createRecentDocuments(userData).has(a!)).toBe(true);
  });
});
