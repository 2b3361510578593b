import { describe, expect, it } from 'vitest';
import { nameKey } from '../../../core/cases/name-key.ts';
import { seedLibraryFile } from '../../../core/library/seed-from-samples.ts';
import type { LibraryService } from '../../../electron/services/library/library-service.ts';
import { DIFFERENT_NAMES, SAME_NAME } from '../../fixtures/library/name-variants.ts';
import { draft, event, failure, tempLibrary, testClock, value } from './helpers.ts';

const ids = (library: LibraryService, request: Parameters<LibraryService['searchCases']>[0]) => value(library.searchCases(request)).map((hit) => hit.id);

async function seededLibrary() {
  const clock = testClock();
  const setup = await tempLibrary({ now: clock.now });
  value(setup.library.importData(seedLibraryFile()));
  return { ...setup, clock };
}

describe('searching names in any spelling or script', () => {
  it('finds every person of the variant list by every spelling, as a name match', async () => {
    const { library } = await tempLibrary();
    const idOf = new Map<string, string>();
    SAME_NAME.forEach((group, index) => {
      const outcome = value(library.createCase(draft({ givenName: `Person${index}`, familyName: group[0]! }), { allowDuplicate: true }));
      if (outcome.status === 'created') idOf.set(group[0]!, outcome.record.id);
    });
    for (const group of SAME_NAME) {
      for (const spelling of group) {
        const hits = value(library.searchCases({ query: spelling }));
        expect(hits[0]?.id, `"${spelling}" should find ${group[0]}`).toBe(idOf.get(group[0]!));
        expect(hits[0]!.match).toBe('name');
      }
    }
  });

  it('does not find clearly different names as name matches', async () => {
    const { library } = await tempLibrary();
    for (const [, other] of DIFFERENT_NAMES) value(library.createCase(draft({ givenName: 'X', familyName: other }), { allowDuplicate: true }));
    for (const [name, other] of DIFFERENT_NAMES) {
      const named = value(library.searchCases({ query: name })).filter((hit) => hit.match === 'name' && nameKey(hit.familyName) === nameKey(other));
      expect(named, `"${name}" must not be a spelling of "${other}"`).toEqual([]);
    }
  });

  it('finds the sample people by the spellings the statements used', async () => {
    const { library } = await seededLibrary();
    for (const query of ['Meimankulyiev', 'MEYMANKULYYEV', 'Meýmankulyýew', 'Мейманкулыев', 'Farhat Meimankulyiev', 'Durdyiev', 'фархат мейманкулыев']) {
      expect(ids(library, { query }), query).toEqual(['sample-farhat-meymankulyyev']);
    }
    for (const query of ['Kholiknazarov', 'Kholiqnazarov', 'Холикназаров', 'Манучехр Холиқназаров']) expect(ids(library, { query }), query).toEqual(['sample-manuchehr-kholiknazarov']);
    for (const query of ['Tazhimuratov', 'Tajimuratov', 'Тажимуратов', 'Даулетмурат']) expect(ids(library, { query }), query).toEqual(['sample-dauletmurat-tazhimuratov']);
    for (const query of ['Yorov', 'Ёров', 'Еров']) expect(ids(library, { query }), query).toEqual(['sample-buzurgmehr-yorov']);
    expect(ids(library, { query: 'HUDAYRAMOV' })).toEqual(['sample-allamurat-hudayramov']);
    expect(ids(library, { query: 'Худайрамов' })).toEqual(['sample-allamurat-hudayramov']);
  });

  it('finds a name while it is being typed', async () => {
    const { library } = await seededLibrary();
    for (const typed of ['Ta', 'Taz', 'Tazh', 'Tazhi', 'Taj', 'Таж']) expect(ids(library, { query: typed }), typed).toContain('sample-dauletmurat-tazhimuratov');
    expect(value(library.searchCases({ query: 'Холик' }))[0]).toMatchObject({ id: 'sample-manuchehr-kholiknazarov', match: 'name-prefix' });
    expect(ids(library, { query: 'Meym' })).toEqual(['sample-farhat-meymankulyyev']);
  });

  it('lists the people a query names before those whose story mentions the words', async () => {
    const { library, clock } = await seededLibrary();
    clock.advanceDays(1);
    const witness = value(library.createCase(draft({ givenName: 'Shirin', familyName: 'Sahatova', events: [event({ type: 'arrest', text: 'Arrested after speaking up for Dovran Imamov.' })] })));
    const hits = value(library.searchCases({ query: 'Imamov' }));
    expect(hits.map((hit) => [hit.id, hit.match])).toEqual([
      ['sample-dovran-imamov', 'name'],
      [witness.status === 'created' ? witness.record.id : '', 'text'],
    ]);
  });
});

