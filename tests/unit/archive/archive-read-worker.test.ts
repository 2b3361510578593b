import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ArchiveEntryToStore } from '../../../core/archive/archive-api.ts';
import { decodeArchiveChunk } from '../../../core/archive/archive-chunk.ts';
import { fail, ok } from '../../../core/ipc/result.ts';
import { buildArchive } from '../../../bench/import-bench.ts';
import { defaultArchiveReadWorkerUrl, readArchiveInWorker } from '../../../electron/services/importing/archive-read-client.ts';
import { failure, tempDir, value } from '../library/helpers.ts';

const SOURCE = resolve(import.meta.dirname, '../../../electron/services/importing/archive-read-worker.ts');

async function archiveOf(statements: number): Promise<string> {
  const file = join(await tempDir(), 'archive.txt');
  await writeFile(file, buildArchive(statements));
  return file;
}

// Each test starts a worker that compiles the importer from source: seconds on a loaded machine.
describe('the archive reader’s worker thread', { timeout: 60_000 }, () => {
  it('hands the statements over in chunks, in the order of the file, and then what it read', async () => {
    const chunks: string[][] = [];
    const sizes: number[] = [];
    const entries = async (chunk: Uint8Array) => {
      sizes.push(chunk.byteLength);
      chunks.push((decodeArchiveChunk(chunk) as ArchiveEntryToStore[]).map((entry) => entry.date));
      return ok(null);
    };
    const read = value(await readArchiveInWorker(await archiveOf(300), { progress: () => undefined, entries }));
    expect(chunks.length).toBeGreaterThan(1);
    // The bytes of the chunks' JSON, a megabyte or so each but the last.
    expect(sizes.slice(0, -1).every((size) => size > 500_000 && size < 3_000_000)).toBe(true);
    expect(chunks.flat()).toEqual(read.statements.map((s) => s.date));
    expect(read.statements).toHaveLength(300);
    expect(read.failures).toEqual([]);
  });

  it('stops at the first chunk the library refuses, and answers with that refusal', async () => {
    let calls = 0;
    const refused = failure(
      await readArchiveInWorker(await archiveOf(300), { progress: () => undefined, entries: async () => (++calls === 1 ? ok(null) : fail('IO_ERROR', 'the disk is full')) }),
    );
    expect(refused).toMatchObject({ code: 'IO_ERROR', message: 'the disk is full' });
    expect(calls).toBe(2);
  });

  it('says why when the path cannot be read', async () => {
    const missing = failure(await readArchiveInWorker(join(await tempDir(), 'nothing-here.txt'), { progress: () => undefined, entries: async () => ok(null) }));
    expect(missing.message).toMatch(/could not be read/);
  });

  it('is found beside its client: the .ts source in tests, the built .js in the app (an entry of the main build)', async () => {
    expect(defaultArchiveReadWorkerUrl('file:///app/electron/services/importing/archive-read-client.ts').href).toBe('file:///app/electron/services/importing/archive-read-worker.ts');
    expect(defaultArchiveReadWorkerUrl('file:///opt/Statement%20Studio/resources/app.asar/out/main/index.js').href).toBe(
      'file:///opt/Statement%20Studio/resources/app.asar/out/main/archive-read-worker.js',
    );
    expect(defaultArchiveReadWorkerUrl().href).toBe(pathToFileURL(SOURCE).href);
    expect(existsSync(SOURCE)).toBe(true);
    const config = (await import('../../../electron.vite.config.ts')).default as { main: { build: { lib: { entry: Record<string, string> } } } };
    expect(config.main.build.lib.entry['archive-read-worker']).toBe(SOURCE);
  });
});
