import { describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../../core/cases/person.ts';
import type { ImportOutcome } from '../../../core/library/api.ts';
import { parseLibraryFile } from '../../../core/library/parse-library-file.ts';
import { seedLibraryFile } from '../../../core/library/seed-from-samples.ts';
import type { LibraryService } from '../../../electron/services/library/library-service.ts';
import { draft, event, failure, tempLibrary, value } from './helpers.ts';

function imported(outcome: ImportOutcome): Extract<ImportOutcome, { status: 'imported' }> {
  expect(outcome.status).toBe('imported');
  return outcome as Extract<ImportOutcome, { status: 'imported' }>;
}

/** The library's whole content, for comparing two libraries. */
function snapshot(library: LibraryService) {
  const { text } = value(library.exportLibrary({ includeConfidential: true }));
  const file = value(parseLibraryFile(text));
  return { cases: file.cases, organisations: file.organisations, footnotes: file.footnotes };
}

async function seeded() {
  const setup = await tempLibrary({ now: () => new Date('2024-04-01T09:00:00.000Z') });
  value(setup.library.importData(seedLibraryFile()));
  return setup;
}

describe('export and import', () => {
  it('round-trip the whole library through the exchange file', async () => {
    const { library } = await seeded();
    value(library.createCase(draft({ givenName: 'Sayora', familyName: 'Nazarova', confidential: true, events: [event({ type: 'arrest', date: '2024-02', country: 'UZ', text: 'Задержана.' })] })));
    const exported = value(library.exportLibrary({ includeConfidential: true }));
    expect(exported.counts).toEqual({ cases: seedLibraryFile().cases.length + 1, organisations: seedLibraryFile().organisations.length, footnotes: 2, signers: 0 });
    expect(exported.text).toMatch(/^\{\n "format": "statement-studio\/library",\n "version": 1,\n "exportedAt": "2024-04-01T09:00:00.000Z",/);

    const { library: other } = await tempLibrary();
    const outcome = imported(value(other.importLibrary(exported.text)));
    expect(outcome.added).toEqual(exported.counts);
    expect(snapshot(other)).toEqual(snapshot(library));
    expect(value(other.searchCases({ query: 'Назарова' }))[0]!.confidential).toBe(true);
    // Importing the same file again changes nothing.
    const again = imported(value(other.importLibrary(exported.text)));
    expect(again.unchanged).toEqual(exported.counts);
    expect(again.added).toEqual({ cases: 0, organisations: 0, footnotes: 0, signers: 0 });
  });

  it('leave confidential cases out unless asked, and export a selection', async () => {
    const { library } = await seeded();
    value(library.updateCase('sample-rita-karasartova', { ...value(library.getCase('sample-rita-karasartova')), confidential: true }));
    const shared = value(library.exportLibrary());
    expect(shared.confidentialLeftOut).toBe(1);
    expect(value(parseLibraryFile(shared.text)).cases.map((c) => c.id)).not.toContain('sample-rita-karasartova');

    const selection = value(library.exportLibrary({ caseIds: ['sample-bolot-temirov', 'sample-otabek-sattoriy', 'no-such-case'], footnoteIds: ['sample-fn-uz-cc-159'] }));
    const file = value(parseLibraryFile(selection.text));
    expect(file.cases.map((c) => c.id)).toEqual(['sample-bolot-temirov', 'sample-otabek-sattoriy']);
    expect(file.organisations).toEqual([]);
    expect(file.footnotes.map((f) => f.id)).toEqual(['sample-fn-uz-cc-159']);
    expect(failure(library.exportLibrary({ caseIds: ['bad id!'] })).code).toBe('BAD_ARGUMENTS');
  });

  it('list conflicts and write nothing until each one is decided, then apply the decisions', async () => {
    const { library } = await seeded();
    const colleague = seedLibraryFile();
    const theirs = (id: string) => colleague.cases.find((c) => c.id === id)!;
    Object.assign(theirs('sample-farhat-meymankulyyev'), { status: 'sentenced', updatedAt: '2024-05-01T00:00:00.000Z' });
    Object.assign(theirs('sample-bolot-temirov'), { tags: ['journalists'], updatedAt: '2024-05-02T00:00:00.000Z' });
    colleague.organisations[0] = { ...colleague.organisations[0]!, website: 'https://example.org/ahrca', updatedAt: '2024-05-03T00:00:00.000Z' };
    colleague.cases.push({ ...theirs('sample-rita-karasartova'), id: 'colleague-new-case', givenName: 'Aigul', familyName: 'Imamova' });
    const text = JSON.stringify(colleague);

    const first = value(library.importLibrary(text));
    expect(first.status).toBe('conflicts');
    if (first.status !== 'conflicts') return;
    expect(first.conflicts.map((c) => [c.kind, c.id, c.fields])).toEqual([
      ['cases', 'sample-farhat-meymankulyyev', ['status']],
      ['cases', 'sample-bolot-temirov', ['tags']],
      ['organisations', 'sample-org-ahrca', ['website']],
    ]);
    expect(first.conflicts[0]).toMatchObject({ localName: 'Farhat MEYMANKULYYEV', importedName: 'Farhat MEYMANKULYYEV', localUpdatedAt: '2024-01-15T09:00:00.000Z', importedUpdatedAt: '2024-05-01T00:00:00.000Z' });
    expect(first.added.cases).toBe(1);
    // Nothing was written, not even the new case.
    expect(value(library.searchCases({ query: 'Aigul Imamova' }))).toEqual([]);
    expect(value(library.getCase('sample-farhat-meymankulyyev')).status).toBe('extradited');

    // Deciding only some of them still writes nothing.
    const partial = value(library.importLibrary(text, [{ kind: 'cases', id: 'sample-farhat-meymankulyyev', choice: 'use-imported' }]));
    expect(partial.status === 'conflicts' && partial.conflicts.map((c) => c.id)).toEqual(['sample-bolot-temirov', 'sample-org-ahrca']);
    expect(value(library.getCase('sample-farhat-meymankulyyev')).status).toBe('extradited');

    const done = imported(
      value(
        library.importLibrary(text, [
          { kind: 'cases', id: 'sample-farhat-meymankulyyev', choice: 'use-imported' },
          { kind: 'cases', id: 'sample-bolot-temirov', choice: 'keep-local' },
          { kind: 'organisations', id: 'sample-org-ahrca', choice: 'use-imported' },
        ]),
      ),
    );
    expect(done).toMatchObject({ added: { cases: 1 }, replaced: { cases: 1, organisations: 1 }, kept: { cases: 1 } });
    expect(value(library.getCase('sample-farhat-meymankulyyev'))).toMatchObject({ status: 'sentenced', updatedAt: '2024-05-01T00:00:00.000Z' });
    expect(value(library.searchCases({ query: '', status: 'sentenced', country: 'TR' })).map((h) => h.id)).toEqual(['sample-farhat-meymankulyyev']);
    expect(value(library.getCase('sample-bolot-temirov')).tags).toEqual(['corruption investigations']);
    expect(value(library.getOrganisation('sample-org-ahrca')).website).toBe('https://example.org/ahrca');
    expect(value(library.searchCases({ query: 'Aigul Imamova' })).map((h) => h.id)).toEqual(['colleague-new-case']);
  });

  it('report new cases that look like people already in the library', async () => {
    const { library } = await seeded();
    const file = seedLibraryFile();
    const copy: CaseRecord = { ...file.cases.find((c) => c.id === 'sample-manuchehr-kholiknazarov')!, id: 'colleague-kholiqnazarov', givenName: 'Manuchehr', familyName: 'Kholiqnazarov', aliases: [] };
    const outcome = imported(value(library.importData({ ...file, cases: [copy], organisations: [], footnotes: [] })));
    expect(outcome.possibleDuplicates).toEqual([{ importedId: 'colleague-kholiqnazarov', importedName: 'Manuchehr Kholiqnazarov', existingId: 'sample-manuchehr-kholiknazarov', existingName: 'Manuchehr Kholiknazarov' }]);
  });

  it.each([
    ['a JSON syntax error', (text: string) => text.replace('"cases": [', '"cases": [,'), 'NOT_JSON', /^The file is not valid JSON: unexpected ',' at line 5, column 12\.$/],
    ['a bad date deep inside', (text: string) => text.replace('"2023-07-12"', '"12.07.2023"'), 'WRONG_FORMAT', /^The file is damaged at cases\[3\]\.events\[0\]\.date: /],
    ['a javascript: link', (text: string) => text.replace('"https://www.iphronline.org/tajikistan', '"javascript:alert(1)//'), 'WRONG_FORMAT', /^The file is damaged at cases\[9\]\.sources\[0\]\.url: /],
    ['another format', (text: string) => text.replace('statement-studio/library', 'something-else'), 'WRONG_FORMAT', /its format is "something-else"/],
  ])('refuse a file with %s, and import nothing at all', async (_what, spoil, code, message) => {
    const { library } = await tempLibrary();
    const text = spoil(JSON.stringify(seedLibraryFile(), null, 1));
    const error = failure(library.importLibrary(text));
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
    expect(value(library.info()).counts).toEqual({ cases: 0, organisations: 0, footnotes: 0, signers: 0 });
  });

  it('refuse decisions that are not valid, and import nothing', async () => {
    const { library } = await tempLibrary();
    const error = failure(library.importLibrary(JSON.stringify(seedLibraryFile()), [{ kind: 'cases', id: 'x', choice: 'maybe' } as never]));
    expect(error.code).toBe('BAD_ARGUMENTS');
    expect(error.message).toMatch(/\[0\]\.choice/);
    expect(value(library.info()).counts.cases).toBe(0);
  });

  it('roll everything back when writing fails halfway', async () => {
    const { library, path } = await tempLibrary();
    const file = seedLibraryFile();
    // A trigger stands in for a disk that fails on the 5th case, after the first four are written.
    const { DatabaseSync } = await import('node:sqlite');
    const db = new DatabaseSync(path);
    db.exec(`CREATE TRIGGER fail_fifth BEFORE INSERT ON cases WHEN NEW.id = '${file.cases[4]!.id}' BEGIN SELECT RAISE(ABORT, 'simulated disk failure'); END`);
    db.close();
    const error = failure(library.importData(file));
    expect(error.message).toMatch(/simulated disk failure/);
    expect(value(library.info()).counts).toEqual({ cases: 0, organisations: 0, footnotes: 0, signers: 0 });
    expect(value(library.searchCases({ query: file.cases[0]!.familyName }))).toEqual([]);
  });
});
