import type { UiLocale } from '../../../core/i18n/ui-locale.ts';

/**
 * The record schemas (core/cases, core/signatories) say what is wrong with a field in
 * English, and the library checks with the same schemas, so their messages stay as they are.
 * A Russian interface shows each field error in Russian when it is drawn: by the schema's
 * sentence, or by its shape for the ones that carry a value.
 */
const RUSSIAN: Readonly<Record<string, string>> = {
  'An alias cannot be empty.': 'Написание не может быть пустым.',
  'Expected a language tag such as "ru" or "uz-Latn".': 'Нужен код языка, например «ru» или «uz-Latn».',
  'A charge needs its article.': 'У обвинения должна быть статья.',
  'A source needs a title.': 'У источника должно быть название.',
  'A case needs a given or a family name.': 'У дела должно быть имя или фамилия.',
  'Expected a language code such as "ru".': 'Нужен код языка, например «ru».',
  'A name cannot be empty.': 'Название не может быть пустым.',
  'An organisation needs its full name.': 'У организации должно быть полное название.',
  'Must not contain control characters.': 'Управляющие символы недопустимы.',
  'Expected an http, https or mailto link.': 'Нужна ссылка http, https или mailto.',
  'A footnote needs a title.': 'У сноски должно быть название.',
  'A footnote needs some text.': 'В сноске должен быть текст.',
  'Expected a date as YYYY, YYYY-MM or YYYY-MM-DD.': 'Нужна дата в виде ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД.',
  'Not a real calendar date.': 'Такой даты в календаре нет.',
  'Expected a two-letter ISO country code such as "TM".': 'Нужен двухбуквенный код страны ISO, например «TM».',
  'A signer needs a given or a family name.': 'Нужно имя или фамилия.',
  'Expected an http or https address.': 'Нужен адрес http или https.',
  'Must be a single line without control characters.': 'Нужна одна строка без управляющих символов.',
  'A tag cannot be empty.': 'Метка не может быть пустой.',
  'Not a date.': 'Это не дата.',
};

const RUSSIAN_SHAPES: ReadonlyArray<readonly [RegExp, (value: string) => string]> = [
  [/^The id "(.*)" is used twice in this case\.$/, (id) => `Идентификатор «${id}» встречается в деле дважды.`],
  [/^A second name in "(.*)"\.$/, (language) => `Второе название на языке «${language}».`],
];

/** A field error in the interface language; a message the table does not know says so in general terms. */
export function fieldErrorIn(locale: UiLocale, message: string): string {
  if (locale === 'en') return message;
  const known = RUSSIAN[message];
  if (known) return known;
  for (const [shape, say] of RUSSIAN_SHAPES) {
    const match = shape.exec(message);
    if (match) return say(match[1] ?? '');
  }
  return 'Недопустимое значение.';
}
