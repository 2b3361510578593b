import { describe, expect, it } from 'vitest';
import { formatCase } from '../../../core/cases/insert/format-case.ts';
import { edited, request, runsOf, sample, written } from './fixtures.ts';

const RETURNEES = ['farhat-meymankulyyev', 'rovshen-klychev', 'dovran-imamov', 'maksat-baymuradov', 'rustam-seitkulyyev', 'serdar-durdulyev'];

describe('a case as a line of a list', () => {
  it('writes the people returned to Turkmenistan in 2023 as the statement of 20 December listed them', () => {
    const lines = RETURNEES.map((name) => written(sample(name), 'list-line', 'en', { dateStyle: 'month-day-year' }));
    expect(lines).toEqual([
      'Farhat MEYMANKULYYEV (1992), extradited from Turkey on May 19, 2023',
      'Rovshen KLYCHEV (1980), deported from Turkey on July 12, 2023',
      // The library knows only the month of this deportation.
      'Dovran IMAMOV (1991), deported from Turkey in August 2023',
      'Maksat BAYMURADOV (1993), deported from Turkey on September 11, 2023',
      'Rustam SEITKULYYEV (1977), extradited from Russia on September 17, 2023',
      'Serdar DURDULYEV (1989), deported from Turkey on October 17, 2023',
    ]);
  });

  it('writes the day first in the default English style', () => {
    expect(written(sample('farhat-meymankulyyev'), 'list-line', 'en')).toBe('Farhat MEYMANKULYYEV (1992), extradited from Turkey on 19 May 2023');
  });

  it('writes Russian lines with the Russian name, genitive month and agreeing participle', () => {
    expect(written(sample('farhat-meymankulyyev'), 'list-line', 'ru')).toBe('Фархат МЕЙМАНКУЛЫЕВ (1992), экстрадирован из Турции 19 мая 2023 г.');
    expect(written(sample('rustam-seitkulyyev'), 'list-line', 'ru')).toBe('Рустам СЕЙТКУЛЫЕВ (1977), экстрадирован из России 17 сентября 2023 г.');
    expect(written(sample('dovran-imamov'), 'list-line', 'ru')).toBe('Dovran IMAMOV (1991), депортирован из Турции в августе 2023 г.');
    expect(written(sample('rita-karasartova'), 'list-line', 'ru')).toBe('Rita Karasartova, арестована в Кыргызстане в октябре 2022 г.');
  });

  it('uses a noun instead of a participle in Russian when the name shows no gender', () => {
    expect(written(sample('zhanbolat-mamai'), 'list-line', 'ru')).toBe('Жанболат Мамай, приговор к 6 годам лишения свободы условно в Казахстане в 2023 г.');
    const woman = { ...sample('zhanbolat-mamai'), givenName: 'Aigul', familyName: 'Mamai', aliases: [] };
    expect(written({ ...woman, status: 'extradited', sentence: null, events: [{ id: 'e1', type: 'extradition', date: '2023-05-19', place: '', country: 'TR', text: '' }] }, 'list-line', 'ru')).toBe(
      'Aigul Mamai, экстрадиция из Турции 19 мая 2023 г.',
    );
  });

  it('shows the age at the statement date when asked, honest about a birth year alone', () => {
    const farhat = sample('farhat-meymankulyyev');
    expect(written(farhat, 'list-line', 'en', { showAge: true, statementDate: '2023-12-20' })).toBe('Farhat MEYMANKULYYEV (30 or 31), extradited from Turkey on 19 May 2023');
    expect(written({ ...farhat, birthDate: '1992-03-04' }, 'list-line', 'en', { showAge: true, statementDate: '2023-12-20' })).toMatch(/^Farhat MEYMANKULYYEV \(31\),/);
    expect(written({ ...farhat, birthDate: '1992-12-21' }, 'list-line', 'ru', { showAge: true, statementDate: '2023-12-20' })).toMatch(/^Фархат МЕЙМАНКУЛЫЕВ \(30 лет\),/);
    // Without a statement date there is nothing to count to: the birth year stays.
    expect(written(farhat, 'list-line', 'en', { showAge: true })).toMatch(/\(1992\)/);
  });

  it('closes a place with its country by a comma before the date', () => {
    expect(written(sample('allamurat-hudayramov'), 'list-line', 'en')).toBe('Allamurat HUDAYRAMOV, died in custody in Mary, Turkmenistan, in November 2023');
    expect(written(sample('allamurat-hudayramov'), 'list-line', 'ru')).toBe('Allamurat HUDAYRAMOV, умер под стражей в Туркменистане (Mary) в ноябре 2023 г.');
  });

  it('names the term of a sentenced person, and says the status alone when no event tells it', () => {
    expect(written(sample('ashyrbay-bekiev'), 'list-line', 'en')).toBe('Ashyrbay BEKIEV, sentenced to 23 years in prison in Turkmenistan');
    expect(written(sample('ashyrbay-bekiev'), 'list-line', 'ru')).toBe('Ashyrbay BEKIEV, приговорён к 23 годам лишения свободы в Туркменистане');
    expect(written(sample('miraziz-bazarov'), 'list-line', 'en')).toBe('Miraziz Bazarov, at risk');
    expect(written(sample('miraziz-bazarov'), 'list-line', 'ru')).toBe('Miraziz Bazarov, под угрозой');
    expect(written(edited('farhat-meymankulyyev', { status: 'unknown' }), 'list-line', 'ru')).toBe('Фархат МЕЙМАНКУЛЫЕВ (1992), судьба неизвестна');
  });

  it('picks the latest event that explains the status', () => {
    const farhat = edited('farhat-meymankulyyev', { status: 'detained' });
    // The detention of 2021, not the later extradition.
    expect(written(farhat, 'list-line', 'en')).toBe('Farhat MEYMANKULYYEV (1992), detained in Istanbul, Turkey, in August 2021');
    const again = { ...farhat, events: [...farhat.events, { id: 'x', type: 'detention' as const, date: '2023-05-20', place: 'Ashgabat', country: 'TM', text: '' }] };
    expect(written(again, 'list-line', 'en')).toBe('Farhat MEYMANKULYYEV (1992), detained in Ashgabat, Turkmenistan, on 20 May 2023');
  });

  it('lists the charges of a charged person, with each article text as a footnote when asked', () => {
    const akhmedov = sample('mukhsinjon-akhmedov');
    expect(written(akhmedov, 'list-line', 'en')).toBe('Mukhsinjon Akhmedov, charged under Articles 159, 244-1 and 246 of the Criminal Code of the Republic of Uzbekistan');
    const runs = runsOf(formatCase(akhmedov, request('list-line', 'en', { chargeFootnotes: true })));
    expect(runs.map((run) => [run.text, run.footnote?.body[0]?.text.slice(0, 11) ?? null])).toEqual([
      ['Mukhsinjon Akhmedov, charged under Articles 159', 'Article 159'],
      [', 244-1', 'Article 244'],
      [' and 246', 'Article 246'],
      [' of the Criminal Code of the Republic of Uzbekistan', null],
    ]);
  });

  it('bolds the name when asked and flags a confidential case', () => {
    const text = formatCase(edited('rovshen-klychev', { confidential: true }), request('list-line', 'en', { boldName: true }));
    expect(text.confidential).toBe(true);
    expect(runsOf(text)).toEqual([{ text: 'Rovshen KLYCHEV', bold: true }, { text: ' (1980), deported from Turkey on 12 July 2023' }]);
    expect(formatCase(sample('rovshen-klychev'), request('list-line', 'en')).confidential).toBe(false);
  });
});
