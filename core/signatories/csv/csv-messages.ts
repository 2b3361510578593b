import { defineMessages } from '../../i18n/define-messages.ts';
import { ruPlural } from '../../i18n/plural.ts';
import type { ImportField } from './column-mapping.ts';

const en = (n: number) => n.toLocaleString('en');
const ru = (n: number) => n.toLocaleString('ru-RU');

/**
 * What the sign-on import says about a file and its rows, in the interface language: why a
 * file is refused, why a row is skipped or cannot be imported, what is worth a look. A row's
 * reasons follow "Skipped: " or "Not imported: " in the preview, so they start in lower case.
 * The file's own text (headers, answers) is quoted as it stands.
 */
export const csvMessages = defineMessages({
  en: {
    fieldLabel: (field: ImportField) =>
      ({
        name: 'Name (given and family)',
        givenName: 'Given name',
        familyName: 'Family name',
        organisation: 'Organisation',
        abbreviation: 'Abbreviation',
        role: 'Role or title',
        country: 'Country',
        email: 'Email',
        signingAs: 'Signing as organisation or individual',
        consent: 'Consent to publish',
      })[field],
    // read-csv.ts: the file as a whole
    tooLarge: (mb: number) => `The file is larger than ${mb} MB; a sign-on list is far smaller. Is it the right file?`,
    nulBytes: 'This is not a text file (it holds NUL bytes): a binary file, or a CSV saved as UTF-16. Save it as "CSV UTF-8".',
    notUtf8: 'The file is not UTF-8 text (it may be saved as Windows-1251 or another code page). Save it as "CSV UTF-8" and import it again.',
    controlCharacters: 'This does not look like a text file: it holds many control characters.',
    empty: 'The file is empty.',
    tooManyRows: (max: number) => `The file has more than ${en(max)} rows; split it into smaller files.`,
    headerUnreadable: (line: number, problem: string) => `The header line (line ${line}) cannot be read: ${problem}.`,
    noRows: 'The file has a header line but no rows of signers.',
    untitledColumn: (n: number) => `Column ${n}`,
    // read-csv.ts: a row that cannot be read whole
    readAsOne: (line: number, lastLine: number) => `, so lines ${line}–${lastLine} were read as one row`,
    textAfterQuote: (readAsOne: string) => `a quoted field has text after its closing quote (a quote inside a field must be doubled: "")${readAsOne}`,
    unclosedQuote: (readAsOne: string) => `a quoted field that starts on this line is never closed${readAsOne}`,
    fieldCount: (fields: number, header: number) => `it has ${fields} ${fields === 1 ? 'field' : 'fields'} where the header has ${header} (a separator or a quote may be missing)`,
    fieldTooLong: (column: string, length: number, max: number) => `the field in column "${column}" is ${en(length)} characters long (at most ${en(max)})`,
    // read-row.ts: a row read as a signer
    column: (title: string) => `"${title}"`,
    controlInCell: (column: string) => `${column} contains control characters`,
    longerThan: (column: string, max: number) => `${column} is longer than ${max} characters`,
    formula: (column: string, first: string) => `${column} begins with "${first}", which a spreadsheet would run as a formula; it is kept as plain text`,
    directionCharacters: (column: string) => `${column} contains invisible text-direction characters`,
    noConsent: 'no consent to publish was given',
    consentRefused: (answer: string) => `no consent to publish ("${answer}")`,
    consentUnclear: (answer: string) => `the consent answer "${answer}" is not a clear yes`,
    unknownCountry: (text: string) => `the country "${text}" is not one the app knows; it is left empty`,
    notAnEmail: (text: string) => `"${text}" is not an email address; it is left out`,
    signingAsUnclear: (answer: string) => `cannot tell whether "${answer}" means signing as an organisation or as an individual`,
    noOrganisationName: 'signs as an organisation but gives no organisation name',
    noName: 'no name is given',
    // column-mapping.ts
    noNameColumn: 'Choose the column with the signer’s name (or given and family name, or organisation).',
    // import-preview.ts: why two signers are taken for one (identity.ts gives the English words)
    matchReason: (reason: string) => reason,
    asLine: (reason: string, line: number) => `${reason} as line ${line}`,
  },
  ru: {
    fieldLabel: (field: ImportField) =>
      ({
        name: 'Имя и фамилия',
        givenName: 'Имя',
        familyName: 'Фамилия',
        organisation: 'Организация',
        abbreviation: 'Сокращение',
        role: 'Должность или род занятий',
        country: 'Страна',
        email: 'Эл. почта',
        signingAs: 'Организация или частное лицо',
        consent: 'Согласие на публикацию',
      })[field],
    tooLarge: (mb: number) => `Файл больше ${ru(mb)} МБ, а список подписей гораздо меньше. Это точно тот файл?`,
    nulBytes: 'Это не текстовый файл (в нём есть нулевые байты): либо это двоичный файл, либо CSV сохранён в UTF-16. Сохраните его как «CSV UTF-8».',
    notUtf8: 'Файл не в кодировке UTF-8 (возможно, он сохранён в Windows-1251 или другой кодировке). Сохраните его как «CSV UTF-8» и импортируйте снова.',
    controlCharacters: 'Это не похоже на текстовый файл: в нём много управляющих символов.',
    empty: 'Файл пуст.',
    tooManyRows: (max: number) => `В файле больше ${ru(max)} строк; разделите его на несколько файлов поменьше.`,
    headerUnreadable: (line: number, problem: string) => `Не удаётся прочитать строку заголовков (строка ${line}): ${problem}.`,
    noRows: 'В файле есть строка заголовков, но нет ни одной строки с подписантами.',
    untitledColumn: (n: number) => `Столбец ${n}`,
    readAsOne: (line: number, lastLine: number) => `, поэтому строки ${line}–${lastLine} прочитаны как одна`,
    textAfterQuote: (readAsOne: string) => `в поле после закрывающей кавычки есть текст (кавычку внутри поля нужно удваивать: "")${readAsOne}`,
    unclosedQuote: (readAsOne: string) => `поле в кавычках, которое начинается в этой строке, не закрыто${readAsOne}`,
    fieldCount: (fields: number, header: number) =>
      `в строке ${ruPlural(fields, 'поле', 'поля', 'полей')}, а в заголовке — ${ru(header)} (возможно, пропущен разделитель или кавычка)`,
    fieldTooLong: (column: string, length: number, max: number) =>
      `поле в столбце «${column}» длиной ${ruPlural(length, 'символ', 'символа', 'символов')} (допускается не больше ${ru(max)})`,
    column: (title: string) => `«${title}»`,
    controlInCell: (column: string) => `в поле ${column} есть управляющие символы`,
    longerThan: (column: string, max: number) => `поле ${column} длиннее ${ruPlural(max, 'символа', 'символов', 'символов')}`,
    formula: (column: string, first: string) =>
      `поле ${column} начинается с «${first}» — электронная таблица выполнила бы его как формулу; оно сохранено как обычный текст`,
    directionCharacters: (column: string) => `в поле ${column} есть невидимые символы направления текста`,
    noConsent: 'согласие на публикацию не дано',
    consentRefused: (answer: string) => `нет согласия на публикацию («${answer}»)`,
    consentUnclear: (answer: string) => `ответ о согласии «${answer}» — не однозначное «да»`,
    unknownCountry: (text: string) => `страна «${text}» приложению неизвестна; поле оставлено пустым`,
    notAnEmail: (text: string) => `«${text}» — не адрес электронной почты; он не импортируется`,
    signingAsUnclear: (answer: string) => `непонятно, означает ли «${answer}» подпись от имени организации или от себя лично`,
    noOrganisationName: 'подписывает от имени организации, но не указывает её название',
    noName: 'имя не указано',
    noNameColumn: 'Выберите столбец с именем подписанта (или столбцы с именем и фамилией, или с организацией).',
    matchReason: (reason: string) => ({ 'same email': 'тот же адрес эл. почты', 'same name': 'то же имя' })[reason] ?? reason,
    asLine: (reason: string, line: number) => `${reason}, что и в строке ${line}`,
  },
});
