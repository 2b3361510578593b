import { datePrecision, type PartialDate } from '../dates.ts';
import type { DateStyle, InsertLanguage } from './insert-request.ts';

/**
 * A partial date written at its precision, in two forms: `bare` ("19 May 2023", "August
 * 2021", "2021") and `adverbial`, as it stands in a sentence ("on 19 May 2023", "in August
 * 2021", "in 2021"). Russian writes the day with the month in the genitive and no preposition
 * ("19 мая 2023 г."), a month with "в" and the prepositional case ("в мае 2023 г."), a year
 * with "в" ("в 2021 г."). Month names are tables, not Intl, so the text does not depend on the
 * ICU data of whichever runtime formats it.
 */
export type DatePhrase = { bare: string; adverbial: string };

const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const RU_MONTHS_NOMINATIVE = ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'];
const RU_MONTHS_GENITIVE = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];
const RU_MONTHS_PREPOSITIONAL = ['январе', 'феврале', 'марте', 'апреле', 'мае', 'июне', 'июле', 'августе', 'сентябре', 'октябре', 'ноябре', 'декабре'];

function parts(date: PartialDate): { year: string; month: number; day: number } {
  const [year = '', month = '0', day = '0'] = date.split('-');
  return { year, month: Number(month) - 1, day: Number(day) };
}

export function datePhrase(date: PartialDate, language: InsertLanguage, style: DateStyle = 'day-month-year'): DatePhrase {
  const { year, month, day } = parts(date);
  const precision = datePrecision(date);
  if (language === 'ru') {
    if (precision === 'day') {
      const text = `${day} ${RU_MONTHS_GENITIVE[month]} ${year} г.`;
      return { bare: text, adverbial: text };
    }
    if (precision === 'month') return { bare: `${RU_MONTHS_NOMINATIVE[month]} ${year} г.`, adverbial: `в ${RU_MONTHS_PREPOSITIONAL[month]} ${year} г.` };
    return { bare: `${year} г.`, adverbial: `в ${year} г.` };
  }
  if (precision === 'day') {
    const text = style === 'month-day-year' ? `${EN_MONTHS[month]} ${day}, ${year}` : `${day} ${EN_MONTHS[month]} ${year}`;
    return { bare: text, adverbial: `on ${text}` };
  }
  const text = precision === 'month' ? `${EN_MONTHS[month]} ${year}` : year;
  return { bare: text, adverbial: `in ${text}` };
}

/**
 * In the American style a full date inside a sentence is closed by a comma ("on May 19,
 * 2023, and ..."); this tells whether a phrase ends with such a date.
 */
export function endsWithAmericanDate(text: string): boolean {
  return /[A-Z][a-z]+ \d{1,2}, \d{4}$/.test(text);
}
