import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readArchive } from '../../../electron/services/importing/archive-reader.ts';
import { readArchiveInWorker } from '../../../electron/services/importing/archive-read-client.ts';
import { value } from '../library/helpers.ts';

const SAMPLE = join(import.meta.dirname, '../../../../shared/samples/statements-2023-archive.txt');
const noSink = { progress: () => undefined, entry: () => undefined };

describe('the archive import’s report, in the interface language', () => {
  it('sums up each statement in Russian for a Russian window, and in English otherwise', async () => {
    const russian = value(await readArchive(SAMPLE, noSink, 'ru'));
    const english = value(await readArchive(SAMPLE, noSink));
    expect(russian.statements).toHaveLength(5);
    expect(russian.statements.map((s) => s.title)).toEqual(english.statements.map((s) => s.title));
    for (const [i, statement] of russian.statements.entries()) {
      expect(statement.summary).not.toBe(english.statements[i]!.summary);
      expect(statement.summary).toMatch(/[а-яё]{4}/i);
    }
  });

  it('carries the language to the reader’s worker thread', async () => {
    const read = value(await readArchiveInWorker(SAMPLE, { progress: () => undefined, entries: async (chunk) => ({ ok: true, value: Array.isArray(chunk) ? chunk.length : 0 }) }, undefined, 'ru'));
    expect(read.statements[0]!.summary).toMatch(/[а-яё]{4}/i);
  }, 30_000);
});