describe('full-text search', () => {
  it('understands English words and their other forms', async () => {
    const { library } = await seededLibrary();
    const deported = ['sample-rovshen-klychev', 'sample-dovran-imamov', 'sample-maksat-baymuradov', 'sample-serdar-durdulyev', 'sample-bolot-temirov', 'sample-mukhsinjon-akhmedov'];
    for (const query of ['deported', 'deportation', 'Deport']) expect(ids(library, { query }).sort(), query).toEqual([...deported].sort());
    expect(ids(library, { query: 'extradition' }).sort()).toEqual(['sample-farhat-meymankulyyev', 'sample-rustam-seitkulyyev']);
    expect(ids(library, { query: 'Kokand' })).toEqual(['sample-mukhsinjon-akhmedov']);
    expect(ids(library, { query: 'Baluchi' })).toEqual(['sample-allamurat-hudayramov']);
    expect(ids(library, { query: 'consulate Istanbul' })).toEqual(['sample-farhat-meymankulyyev']);
    expect(ids(library, { query: 'blogger Karakalpakstan' })).toEqual(['sample-dauletmurat-tazhimuratov']);
  });

  it('understands Russian words, including for cases recorded in English', async () => {
    const { library } = await seededLibrary();
    value(library.createCase(draft({ givenName: 'Бахром', familyName: 'Исмоилов', events: [event({ type: 'detention', text: 'Сообщил адвокату о пытках в следственном изоляторе.' })] })));
    expect(ids(library, { query: 'депортирован' })).toContain('sample-bolot-temirov');
    expect(ids(library, { query: 'депортация' })).toContain('sample-serdar-durdulyev');
    expect(ids(library, { query: 'блогер' }).sort()).toEqual(['sample-dauletmurat-tazhimuratov', 'sample-farhat-meymankulyyev', 'sample-miraziz-bazarov', 'sample-otabek-sattoriy']);
    expect(ids(library, { query: 'правозащитница Кыргызстан' })).toEqual(['sample-rita-karasartova']);
    expect(ids(library, { query: 'Туркменистан блогер' })).toEqual(['sample-farhat-meymankulyyev']);
    const torture = ids(library, { query: 'пытки' });
    expect(torture).toHaveLength(1);
    expect(ids(library, { query: 'изолятор' })).toEqual(torture);
    expect(ids(library, { query: 'осуждён' })).toEqual(ids(library, { query: 'осужден' }));
    expect(ids(library, { query: 'осужден' })).toContain('sample-buzurgmehr-yorov');
  });

  it('finds charges by their article number and text', async () => {
    const { library } = await seededLibrary();
    expect(ids(library, { query: '159' }).sort()).toEqual(['sample-dauletmurat-tazhimuratov', 'sample-mukhsinjon-akhmedov']);
    expect(ids(library, { query: 'article 246' })).toEqual(['sample-mukhsinjon-akhmedov']);
    expect(ids(library, { query: 'статья 244' }).sort()).toEqual(['sample-dauletmurat-tazhimuratov', 'sample-mukhsinjon-akhmedov']);
    expect(ids(library, { query: 'smuggling' })).toEqual(['sample-mukhsinjon-akhmedov']);
  });

  it('treats search syntax in the query as plain words', async () => {
    const { library } = await seededLibrary();
    for (const query of ['"', '*', 'Imamov OR', 'NEAR(a b)', 'keys:imamov', '-', '^Imamov', 'Imamov"', "'", '(', 'AND', '{names}: x']) {
      expect(library.searchCases({ query }).ok, query).toBe(true);
    }
    expect(ids(library, { query: '"Imamov"*' })).toEqual(['sample-dovran-imamov']);
  });

  it('finds nothing for words that are nowhere', async () => {
    const { library } = await seededLibrary();
    expect(ids(library, { query: 'Zanzibar' })).toEqual([]);
    expect(ids(library, { query: 'Imamov Zanzibar' })).toEqual([]);
  });
});

