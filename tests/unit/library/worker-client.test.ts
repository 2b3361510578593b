import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { LIBRARY_FILE_FORMAT, LIBRARY_FILE_VERSION } from '../../../core/library/format.ts';
import { seedLibraryFile } from '../../../core/library/seed-from-samples.ts';
import { createLibraryClient, defaultWorkerUrl, type LibraryClient } from '../../../electron/services/library/library-client.ts';
import { generateCase } from '../../../bench/library-data.ts';
import { bytesOf, draft, failure, tempDir, value } from './helpers.ts';

const clients: LibraryClient[] = [];
// Workers must not outlive their test.
afterEach(async () => {
  for (const library of clients.splice(0)) await library.close();
});

async function client(path: string, options: Parameters<typeof createLibraryClient>[1] = {}): Promise<LibraryClient> {
  const started = createLibraryClient(path, { autoBackup: false, ...options });
  clients.push(started);
  return started;
}

describe('the library client and its worker thread', () => {
  it('runs the service in a worker: open, import, search, create, read', async () => {
    const dir = await tempDir();
    const library = await client(join(dir, 'library.sqlite'));
    expect(value(await library.ready())).toMatchObject({ path: join(dir, 'library.sqlite'), counts: { cases: 0 } });
    expect(value(await library.importData(seedLibraryFile())).status).toBe('imported');
    expect(value(await library.searchCases({ query: 'Мейманкулыев' })).map((h) => h.id)).toEqual(['sample-farhat-meymankulyyev']);
    const created = value(await library.createCase(draft({ givenName: 'Bakhrom', familyName: 'Ismoilov' })));
    expect(created.status).toBe('created');
    const id = created.status === 'created' ? created.record.id : '';
    expect(value(await library.getCase(id)).familyName).toBe('Ismoilov');
    expect(value(await library.close())).toBeNull();
  });

  it('answers failures as Results, and keeps the order of calls', async () => {
    const dir = await tempDir();
    const library = await client(join(dir, 'library.sqlite'));
    const answers = await Promise.all([
      library.getCase('nobody'),
      library.createCase(draft({ familyName: '' })),
      library.searchCases({ query: '', country: 'Turkey' }),
      library.info(),
    ]);
    expect(answers.map((a) => (a.ok ? 'ok' : a.code))).toEqual(['NOT_FOUND', 'BAD_ARGUMENTS', 'BAD_ARGUMENTS', 'ok']);
    const unsendable = failure(await library.searchCases({ query: 'x', limit: (() => 1) as never }));
    expect(unsendable.code).toBe('BAD_ARGUMENTS');
    expect(value(await library.info()).counts.cases).toBe(0);
  });

  it('reports a file it must not open through ready() and every call, and leaves the file alone', async () => {
    const dir = await tempDir();
    const path = join(dir, 'notes.txt');
    writeFileSync(path, 'not a library');
    const library = await client(path);
    const refused = failure(await library.ready());
    expect(refused.code).toBe('WRONG_FORMAT');
    expect(failure(await library.searchCases({ query: 'x' }))).toEqual(refused);
    expect((await bytesOf(path)).toString()).toBe('not a library');
  });

  // 4,000 cases take the worker 2–3 s on a quiet machine and over 5 s (vitest's default) on a loaded 2-core one.
  it('keeps the calling thread free while the worker imports', { timeout: 60_000 }, async () => {
    const dir = await tempDir();
    const library = await client(join(dir, 'library.sqlite'));
    value(await library.ready());
    const cases = Array.from({ length: 4000 }, (_, i) => generateCase(i, '2024-01-01T00:00:00.000Z'));
    let ticks = 0;
    const timer = setInterval(() => ticks++, 5);
    const started = performance.now();
    const outcome = await library.importData({ format: LIBRARY_FILE_FORMAT, version: LIBRARY_FILE_VERSION, exportedAt: '2024-01-01T00:00:00.000Z', cases, organisations: [], footnotes: [] });
    const elapsed = performance.now() - started;
    clearInterval(timer);
    expect(value(outcome).status).toBe('imported');
    // The timer kept running during the import: at least a third of its 5 ms ticks came through.
    expect(elapsed).toBeGreaterThan(100);
    expect(ticks).toBeGreaterThan(elapsed / 5 / 3);
  });

  it('fails the calls of a worker that died, then starts a new one', async () => {
    const dir = await tempDir();
    const library = await client(join(dir, 'library.sqlite'), { workerUrl: pathToFileURL(resolve(import.meta.dirname, '../../fixtures/library/dying-worker.ts')) });
    value(await library.ready());
    const died = failure(await library.info());
    expect(died.code).toBe('INTERNAL');
    expect(died.message).toMatch(/stopped working \(exit code 3\)/);
    // The next call starts a new worker (which dies again here, but answers).
    expect(failure(await library.info()).code).toBe('INTERNAL');
  });

  it('answers every call after close with a failure', async () => {
    const dir = await tempDir();
    const library = await client(join(dir, 'library.sqlite'));
    value(await library.close());
    expect(failure(await library.searchCases({ query: 'x' })).message).toBe('The library is closed.');
    expect(failure(await library.close()).code).toBe('IO_ERROR');
  });

  it('finds the worker beside itself: the .ts source in tests, the built .js in the app', async () => {
    expect(defaultWorkerUrl('file:///app/electron/services/library/library-client.ts').href).toBe('file:///app/electron/services/library/library-worker.ts');
    expect(defaultWorkerUrl('file:///opt/Statement%20Studio/resources/app.asar/out/main/index.js').href).toBe('file:///opt/Statement%20Studio/resources/app.asar/out/main/library-worker.js');
    expect(defaultWorkerUrl().href).toBe(pathToFileURL(resolve(import.meta.dirname, '../../../electron/services/library/library-worker.ts')).href);
    const config = (await import('../../../electron.vite.config.ts')).default as { main: { build: { lib: { entry: Record<string, string> } } } };
    expect(config.main.build.lib.entry['library-worker']).toBe(resolve(import.meta.dirname, '../../../electron/services/library/library-worker.ts'));
    expect(config.main.build.lib.entry['index']).toBe(resolve(import.meta.dirname, '../../../electron/main/index.ts'));
  });
});
