import { describe, expect, it } from 'vitest';
import { dateBounds, datePrecision, partialDateSchema } from '../../../core/cases/dates.ts';
import { footnoteDraftSchema } from '../../../core/cases/footnote.ts';
import { displayName, likelySamePerson, namePairs } from '../../../core/cases/names.ts';
import { organisationDraftSchema } from '../../../core/cases/organisation.ts';
import { caseDraftSchema, caseRecordSchema, sourceSchema } from '../../../core/cases/person.ts';
import { draft, event } from './helpers.ts';

describe('partial dates', () => {
  it('accept a year, a month or a day, and know their precision and span', () => {
    expect(['1992', '2023-08', '2023-05-19'].map((d) => partialDateSchema.safeParse(d).success)).toEqual([true, true, true]);
    expect(['1992', '2023-08', '2023-05-19'].map(datePrecision)).toEqual(['year', 'month', 'day']);
    expect(dateBounds('2023-08')).toEqual({ start: '2023-08-01', end: '2023-08-31' });
    expect(dateBounds('2024-02')).toEqual({ start: '2024-02-01', end: '2024-02-29' });
    expect(dateBounds('1992')).toEqual({ start: '1992-01-01', end: '1992-12-31' });
  });

  it.each(['92', '2023-13', '2023-02-30', '2023-5', '19 May 2023', '2023-05-19T00:00'])('refuse %s', (bad) => {
    expect(partialDateSchema.safeParse(bad).success).toBe(false);
  });
});

describe('case records', () => {
  it('trim names and need some name', () => {
    expect(caseDraftSchema.parse(draft({ givenName: '  Farhat ', familyName: 'Meymankulyyev ' })).givenName).toBe('Farhat');
    const nameless = caseDraftSchema.safeParse(draft({}));
    expect(nameless.success).toBe(false);
    expect(nameless.error!.issues[0]!.path).toEqual(['familyName']);
  });

  it('refuse event ids used twice within a case', () => {
    const twice = caseDraftSchema.safeParse(draft({ familyName: 'Imamov', events: [event({ id: 'a' }), event({ id: 'a' })] }));
    expect(twice.success).toBe(false);
    expect(twice.error!.issues[0]!.path).toEqual(['events', 1, 'id']);
  });

  it('take only http and https source addresses', () => {
    const source = (url: string) => sourceSchema.safeParse({ title: 'Report', url, date: null, reliability: 'credible' }).success;
    expect(source('https://www.iphronline.org/report.html')).toBe(true);
    expect(source('http://example.org/a')).toBe(true);
    for (const bad of ['javascript:alert(1)', 'mailto:a@b.org', 'file:///etc/passwd', 'ftp://example.org/x', 'www.example.org']) expect(source(bad)).toBe(false);
  });

  it('need an id and a timestamp once stored', () => {
    const ok = caseRecordSchema.safeParse({ ...draft({ familyName: 'Klychev' }), id: 'x1', updatedAt: '2024-01-01T00:00:00.000Z' });
    expect(ok.success).toBe(true);
    expect(caseRecordSchema.safeParse({ ...draft({ familyName: 'Klychev' }), id: 'has space', updatedAt: '2024-01-01T00:00:00.000Z' }).success).toBe(false);
  });

  it('write the family name in capitals when the case says so', () => {
    expect(displayName({ givenName: 'Farhat', familyName: 'Meymankulyyev', familyNameStyle: 'capitals' })).toBe('Farhat MEYMANKULYYEV');
    expect(displayName({ givenName: 'Rita', familyName: 'Karasartova', familyNameStyle: 'as-written' })).toBe('Rita Karasartova');
  });
});

describe('organisations and footnotes', () => {
  it('keep one name per language, with the Russian genitive', () => {
    const org = {
      fullName: 'Turkmen Initiative for Human Rights',
      abbreviation: 'TIHR',
      country: 'TM',
      exileCountry: 'AT',
      website: null,
      names: [{ language: 'ru', nominative: 'Туркменская инициатива по правам человека', genitive: 'Туркменской инициативы по правам человека', abbreviation: 'ТИПЧ' }],
      tags: [],
    };
    expect(organisationDraftSchema.safeParse(org).success).toBe(true);
    const twice = organisationDraftSchema.safeParse({ ...org, names: [...org.names, ...org.names] });
    expect(twice.error?.issues[0]?.path).toEqual(['names', 1, 'language']);
    expect(organisationDraftSchema.safeParse({ ...org, website: 'javascript:alert(1)' }).success).toBe(false);
  });

  it('store footnote bodies as runs with safe links only', () => {
    const body = [{ text: 'Convention against Torture', italic: true, link: 'https://www.ohchr.org/en/treaty-bodies/cat' }, { text: ', Article 3.' }];
    expect(footnoteDraftSchema.safeParse({ title: 'CAT art. 3', body, language: 'en', tags: [] }).success).toBe(true);
    expect(footnoteDraftSchema.safeParse({ title: 'x', body: [{ text: 'x', link: 'javascript:alert(1)' }], language: 'en', tags: [] }).success).toBe(false);
    expect(footnoteDraftSchema.safeParse({ title: 'x', body: [], language: 'en', tags: [] }).success).toBe(false);
  });
});

describe('likely the same person', () => {
  const farhat = draft({ givenName: 'Farhat', familyName: 'Meymankulyyev', birthDate: '1992', aliases: [{ name: 'Durdyiev', kind: 'alias', language: null }] });

  it('when given and family name agree in any spelling or script', () => {
    expect(likelySamePerson(farhat, draft({ givenName: 'Фархат', familyName: 'Мейманкулыев' }))).toBe(true);
    expect(likelySamePerson(farhat, draft({ givenName: 'Farhat', familyName: 'Meimankulyiev', birthDate: '1992-05' }))).toBe(true);
    expect(likelySamePerson(farhat, draft({ familyName: 'Durdyýew' }))).toBe(true);
  });

  it('not for a shared family name alone, nor for different birth years', () => {
    expect(likelySamePerson(farhat, draft({ givenName: 'Rustam', familyName: 'Meymankulyyev' }))).toBe(false);
    expect(likelySamePerson(farhat, draft({ givenName: 'Farhat', familyName: 'Meymankulyyev', birthDate: '1985' }))).toBe(false);
    expect(likelySamePerson(farhat, draft({ familyName: 'Meymankulyyev' }))).toBe(false);
  });

  it('through name pairs that are the same for every spelling', () => {
    expect(namePairs(draft({ givenName: 'Farhat', familyName: 'MEYMANKULYYEV' }))).toEqual(['farhat meimankulev']);
    expect(namePairs(draft({ givenName: 'Фархат', familyName: 'Мейманкулыев' }))).toEqual(['farhat meimankulev']);
  });
});