describe('filters', () => {
  it('narrow by country, status, role and tag, alone or with words', async () => {
    const { library } = await seededLibrary();
    const fromTurkey = ['sample-rovshen-klychev', 'sample-dovran-imamov', 'sample-maksat-baymuradov', 'sample-serdar-durdulyev', 'sample-farhat-meymankulyyev'];
    expect(ids(library, { query: '', country: 'TR' }).sort()).toEqual([...fromTurkey].sort());
    expect(ids(library, { query: '', country: 'TR', status: 'deported' }).sort()).toEqual(fromTurkey.filter((id) => id !== 'sample-farhat-meymankulyyev').sort());
    expect(ids(library, { query: '', role: 'lawyer' }).sort()).toEqual(['sample-buzurgmehr-yorov', 'sample-dauletmurat-tazhimuratov', 'sample-manuchehr-kholiknazarov']);
    expect(ids(library, { query: '', role: 'lawyer', country: 'TJ' }).sort()).toEqual(['sample-buzurgmehr-yorov', 'sample-manuchehr-kholiknazarov']);
    expect(ids(library, { query: '', tag: 'karakalpakstan' })).toEqual(['sample-dauletmurat-tazhimuratov']);
    expect(ids(library, { query: '', tag: 'Kempir-Abad' })).toEqual(['sample-rita-karasartova']);
    expect(ids(library, { query: '', tag: 'kempir abad' })).toEqual(['sample-rita-karasartova']);
    expect(ids(library, { query: '', tag: '--' })).toEqual([]);
    expect(ids(library, { query: 'sentenced', country: 'UZ' }).sort()).toEqual(['sample-dauletmurat-tazhimuratov', 'sample-otabek-sattoriy']);
    expect(ids(library, { query: 'Meimankulyiev', status: 'released' })).toEqual([]);
  });

  it('narrow by the dates of events, counting an event known to the month or year if it may fall in the range', async () => {
    const { library } = await seededLibrary();
    const september = ids(library, { query: '', from: '2023-09', to: '2023-09' });
    expect(september).toEqual(expect.arrayContaining(['sample-maksat-baymuradov', 'sample-rustam-seitkulyyev', 'sample-zhanbolat-mamai']));
    expect(september).not.toContain('sample-rovshen-klychev');
    expect(september).not.toContain('sample-serdar-durdulyev');
    expect(ids(library, { query: '', from: '2023-08-15', to: '2023-08-20' })).toContain('sample-dovran-imamov');
    expect(ids(library, { query: 'deported', from: '2023-10-01' }).sort()).toEqual(['sample-mukhsinjon-akhmedov', 'sample-serdar-durdulyev']);
    expect(ids(library, { query: '', to: '2015-12-31' })).toEqual(['sample-mukhsinjon-akhmedov']);
    expect(ids(library, { query: '', from: '2021-01-01', to: '2021-12-31', country: 'TR' })).toEqual(['sample-farhat-meymankulyyev']);
    expect(ids(library, { query: '', from: '1900', to: '2100', status: 'detained' })).toEqual(['sample-rita-karasartova']);
  });

  it('list the library newest first without a query, up to the limit', async () => {
    const { library } = await seededLibrary();
    const all = value(library.searchCases({ query: '' }));
    expect(all).toHaveLength(seedLibraryFile().cases.length);
    expect(all[0]!.id).toBe(seedLibraryFile().cases.at(-1)!.id);
    expect(all.every((hit) => hit.match === 'filter')).toBe(true);
    expect(value(library.searchCases({ query: '', limit: 3 }))).toHaveLength(3);
    expect(value(library.searchCases({ query: 'deported', limit: 2 }))).toHaveLength(2);
  });

  it('show confidential cases flagged', async () => {
    const { library } = await seededLibrary();
    value(library.createCase(draft({ givenName: 'Sayora', familyName: 'Nazarova', confidential: true })));
    expect(value(library.searchCases({ query: 'Назарова' }))[0]).toMatchObject({ displayName: 'Sayora NAZAROVA', confidential: true });
  });

  it('refuse filters that are not valid', async () => {
    const { library } = await seededLibrary();
    expect(failure(library.searchCases({ query: '', country: 'Turkey' })).code).toBe('BAD_ARGUMENTS');
    expect(failure(library.searchCases({ query: '', from: '2023-13' })).message).toMatch(/at from/);
    expect(failure(library.searchCases({ query: '', limit: 0 })).code).toBe('BAD_ARGUMENTS');
  });
});
