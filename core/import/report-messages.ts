import { datePhrase } from '../cases/insert/date-phrases.ts';
import { defineMessages } from '../i18n/define-messages.ts';
import { ruPlural } from '../i18n/plural.ts';
import type { ReportEntry } from './report.ts';

const ru = (n: number) => n.toLocaleString('ru-RU');
/** English counts as the report has always written them: "1 paragraph", "12 paragraphs". */
const en = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The report's messages in one language, for the helpers that write entries. */
export type ReportText = (typeof importReportMessages)['en'];

/** How the import report names a note: "[3]", "superscript 3". */
export type NoteLabel = { label: string; superscript: boolean };

/**
 * The import report in the interface language: the summary shown after File > Import a
 * Statement, and each line's note of what became structure, stayed text or was removed. The
 * statement's own words (titles, signer names, addresses) are quoted as they stand.
 */
export const importReportMessages = defineMessages({
  en: {
    // summariseImport
    recognised: (parts: string[], extra: string[]) => `Recognised ${parts.join(', ')}.${extra.length > 0 ? ` ${extra.join('; ')}.` : ''}`,
    theTitle: 'the title',
    theDate: (date: string) => `the date (${date})`,
    theDateline: (places: string) => `the dateline (${places})`,
    paragraphs: (n: number) => en(n, 'paragraph'),
    headings: (n: number) => en(n, 'heading'),
    lists: (n: number, items: number) => `${en(n, 'list')} (${en(items, 'item')})`,
    quotations: (n: number) => en(n, 'quotation'),
    links: (n: number) => en(n, 'link'),
    footnotes: (n: number) => en(n, 'footnote'),
    signatories: (n: number) => en(n, 'signatory', 'signatories'),
    toCheck: (n: number) => `${en(n, 'point')} to check`,
    leftAsText: (n: number) => `${en(n, 'line')} left as plain text`,
    removedThings: (n: number) => `${en(n, 'thing')} removed`,
    // reportLines
    line: (line: number) => `line ${line}: `,
    kind: (kind: Exclude<ReportEntry['kind'], 'recognised'>) => `[${kind}] `,
    // the entries
    dateLine: (date: string, places: string, value: string) => `Date ${date}${places === '' ? '' : `, dateline ${places}`}: "${value}".`,
    title: (value: string) => `Title: "${value}".`,
    pageTitle: (value: string) => `Title from the page's <title>: "${value}".`,
    noTitle: 'No title recognised: give the statement one.',
    noDate: 'No date line recognised: set the date.',
    undecodable: (n: number) => `${n} characters could not be decoded and show as "\uFFFD": check the file's encoding.`,
    empty: 'The file is empty: there is no text to import.',
    wordEmpty: 'The Word document is empty: there is no text to import.',
    heading: (level: number, text: string) => `Heading (level ${level}): "${text}".`,
    list: (ordered: boolean, items: number) => `${ordered ? 'Numbered' : 'Bulleted'} list of ${items} items.`,
    quotation: (text: string) => `Quotation: "${text}…".`,
    scripts: (n: number) => `${en(n, 'script')} removed: a statement holds no code.`,
    handlers: (n: number) => `${en(n, 'event handler attribute')} (onclick and the like) removed.`,
    unsafeLinks: (n: number) => `${en(n, 'link')} kept as plain text: only http, https and mailto links are kept.`,
    image: (url: string, described: boolean) => `An image (${url}): statements hold text only${described ? '; its description is kept' : ''}.`,
    linkAsText: (url: string) => `A link to "${url}" kept as plain text: only http, https and mailto links are kept.`,
    htmlTag: (tag: string) => `HTML tag ${tag} in the Markdown: removed, its text kept.`,
    htmlBlock: 'An HTML block in the Markdown: its tags removed, its text kept.',
    table: 'A table: its rows kept as paragraphs.',
    lostBullet: 'Taken as a list item: the line starts with the no-break space a lost bullet leaves.',
    semicolonList: (items: number) => `Taken as a list of ${items} items: consecutive lines ending in ";".`,
    note: ({ label, superscript }: NoteLabel) => (superscript ? `superscript ${label}` : `[${label}]`),
    secondNote: (note: string) => `A second note ${note}: kept as a paragraph at the end.`,
    referenceWithoutNote: (reference: string) => `Reference ${reference} has no note text: left as typed.`,
    referenceAgain: (reference: string) => `Reference ${reference} appears again: only the first became a footnote, this one is left as typed.`,
    noteEmpty: (note: string) => `Note ${note} has no text: the footnote is empty.`,
    noteCutOff: (note: string) => `Note ${note} ends with ":" — its text seems cut off.`,
    footnote: (note: string, line: number) => `Footnote ${note}, referenced on line ${line}.`,
    noteUnreferenced: (note: string) => `Note ${note} is never referenced in the text: kept as a paragraph at the end.`,
    signerListHeading: (text: string) => `Heading inside the signatory list: "${text}".`,
    notASigner: (text: string) => `Not recognised as a signatory, kept as text: "${text}".`,
    signer: (kind: 'individual' | 'organisation', runTogether: boolean, who: string) => `Signatory (${kind}${runTogether ? ', name and role run together' : ''}): ${who}.`,
    wordFormatting: (message: string) => `Word formatting kept as plain text: ${message}.`,
    moreConverterWarnings: (n: number) => `${n} more converter warnings not listed.`,
  },
  ru: {
    recognised: (parts: string[], extra: string[]) => {
      const more = extra.join('; ');
      return `Распознано: ${parts.join(', ')}.${more === '' ? '' : ` ${more[0]!.toLocaleUpperCase('ru')}${more.slice(1)}.`}`;
    },
    theTitle: 'заголовок',
    theDate: (date: string) => `дата (${datePhrase(date, 'ru').bare})`,
    theDateline: (places: string) => `место (${places})`,
    paragraphs: (n: number) => ruPlural(n, 'абзац', 'абзаца', 'абзацев'),
    headings: (n: number) => ruPlural(n, 'подзаголовок', 'подзаголовка', 'подзаголовков'),
    lists: (n: number, items: number) => `${ruPlural(n, 'список', 'списка', 'списков')} (${ruPlural(items, 'пункт', 'пункта', 'пунктов')})`,
    quotations: (n: number) => ruPlural(n, 'цитата', 'цитаты', 'цитат'),
    links: (n: number) => ruPlural(n, 'ссылка', 'ссылки', 'ссылок'),
    footnotes: (n: number) => ruPlural(n, 'сноска', 'сноски', 'сносок'),
    signatories: (n: number) => ruPlural(n, 'подписант', 'подписанта', 'подписантов'),
    toCheck: (n: number) => `мест для проверки: ${ru(n)}`,
    leftAsText: (n: number) => `строк, оставленных обычным текстом: ${ru(n)}`,
    removedThings: (n: number) => `удалённых элементов: ${ru(n)}`,
    line: (line: number) => `строка ${line}: `,
    kind: (kind: Exclude<ReportEntry['kind'], 'recognised'>) => `[${{ text: 'текст', warning: 'проверить', removed: 'удалено' }[kind]}] `,
    dateLine: (date: string, places: string, value: string) => `Дата ${datePhrase(date, 'ru').bare}${places === '' ? '' : `, место: ${places}`}: «${value}».`,
    title: (value: string) => `Заголовок: «${value}».`,
    pageTitle: (value: string) => `Заголовок из <title> страницы: «${value}».`,
    noTitle: 'Заголовок не распознан: дайте заявлению заголовок.',
    noDate: 'Строка с датой не распознана: укажите дату.',
    undecodable: (n: number) => `Не удалось расшифровать символы (${ru(n)}), вместо них стоит «\uFFFD»: проверьте кодировку файла.`,
    empty: 'Файл пуст: импортировать нечего.',
    wordEmpty: 'Документ Word пуст: импортировать нечего.',
    heading: (level: number, text: string) => `Подзаголовок (уровень ${level}): «${text}».`,
    list: (ordered: boolean, items: number) => `${ordered ? 'Нумерованный' : 'Маркированный'} список: ${ruPlural(items, 'пункт', 'пункта', 'пунктов')}.`,
    quotation: (text: string) => `Цитата: «${text}…».`,
    scripts: (n: number) => `Удалены скрипты (${ru(n)}): в заявлении не бывает программного кода.`,
    handlers: (n: number) => `Удалены атрибуты-обработчики событий (onclick и подобные): ${ru(n)}.`,
    unsafeLinks: (n: number) => `Ссылки оставлены обычным текстом (${ru(n)}): сохраняются только ссылки http, https и mailto.`,
    image: (url: string, described: boolean) => `Изображение (${url}): в заявлении бывает только текст${described ? '; его описание сохранено' : ''}.`,
    linkAsText: (url: string) => `Ссылка на «${url}» оставлена обычным текстом: сохраняются только ссылки http, https и mailto.`,
    htmlTag: (tag: string) => `HTML-тег ${tag} в Markdown: удалён, его текст сохранён.`,
    htmlBlock: 'HTML-блок в Markdown: теги удалены, текст сохранён.',
    table: 'Таблица: её строки сохранены как абзацы.',
    lostBullet: 'Принято за пункт списка: строка начинается с неразрывного пробела, который остаётся от потерянного маркера.',
    semicolonList: (items: number) => `Принято за список из ${ruPlural(items, 'пункта', 'пунктов', 'пунктов')}: строки подряд заканчиваются на «;».`,
    note: ({ label, superscript }: NoteLabel) => (superscript ? `${label} (надстрочный номер)` : `[${label}]`),
    secondNote: (note: string) => `Вторая сноска ${note}: сохранена абзацем в конце.`,
    referenceWithoutNote: (reference: string) => `У ссылки ${reference} нет текста сноски: оставлена как есть.`,
    referenceAgain: (reference: string) => `Ссылка ${reference} встречается снова: сноской стала только первая, эта оставлена как есть.`,
    noteEmpty: (note: string) => `У сноски ${note} нет текста: сноска пуста.`,
    noteCutOff: (note: string) => `Сноска ${note} заканчивается на «:» — похоже, текст обрезан.`,
    footnote: (note: string, line: number) => `Сноска ${note}, ссылка на неё в строке ${line}.`,
    noteUnreferenced: (note: string) => `На сноску ${note} нигде в тексте нет ссылки: сохранена абзацем в конце.`,
    signerListHeading: (text: string) => `Подзаголовок в списке подписантов: «${text}».`,
    notASigner: (text: string) => `Не распознано как подписант, оставлено текстом: «${text}».`,
    signer: (kind: 'individual' | 'organisation', runTogether: boolean, who: string) =>
      `Подписант (${kind === 'individual' ? 'частное лицо' : 'организация'}${runTogether ? ', имя и должность слиты' : ''}): ${who}.`,
    wordFormatting: (message: string) => `Форматирование Word оставлено обычным текстом: ${message}.`,
    moreConverterWarnings: (n: number) => `Другие предупреждения конвертера, не показанные здесь: ${ru(n)}.`,
  },
});
