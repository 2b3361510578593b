import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ArchiveEntryToStore, ArchiveHit } from '../../../core/archive/archive-api.ts';
import { decodeArchiveChunk } from '../../../core/archive/archive-chunk.ts';
import { importArchiveInto } from '../../../electron/services/importing/archive-import.ts';
import { openLibrary } from '../../../electron/services/library/library-service.ts';
import { MIGRATIONS } from '../../../electron/services/library/schema.ts';
import { failure, tempDir, tempLibrary, track, value } from '../library/helpers.ts';

const SAMPLE = join(import.meta.dirname, '../../../../shared/samples/statements-2023-archive.txt');

/** A Russian statement of our own making, in an archive's form: date line, headline, text, signers. */
const RUSSIAN = `3.7.24

Казахстан: депортация Фархата Мейманкулыева недопустима

Мы, нижеподписавшиеся организации, выражаем тревогу в связи с угрозой выдачи Фархата МЕЙМАНКУЛЫЕВА в Туркменистан.

Просим власти соблюдать принцип невыдворения.

Подписали:
Правозащитный центр «Мемориал»
Казахстанское бюро по правам человека
`;

const titles = (hits: ArchiveHit[]) => hits.map((hit) => hit.title);

async function archiveFolder() {
  const dir = await tempDir();
  const folder = join(dir, 'archive');
  await mkdir(folder);
  await writeFile(join(folder, '2023.txt'), await import('node:fs/promises').then((fs) => fs.readFile(SAMPLE)));
  await writeFile(join(folder, 'kazakhstan-2024.txt'), RUSSIAN);
  return folder;
}

