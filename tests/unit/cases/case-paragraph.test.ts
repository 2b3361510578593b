import { describe, expect, it } from 'vitest';
import { caseTimeline } from '../../../core/cases/insert/timeline.ts';
import { edited, sample, written } from './fixtures.ts';

describe('a case as a paragraph with its timeline', () => {
  it('introduces the person, then tells each event at its date’s precision', () => {
    expect(written(sample('farhat-meymankulyyev'), 'paragraph', 'en')).toBe(
      'Farhat MEYMANKULYYEV (1992), a blogger from Turkmenistan, has been extradited. In August 2021, MEYMANKULYYEV was detained in Istanbul, Turkey. On 19 May 2023, MEYMANKULYYEV was extradited from Turkey.',
    );
    expect(written(sample('farhat-meymankulyyev'), 'paragraph', 'ru')).toBe(
      'Фархат МЕЙМАНКУЛЫЕВ (1992), блогер из Туркменистана, экстрадирован. В августе 2021 г. МЕЙМАНКУЛЫЕВ был задержан в Турции (Istanbul). 19 мая 2023 г. МЕЙМАНКУЛЫЕВ был экстрадирован из Турции.',
    );
  });

  it('tells events in date order whatever order they were recorded in, a year before its later months', () => {
    const akhmedov = sample('mukhsinjon-akhmedov');
    const shuffled = { ...akhmedov, events: [...akhmedov.events].reverse() };
    const text = written(shuffled, 'paragraph', 'en');
    expect(text).toBe(
      'Mukhsinjon Akhmedov, an asylum seeker from Uzbekistan, has been charged under Articles 159, 244-1 and 246 of the Criminal Code of the Republic of Uzbekistan. ' +
        'In 2015, Akhmedov was detained in Kokand, Uzbekistan. In 2016, Akhmedov fled to Saint Petersburg, Russia. In March 2023, a court ruled on the case. ' +
        'On 20 October 2023, Akhmedov was detained in France. On 15 November 2023, Akhmedov was deported from France. On 7 December 2023, a court ruled on the case in France.',
    );
    expect(written(shuffled, 'paragraph', 'ru')).toContain('В 2016 г. Akhmedov выехал в Россию (Saint Petersburg). В марте 2023 г. по делу вынесено судебное решение. 20 октября 2023 г. Akhmedov был задержан во Франции.');
  });

  it('puts a month after the days recorded within it, and undated events last', () => {
    // Summoned on 27 November, died in (late) November.
    expect(caseTimeline(sample('allamurat-hudayramov')).map((event) => event.type)).toEqual(['summons', 'death']);
    const record = edited('rita-karasartova', {
      events: [
        { id: 'a', type: 'torture', date: null, place: '', country: null, text: '' },
        { id: 'b', type: 'trial', date: '2023', place: '', country: 'KG', text: '' },
        { id: 'c', type: 'arrest', date: '2022-10', place: '', country: 'KG', text: '' },
        { id: 'd', type: 'release', date: '2023-06-01', place: '', country: 'KG', text: '' },
      ],
    });
    expect(caseTimeline(record).map((event) => event.id)).toEqual(['c', 'd', 'b', 'a']);
    expect(written(record, 'paragraph', 'ru')).toBe(
      'Rita Karasartova, правозащитница и активистка из Кыргызстана, находится под стражей. В октябре 2022 г. Karasartova была арестована в Кыргызстане. 1 июня 2023 г. Karasartova была освобождена в Кыргызстане. В 2023 г. Karasartova предстала перед судом в Кыргызстане. Karasartova подверглась пыткам.',
    );
  });

  it('tells a sentence recorded without an event, with its term, and the charges after the events', () => {
    expect(written(sample('dauletmurat-tazhimuratov'), 'paragraph', 'en')).toBe(
      'Dauletmurat Tazhimuratov, a lawyer, journalist and blogger from Uzbekistan, has been sentenced. In January 2023, Tazhimuratov was sentenced to 16 years in prison in Uzbekistan. In June 2023, Tazhimuratov appealed in Uzbekistan. Tazhimuratov has been charged under Articles 159 and 244 of the Criminal Code of the Republic of Uzbekistan.',
    );
    const noEvent = edited('buzurgmehr-yorov', { events: [] });
    expect(written(noEvent, 'paragraph', 'ru')).toBe('Бузургмехр Ёров, адвокат и правозащитник из Таджикистана, осуждён. Ёров был приговорён к 22 годам лишения свободы.');
  });

  it('writes Russian events without gender as dated noun phrases', () => {
    expect(written(sample('zhanbolat-mamai'), 'paragraph', 'ru')).toBe(
      'Жанболат Мамай, оппозиционный политик из Казахстана: вынесен приговор. В 2023 г. — приговор к 6 годам лишения свободы условно в Казахстане.',
    );
    const extradited = edited('zhanbolat-mamai', { status: 'extradited', sentence: null, events: [{ id: 'e', type: 'extradition', date: '2023-05-19', place: '', country: 'TR', text: '' }] });
    expect(written(extradited, 'paragraph', 'ru')).toBe('Жанболат Мамай, оппозиционный политик из Казахстана: экстрадиция. 19 мая 2023 г. — экстрадиция из Турции.');
  });

  it('adds the events’ own texts only when asked, and tells "other" events by their text', () => {
    const plain = written(sample('mukhsinjon-akhmedov'), 'paragraph', 'en');
    expect(plain).not.toContain('Estonia');
    const detailed = written(sample('mukhsinjon-akhmedov'), 'paragraph', 'en', { eventDetails: true });
    expect(detailed).toContain('In 2016, Akhmedov fled to Saint Petersburg, Russia. Left Uzbekistan for Russia; declared internationally wanted. 2019: Moved to France after 18 months');
    expect(detailed).toContain('On 7 December 2023, a court ruled on the case in France. The Conseil d’État found the deportation manifestly illegal and ordered steps for his return.');
  });

  it('says "abroad" for a flight with no place, and uses the date style asked for', () => {
    const fled = edited('farhat-meymankulyyev', { status: 'in-exile', events: [{ id: 'f', type: 'flight', date: '2019-03-02', place: '', country: null, text: '' }] });
    expect(written(fled, 'paragraph', 'en', { dateStyle: 'month-day-year' })).toBe(
      'Farhat MEYMANKULYYEV (1992), a blogger from Turkmenistan, lives in exile. On March 2, 2019, MEYMANKULYYEV fled abroad.',
    );
    expect(written(fled, 'paragraph', 'ru')).toBe('Фархат МЕЙМАНКУЛЫЕВ (1992), блогер из Туркменистана, находится в эмиграции. 2 марта 2019 г. МЕЙМАНКУЛЫЕВ выехал за границу.');
  });
});
