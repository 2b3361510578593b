import { describe, expect, it } from 'vitest';
import { caseRecordSchema } from '../../../core/cases/person.ts';
import { checkLibraryFile } from '../../../core/library/parse-library-file.ts';
import { seedLibraryFile } from '../../../core/library/seed-from-samples.ts';
import { tempLibrary, value } from './helpers.ts';

describe('the demo library seeded from the 2023 samples', () => {
  it('is a valid exchange file whose records need no trimming or fixing', () => {
    const file = seedLibraryFile();
    expect(value(checkLibraryFile(file))).toEqual(file);
    for (const record of file.cases) expect(caseRecordSchema.parse(record)).toEqual(record);
  });

  it('holds the people the statements name, with their facts', async () => {
    const { library } = await tempLibrary();
    const outcome = value(library.importData(seedLibraryFile()));
    expect(outcome.status).toBe('imported');
    const returned = value(library.searchCases({ query: '', country: 'TR' })).map((h) => `${h.displayName} (${h.birthDate})`);
    expect(returned.sort()).toEqual(['Dovran IMAMOV (1991)', 'Farhat MEYMANKULYYEV (1992)', 'Maksat BAYMURADOV (1993)', 'Rovshen KLYCHEV (1980)', 'Serdar DURDULYEV (1989)']);
    const farhat = value(library.getCase('sample-farhat-meymankulyyev'));
    expect(farhat.events.find((e) => e.type === 'extradition')).toMatchObject({ date: '2023-05-19', country: 'TR' });
    const akhmedov = value(library.getCase('sample-mukhsinjon-akhmedov'));
    expect(akhmedov.charges.map((c) => c.article)).toEqual(['159', '244-1', '246']);
    expect(value(library.getCase('sample-ashyrbay-bekiev')).sentence?.years).toBe(23);
    expect(value(library.listOrganisations('AHRCA'))[0]).toMatchObject({ country: 'UZ', exileCountry: 'FR' });
  });

  it('changes nothing when imported twice', async () => {
    const { library } = await tempLibrary();
    value(library.importData(seedLibraryFile()));
    const again = value(library.importData(seedLibraryFile()));
    expect(again.status === 'imported' && again.unchanged.cases).toBe(seedLibraryFile().cases.length);
  });
});