// Every import starts the reader's worker thread, which compiles the importer from source: seconds on a loaded machine.
describe('the archive in the library', { timeout: 60_000 }, () => {
  it('stores the sample archive and a Russian file from a folder as one batch, with date, title, language, source, text, statement and organisations', async () => {
    const { library } = await tempLibrary();
    const report = value(await importArchiveInto(await archiveFolder(), library));
    expect(report.failures).toEqual([]);
    expect(report.files).toBe(2);
    expect(report.statements).toHaveLength(6);
    expect(report.batch).toMatchObject({ source: 'archive', statements: 6 });
    expect(value(library.archiveImports())).toEqual([report.batch]);

    const all = value(library.archiveSearch({}));
    expect(all.map((hit) => hit.date)).toEqual(['2024-07-03', '2023-12-20', '2023-12-14', '2023-09-27', '2023-06-25', '2023-06-01']);
    const russian = value(library.archiveGet(all[0]!.id));
    expect(russian).toMatchObject({ language: 'ru', sourceFile: 'kazakhstan-2024.txt', title: 'Казахстан: депортация Фархата Мейманкулыева недопустима' });
    const first = value(library.archiveGet(all[1]!.id));
    expect(first.title).toBe('Turkmenistan: prisoner Allamurat HUDAYRAMOV was subjected to extrajudicial execution');
    expect(first).toMatchObject({ language: 'en', sourceFile: join('2023.txt'), sourceLine: 1 });
    expect(first.fullText).toContain('Rovshen KLYCHEV (1980), deported from Turkey on July 12, 2023;');
    // The imported statement is kept whole: its signatories and the organisations they signed for.
    expect(first.statement.signatories.length).toBeGreaterThanOrEqual(20);
    expect(first.organisations.some((name) => /AHRCA|Association for Human Rights in Central Asia/.test(name))).toBe(true);
  });

  it('finds a name in Latin and Cyrillic spellings, with the match marked in the snippet', async () => {
    const { library } = await tempLibrary();
    value(await importArchiveInto(await archiveFolder(), library));
    for (const query of ['Meimankuliev', 'Мейманкулыев', 'MEYMANKULYYEV', 'meymank']) {
      const hits = value(library.archiveSearch({ query }));
      // The sample names him in three statements, twice as "Meimankulyiev"; the Russian one declines him ("Мейманкулыева").
      expect(hits.map((hit) => hit.date), query).toEqual(['2024-07-03', '2023-12-20', '2023-06-25', '2023-06-01']);
      expect(hits[1]!.snippet.filter((part) => part.match).map((part) => part.text), query).toContain('MEYMANKULYYEV');
    }
    // Ordinary words by prefix, in both languages; every word must match.
    expect(value(library.archiveSearch({ query: 'депортац' }))).toHaveLength(1);
    expect(titles(value(library.archiveSearch({ query: 'Hudayramov torture' })))).toEqual(['Turkmenistan: prisoner Allamurat HUDAYRAMOV was subjected to extrajudicial execution']);
    expect(value(library.archiveSearch({ query: 'Hudayramov Мемориал' }))).toEqual([]);
  });

  it('filters by date range and by signing organisation in any spelling', async () => {
    const { library } = await tempLibrary();
    value(await importArchiveInto(await archiveFolder(), library));
    expect(value(library.archiveSearch({ from: '2023-09-01', to: '2023-12-15' })).map((hit) => hit.date)).toEqual(['2023-12-14', '2023-09-27']);
    expect(value(library.archiveSearch({ query: 'Meymankulyyev', from: '2023-06-10', to: '2023-12-31' })).map((hit) => hit.date)).toEqual(['2023-12-20', '2023-06-25']);
    expect(value(library.archiveSearch({ organisation: 'Мемориал' })).map((hit) => hit.date)).toEqual(['2024-07-03']);
    expect(value(library.archiveSearch({ organisation: 'Memorial' })).map((hit) => hit.date)).toEqual(['2024-07-03']);
    const ahrca = value(library.archiveSearch({ organisation: 'AHRCA' }));
    expect(ahrca.map((hit) => hit.date)).toContain('2023-12-20');
    expect(ahrca.every((hit) => hit.organisations.some((o) => /AHRCA/.test(o)))).toBe(true);
    failure(library.archiveSearch({ from: '2023-13-45' }));
  });

  it('lists mentions of a person in any of their spellings', async () => {
    const { library } = await tempLibrary();
    value(await importArchiveInto(await archiveFolder(), library));
    const mentions = value(library.archiveMentions({ names: ['Farhat Meimankuliev', 'Фархат Мейманкулыев'] }));
    expect(mentions.map((m) => m.date)).toEqual(['2024-07-03', '2023-12-20', '2023-06-25', '2023-06-01']);
    expect(mentions[3]!.snippet.filter((part) => part.match).map((part) => part.text)).toEqual(['Farhat', 'Meimankulyiev']);
    // Both words must be there: the family name alone in another statement is not this person.
    expect(value(library.archiveMentions({ names: ['Rustam Meymankulyyev'] }))).toEqual([]);
  });

  it('undoes an import as a whole: its statements leave the list, the search and the index', async () => {
    const { library } = await tempLibrary();
    const first = value(await importArchiveInto(SAMPLE, library)).batch!;
    const dir = await tempDir();
    await writeFile(join(dir, 'ru.txt'), RUSSIAN);
    const second = value(await importArchiveInto(join(dir, 'ru.txt'), library)).batch!;
    expect(value(library.archiveSearch({ query: 'Мейманкулыев' }))).toHaveLength(4);
    value(library.archiveUndoImport(first.id));
    expect(value(library.archiveImports())).toEqual([second]);
    expect(titles(value(library.archiveSearch({ query: 'Meymankulyyev' })))).toEqual(['Казахстан: депортация Фархата Мейманкулыева недопустима']);
    expect(value(library.archiveSearch({}))).toHaveLength(1);
    expect(failure(library.archiveUndoImport(first.id)).code).toBe('NOT_FOUND');
  });

  it('is all or nothing: a folder with one unreadable file stores nothing and says which file', async () => {
    const { library } = await tempLibrary();
    const folder = await archiveFolder();
    await writeFile(join(folder, 'broken.docx'), Buffer.from('PK\u0003\u0004 this is no Word document'));
    const report = value(await importArchiveInto(folder, library));
    expect(report.batch).toBeNull();
    expect(report.failures).toEqual([{ file: 'broken.docx', line: null, message: expect.stringMatching(/Word|docx|damaged/i) }]);
    expect(value(library.archiveSearch({}))).toEqual([]);
    expect(value(library.archiveImports())).toEqual([]);
  });

  it('is all or nothing inside the database too: a statement the store refuses rolls the whole batch back', async () => {
    const { library } = await tempLibrary();
    const result = await importArchiveInto(SAMPLE, {
      ...library,
      // The fifth statement cannot be written (a line number SQLite cannot take), after four were.
      archiveStageAdd: (id, chunk) => {
        const entries = (chunk instanceof Uint8Array ? decodeArchiveChunk(chunk) : chunk) as ArchiveEntryToStore[];
        return library.archiveStageAdd(id, entries.map((entry, i) => (i === 4 ? { ...entry, sourceLine: { line: 5 } as unknown as number } : entry)));
      },
    });
    expect(failure(result).message).toMatch(/Could not store the archive|went wrong/);
    expect(value(library.archiveSearch({}))).toEqual([]);
    expect(value(library.archiveImports())).toEqual([]);
  });

  it('names the archive task that failed in the language the window shows', async () => {
    const { library } = await tempLibrary({ locale: () => 'ru' });
    const stagingId = value(library.archiveStageBegin('archive.txt'));
    const entry: ArchiveEntryToStore = { date: '2024-07-03', title: 'T', language: 'ru', sourceFile: 'archive.txt', sourceLine: 1, fullText: 'T', organisations: [], statementJson: '{}' };
    const result = library.archiveStageAdd(stagingId, [{ ...entry, sourceLine: { line: 5 } as unknown as number }]);
    expect(failure(result).message).toMatch(/^(Не удалось|Что-то пошло не так \(не удалось) сохранить архив/);
  });

  it('survives reopening the file, at the newest schema version', async () => {
    const { library, path } = await tempLibrary();
    value(await importArchiveInto(SAMPLE, library));
    library.close();
    const reopened = track(value(openLibrary({ path, autoBackup: false })));
    expect(value(reopened.info()).schemaVersion).toBe(MIGRATIONS.length);
    expect(value(reopened.archiveSearch({ query: 'Hudayramov' }))).toHaveLength(1);
  });
});
