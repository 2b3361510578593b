import { defineMessages } from '../../../i18n/messages.ts';

/** Insert > Make Template Variable: the dialog that turns the selection into a variable chip. */
export const makeVariableMessages = defineMessages({
  en: {
    title: 'Make a template variable',
    label: 'Label (what the form asks)',
    name: 'Name (written {{name}} in the template)',
    type: 'Type',
    help: 'Help for whoever fills it in',
    defaultValue: 'Default (the selected text)',
    make: 'Make variable',
    cancel: 'Cancel',
    selectFirst: 'Select the words that should become a variable first.',
    badName: 'A name is letters, figures, spaces, - and _, starting with a letter (at most 60).',
    types: (type: string) => ({ text: 'Text', date: 'Date', year: 'Year', number: 'Number', choice: 'Choice', 'organisation list': 'Organisations from the library', 'case list': 'Cases from the library' } as Record<string, string>)[type] ?? type,
    choices: 'Choices, one a line',
    badDefault: (problem: string) =>
      ({ date: 'A date is written as YYYY-MM-DD.', year: 'A year is four figures.', number: 'A number is written in figures.', choice: 'The default must be one of the choices.', list: 'A list is picked from the library and has no default; it will be left empty.', line: 'The default must be one line.' })[problem] ?? problem,
  },
  ru: {
    title: 'Сделать переменной шаблона',
    label: 'Подпись (что спросит форма)',
    name: 'Имя (в шаблоне пишется {{имя}})',
    type: 'Тип',
    help: 'Подсказка для того, кто будет заполнять',
    defaultValue: 'Значение по умолчанию (выделенный текст)',
    make: 'Сделать переменной',
    cancel: 'Отмена',
    selectFirst: 'Сначала выделите слова, которые станут переменной.',
    badName: 'Имя — буквы, цифры, пробелы, «-» и «_», начинается с буквы (не длиннее 60 знаков).',
    types: (type: string) => ({ text: 'Текст', date: 'Дата', year: 'Год', number: 'Число', choice: 'Выбор из списка', 'organisation list': 'Организации из библиотеки', 'case list': 'Случаи из библиотеки' } as Record<string, string>)[type] ?? type,
    choices: 'Варианты, по одному в строке',
    badDefault: (problem: string) =>
      ({ date: 'Дата пишется как ГГГГ-ММ-ДД.', year: 'Год — четыре цифры.', number: 'Число пишется цифрами.', choice: 'Значение по умолчанию должно быть одним из вариантов.', list: 'Список выбирают из библиотеки, значения по умолчанию у него нет: поле останется пустым.', line: 'Значение по умолчанию — одна строка.' })[problem] ?? problem,
  },
});
