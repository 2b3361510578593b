import { describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../../core/cases/person.ts';
import { seedLibraryFile } from '../../../core/library/seed-from-samples.ts';
import { draft, event, failure, tempLibrary, testClock, value } from './helpers.ts';

const created = (outcome: { status: string; record?: CaseRecord }): CaseRecord => {
  expect(outcome.status).toBe('created');
  return outcome.record!;
};

describe('cases', () => {
  it('are created with an id and a timestamp, read back, updated and deleted', async () => {
    const clock = testClock('2024-03-01T10:00:00.000Z');
    const { library } = await tempLibrary({ now: clock.now, newId: () => 'case-1' });
    const record = created(
      value(
        library.createCase(
          draft({
            givenName: 'Rovshen',
            familyName: 'Klychev',
            birthDate: '1980',
            nationality: 'TM',
            status: 'deported',
            events: [event({ type: 'deportation', date: '2023-07-12', country: 'TR', text: 'Deported from Turkey.' })],
          }),
        ),
      ),
    );
    expect(record).toMatchObject({ id: 'case-1', updatedAt: '2024-03-01T10:00:00.000Z', familyName: 'Klychev' });
    expect(value(library.getCase('case-1'))).toEqual(record);

    clock.set('2024-03-02T09:00:00.000Z');
    const updated = value(library.updateCase('case-1', { ...record, status: 'disappeared' }, { expectedUpdatedAt: record.updatedAt }));
    expect(updated).toMatchObject({ id: 'case-1', status: 'disappeared', updatedAt: '2024-03-02T09:00:00.000Z' });
    expect(value(library.searchCases({ query: '', status: 'disappeared' })).map((h) => h.id)).toEqual(['case-1']);
    expect(value(library.searchCases({ query: '', status: 'deported' }))).toEqual([]);

    value(library.deleteCase('case-1'));
    expect(failure(library.getCase('case-1')).code).toBe('NOT_FOUND');
    expect(value(library.searchCases({ query: 'Klychev' }))).toEqual([]);
    expect(failure(library.deleteCase('case-1')).code).toBe('NOT_FOUND');
  });

  it('refuse to overwrite a change made elsewhere since the editor opened the case', async () => {
    const { library } = await tempLibrary();
    const record = created(value(library.createCase(draft({ givenName: 'Dovran', familyName: 'Imamov' }))));
    value(library.updateCase(record.id, { ...record, birthDate: '1991' }));
    const stale = failure(library.updateCase(record.id, { ...record, ethnicity: 'Turkmen' }, { expectedUpdatedAt: record.updatedAt }));
    expect(stale.code).toBe('CHANGED_ON_DISK');
    expect(value(library.getCase(record.id)).birthDate).toBe('1991');
  });

  it('keep updatedAt increasing even when the clock does not move', async () => {
    const { library } = await tempLibrary({ now: () => new Date('2024-03-01T10:00:00.000Z') });
    const record = created(value(library.createCase(draft({ familyName: 'Temirov' }))));
    const updated = value(library.updateCase(record.id, record));
    expect(updated.updatedAt > record.updatedAt).toBe(true);
  });

  it('say which field is wrong, and store nothing', async () => {
    const { library } = await tempLibrary();
    const bad = failure(library.createCase(draft({ familyName: 'Akhmedov', events: [event({ date: '15.11.2023' })] })));
    expect(bad.code).toBe('BAD_ARGUMENTS');
    expect(bad.message).toMatch(/^The case is not valid at events\[0\]\.date: /);
    expect(failure(library.createCase({ ...draft({ familyName: 'X' }), status: 'gone' } as never)).message).toMatch(/at status/);
    expect(value(library.info()).counts.cases).toBe(0);
  });

  it('warn of a likely duplicate in another spelling, and create it only when asked', async () => {
    const { library } = await tempLibrary();
    value(library.importData(seedLibraryFile()));
    const again = draft({ givenName: 'Фархат', familyName: 'Мейманкулыев', birthDate: '1992' });
    const outcome = value(library.createCase(again));
    expect(outcome.status).toBe('likely-duplicate');
    expect(outcome.status === 'likely-duplicate' && outcome.duplicates.map((d) => d.id)).toEqual(['sample-farhat-meymankulyyev']);
    expect(value(library.info()).counts.cases).toBe(seedLibraryFile().cases.length);

    expect(value(library.findDuplicates(draft({ givenName: 'Manuchehr', familyName: 'Kholiqnazarov' }))).map((d) => d.id)).toEqual(['sample-manuchehr-kholiknazarov']);
    expect(value(library.findDuplicates(draft({ familyName: 'Durdyýew' }))).map((d) => d.id)).toEqual(['sample-farhat-meymankulyyev']);
    // The same names, another person: a different birth year, or a shared family name only.
    expect(value(library.findDuplicates(draft({ givenName: 'Farhat', familyName: 'Meymankulyyev', birthDate: '1970' })))).toEqual([]);
    expect(value(library.findDuplicates(draft({ givenName: 'Maral', familyName: 'Imamova' })))).toEqual([]);
    expect(value(library.findDuplicates(draft({ givenName: 'Rovshen', familyName: 'Imamov' })))).toEqual([]);
    // The case being edited is not its own duplicate.
    const farhat = value(library.getCase('sample-farhat-meymankulyyev'));
    expect(value(library.findDuplicates(farhat, farhat.id))).toEqual([]);

    const forced = value(library.createCase(again, { allowDuplicate: true }));
    expect(forced.status).toBe('created');
    expect(value(library.searchCases({ query: 'Meimankulyiev' })).length).toBe(2);
  });

  it('list the recently used ones, most recent first', async () => {
    const clock = testClock('2024-03-01T10:00:00.000Z');
    const { library } = await tempLibrary({ now: clock.now });
    value(library.importData(seedLibraryFile()));
    expect(value(library.recentCases())).toEqual([]);
    for (const id of ['sample-bolot-temirov', 'sample-rita-karasartova', 'sample-bolot-temirov', 'sample-otabek-sattoriy']) {
      clock.advanceDays(1);
      value(library.markUsed(id));
    }
    expect(value(library.recentCases(2)).map((c) => c.id)).toEqual(['sample-otabek-sattoriy', 'sample-bolot-temirov']);
    expect(value(library.recentCases()).map((c) => c.id)).toEqual(['sample-otabek-sattoriy', 'sample-bolot-temirov', 'sample-rita-karasartova']);
    expect(failure(library.markUsed('nobody')).code).toBe('NOT_FOUND');
    expect(failure(library.recentCases(0)).code).toBe('BAD_ARGUMENTS');
  });
});

describe('organisations and footnotes', () => {
  it('are created, listed with a filter in any language, updated and deleted', async () => {
    const { library } = await tempLibrary();
    value(library.importData(seedLibraryFile()));
    expect(value(library.listOrganisations()).length).toBe(seedLibraryFile().organisations.length);
    expect(value(library.listOrganisations('AHRCA')).map((o) => o.id)).toEqual(['sample-org-ahrca']);
    expect(value(library.listOrganisations('Туркменской инициативы')).map((o) => o.id)).toEqual(['sample-org-tihr']);
    expect(value(library.listOrganisations('helsinki')).map((o) => o.id).sort()).toEqual(['sample-org-hfhr', 'sample-org-nhc']);

    const org = value(library.createOrganisation({ fullName: 'Legal Prosperity', abbreviation: '', country: 'KG', exileCountry: null, website: 'https://example.org/', names: [], tags: [] }));
    const renamed = value(library.updateOrganisation(org.id, { ...org, fullName: 'Legal Prosperity Foundation (Bishkek)' }, { expectedUpdatedAt: org.updatedAt }));
    expect(renamed.fullName).toBe('Legal Prosperity Foundation (Bishkek)');
    expect(failure(library.updateOrganisation(org.id, org, { expectedUpdatedAt: org.updatedAt })).code).toBe('CHANGED_ON_DISK');
    expect(failure(library.createOrganisation({ ...org, website: 'ftp://example.org' })).code).toBe('BAD_ARGUMENTS');
    value(library.deleteOrganisation(org.id));
    expect(failure(library.getOrganisation(org.id)).code).toBe('NOT_FOUND');

    const note = value(library.createFootnote({ title: 'Art. 307 CC of Tajikistan', body: [{ text: 'Public calls to extremist activity.' }], language: 'en', tags: ['Tajikistan'] }));
    expect(value(library.listFootnotes('extremist')).map((f) => f.id)).toEqual([note.id]);
    expect(value(library.updateFootnote(note.id, { ...note, language: 'ru' })).language).toBe('ru');
    value(library.deleteFootnote(note.id));
    expect(value(library.listFootnotes()).map((f) => f.id)).toEqual(['sample-fn-uz-cc-159', 'sample-fn-uncat-art3']);
  });
});

describe('a closed library', () => {
  it('answers every call with a failure instead of throwing', async () => {
    const { library } = await tempLibrary();
    value(library.close());
    expect(failure(library.searchCases({ query: 'x' })).message).toBe('The library is closed.');
    expect(failure(library.createCase(draft({ familyName: 'X' }))).code).toBe('IO_ERROR');
    expect(value(library.close())).toBeNull();
  });
});
