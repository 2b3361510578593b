import { describe, expect, it } from 'vitest';
import { datePhrase, endsWithAmericanDate } from '../../../core/cases/insert/date-phrases.ts';

describe('dates written at their precision', () => {
  it('writes English days in the British or the American order, months and years with "in"', () => {
    expect(datePhrase('2023-05-19', 'en')).toEqual({ bare: '19 May 2023', adverbial: 'on 19 May 2023' });
    expect(datePhrase('2023-05-19', 'en', 'month-day-year')).toEqual({ bare: 'May 19, 2023', adverbial: 'on May 19, 2023' });
    expect(datePhrase('2023-05', 'en', 'month-day-year')).toEqual({ bare: 'May 2023', adverbial: 'in May 2023' });
    expect(datePhrase('2021', 'en')).toEqual({ bare: '2021', adverbial: 'in 2021' });
    expect(datePhrase('2023-12-07', 'en').bare).toBe('7 December 2023');
  });

  it('writes a Russian day with the month in the genitive and no preposition', () => {
    expect(datePhrase('2023-05-19', 'ru')).toEqual({ bare: '19 мая 2023 г.', adverbial: '19 мая 2023 г.' });
    // The date style is English only: Russian keeps the day first.
    expect(datePhrase('2023-05-19', 'ru', 'month-day-year').bare).toBe('19 мая 2023 г.');
    const genitives = Array.from({ length: 12 }, (_, m) => datePhrase(`2023-${String(m + 1).padStart(2, '0')}-01`, 'ru').bare.split(' ')[1]);
    expect(genitives).toEqual(['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря']);
  });

  it('writes a Russian month with "в" and the prepositional case, and a year with "в ... г."', () => {
    expect(datePhrase('2023-05', 'ru')).toEqual({ bare: 'май 2023 г.', adverbial: 'в мае 2023 г.' });
    const prepositionals = Array.from({ length: 12 }, (_, m) => datePhrase(`2021-${String(m + 1).padStart(2, '0')}`, 'ru').adverbial.split(' ')[1]);
    expect(prepositionals).toEqual(['январе', 'феврале', 'марте', 'апреле', 'мае', 'июне', 'июле', 'августе', 'сентябре', 'октябре', 'ноябре', 'декабре']);
    expect(datePhrase('2021', 'ru')).toEqual({ bare: '2021 г.', adverbial: 'в 2021 г.' });
  });

  it('tells an American full date at the end of a phrase, which needs a closing comma mid-sentence', () => {
    expect(endsWithAmericanDate('extradited from Turkey on May 19, 2023')).toBe(true);
    expect(endsWithAmericanDate('extradited from Turkey on 19 May 2023')).toBe(false);
    expect(endsWithAmericanDate('deported in August 2023')).toBe(false);
  });
});
