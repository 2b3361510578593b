import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ArchiveEntryToStore } from '../../../core/archive/archive-api.ts';
import { encodeArchiveChunk } from '../../../core/archive/archive-chunk.ts';
import { readArchive } from '../../../electron/services/importing/archive-reader.ts';
import { failure, tempLibrary, value } from '../library/helpers.ts';

const SAMPLE = join(import.meta.dirname, '../../../../shared/samples/statements-2023-archive.txt');

/** The sample archive's five statements, read as the reader's thread reads them. */
async function sampleEntries(): Promise<ArchiveEntryToStore[]> {
  const entries: ArchiveEntryToStore[] = [];
  value(await readArchive(SAMPLE, { progress: () => undefined, entry: (entry) => void entries.push(entry) }));
  expect(entries).toHaveLength(5);
  return entries;
}

describe('an archive import staged in chunks', () => {
  it('keeps the chunks out of the archive until the commit, which stores them as one batch in their order', async () => {
    const { library } = await tempLibrary();
    const entries = await sampleEntries();
    const id = value(library.archiveStageBegin('2023.txt'));
    expect(value(library.archiveStageAdd(id, entries.slice(0, 2)))).toBe(2);
    // The reader's thread sends its chunks as the bytes of their JSON.
    expect(value(library.archiveStageAdd(id, encodeArchiveChunk(entries.slice(2))))).toBe(5);
    // Staged, not stored: the search, the list of imports and the mentions know nothing of them yet.
    expect(value(library.archiveSearch({ query: 'Hudayramov' }))).toEqual([]);
    expect(value(library.archiveImports())).toEqual([]);
    expect(value(library.archiveMentions({ names: ['Farhat Meimankuliev'] }))).toEqual([]);

    const batch = value(library.archiveStageCommit(id));
    expect(batch).toMatchObject({ id, source: '2023.txt', statements: 5 });
    expect(value(library.archiveImports())).toEqual([batch]);
    expect(value(library.archiveSearch({ query: 'Hudayramov' })).map((hit) => hit.date)).toEqual(['2023-12-20']);
    expect(value(library.archiveSearch({})).map((hit) => hit.date)).toEqual(['2023-12-20', '2023-12-14', '2023-09-27', '2023-06-25', '2023-06-01']);
    // Committed once: the staging is gone.
    expect(failure(library.archiveStageCommit(id)).code).toBe('NOT_FOUND');
  });

  it('stores nothing of a discarded import, and refuses more chunks for it', async () => {
    const { library } = await tempLibrary();
    const entries = await sampleEntries();
    const id = value(library.archiveStageBegin('2023.txt'));
    value(library.archiveStageAdd(id, entries));
    value(library.archiveStageDiscard(id));
    expect(failure(library.archiveStageAdd(id, entries)).code).toBe('NOT_FOUND');
    expect(failure(library.archiveStageCommit(id)).code).toBe('NOT_FOUND');
    expect(value(library.archiveSearch({}))).toEqual([]);
    expect(value(library.archiveImports())).toEqual([]);
  });

  it('drops the whole import when a later chunk cannot be stored, and another import goes on meanwhile', async () => {
    const { library } = await tempLibrary();
    const entries = await sampleEntries();
    const failing = value(library.archiveStageBegin('failing.txt'));
    const other = value(library.archiveStageBegin('other.txt'));
    value(library.archiveStageAdd(failing, entries.slice(0, 3)));
    value(library.archiveStageAdd(other, entries.slice(0, 1)));
    // A line number SQLite cannot take, in the second chunk.
    const broken = entries.slice(3).map((entry, i) => (i === 1 ? { ...entry, sourceLine: { line: 5 } as unknown as number } : entry));
    expect(failure(library.archiveStageAdd(failing, broken)).message).toMatch(/Could not store the archive|went wrong/);
    expect(failure(library.archiveStageCommit(failing)).code).toBe('NOT_FOUND');
    expect(value(library.archiveSearch({}))).toEqual([]);
    // The other import's statements were not touched.
    expect(value(library.archiveStageCommit(other)).statements).toBe(1);
    expect(value(library.archiveSearch({}))).toHaveLength(1);
  });

  it('refuses a chunk that is not statements, an empty commit and an unknown import', async () => {
    const { library } = await tempLibrary();
    const id = value(library.archiveStageBegin('x.txt'));
    expect(failure(library.archiveStageAdd(id, [{ title: 'no more' } as unknown as ArchiveEntryToStore])).message).toMatch(/statement 1 has no date/);
    const garbled = value(library.archiveStageBegin('garbled.txt'));
    expect(failure(library.archiveStageAdd(garbled, new Uint8Array([0x7b, 0xff, 0xfe]))).message).toMatch(/1 to 5000 statements/);
    // A refused chunk ends the import: nothing half-done is kept.
    expect(failure(library.archiveStageAdd(id, await sampleEntries())).code).toBe('NOT_FOUND');
    const empty = value(library.archiveStageBegin('empty.txt'));
    expect(failure(library.archiveStageCommit(empty)).message).toMatch(/no statements/);
    expect(failure(library.archiveStageAdd('nobody', [])).code).toBe('NOT_FOUND');
    expect(failure(library.archiveStageBegin(42 as unknown as string)).code).toBe('BAD_ARGUMENTS');
    expect(value(library.archiveImports())).toEqual([]);
  });
});
