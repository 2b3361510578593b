import { ruPlural } from '../../../core/i18n/plural.ts';
import { defineMessages } from '../../i18n/messages.ts';

/** English counts as the panel has always written them: "1 case", "3 cases". */
export const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * The library panel's shared text: the frames every record kind uses (detail view, editor,
 * questions, lists of rows) and the wording of counts and dates. Cases, the other record
 * kinds and the library file have their own catalogs beside this one.
 */
export const libraryMessages = defineMessages({
  en: {
    // The panel and its tabs
    library: 'Library',
    kindsOfRecord: 'Kinds of record',
    tabCases: 'Cases',
    tabOrganisations: 'Organisations',
    tabPeople: 'People',
    tabNotes: 'Notes',
    dismiss: 'Dismiss the message',
    // Detail view
    backToList: 'Back to the list',
    edit: 'Edit',
    deleteAsk: 'Delete…',
    lastChanged: (when: string) => `Last changed ${when}`,
    tags: 'Tags',
    // Questions and editors
    cancel: 'Cancel',
    save: 'Save',
    close: 'Close',
    removedFromLibrary: ' will be removed from the library.',
    onlyBackup: 'Only a backup of the library can bring it back.',
    discardTitle: 'Discard your changes?',
    notSaved: (what: string) => `The changes to ${what} have not been saved.`,
    discard: 'Discard changes',
    keepEditing: 'Keep editing',
    fieldsNeedAttention: (n: number) => `${n === 1 ? 'One field needs' : `${n} fields need`} attention: see the messages in red. Nothing was saved yet.`,
    shortcuts: 'Ctrl+Enter saves · Esc closes',
    remove: 'Remove',
    removeRow: (row: string) => `Remove ${row.toLowerCase()}`,
    quoted: (text: string) => `“${text}”`,
    nothingMatches: 'Nothing matches.',
    // Field hints
    dateHint: 'YYYY, YYYY-MM or YYYY-MM-DD',
    tagsHint: 'Separated by commas',
    none: '—',
    // Languages offered for names and notes
    english: 'English',
    russian: 'Russian',
    // Counts and places
    nothing: 'nothing',
    and: 'and',
    cases: (n: number) => plural(n, 'case', 'cases'),
    organisations: (n: number) => plural(n, 'organisation', 'organisations'),
    notes: (n: number) => plural(n, 'note', 'notes'),
    signers: (n: number) => plural(n, 'signer', 'signers'),
    inExile: (country: string) => `based in exile in ${country}`,
    confidentialLower: 'confidential',
  },
  ru: {
    library: 'Библиотека',
    kindsOfRecord: 'Виды записей',
    tabCases: 'Дела',
    tabOrganisations: 'Организации',
    tabPeople: 'Люди',
    tabNotes: 'Сноски',
    dismiss: 'Закрыть сообщение',
    backToList: 'К списку',
    edit: 'Изменить',
    deleteAsk: 'Удалить…',
    lastChanged: (when: string) => `Изменено ${when}`,
    tags: 'Метки',
    cancel: 'Отмена',
    save: 'Сохранить',
    close: 'Закрыть',
    removedFromLibrary: ' — запись будет удалена из библиотеки.',
    onlyBackup: 'Вернуть запись можно будет только из резервной копии библиотеки.',
    discardTitle: 'Отменить изменения?',
    notSaved: (what: string) => `Изменения не сохранены: ${what}.`,
    discard: 'Отменить изменения',
    keepEditing: 'Продолжить правку',
    fieldsNeedAttention: (n: number) =>
      `${n === 1 ? 'Одно поле требует' : `${ruPlural(n, 'поле требует', 'поля требуют', 'полей требуют')}`} внимания: см. сообщения красным. Пока ничего не сохранено.`,
    shortcuts: 'Ctrl+Enter — сохранить · Esc — закрыть',
    remove: 'Удалить',
    removeRow: (row: string) => `Удалить: ${row.toLowerCase()}`,
    quoted: (text: string) => `«${text}»`,
    nothingMatches: 'Ничего не найдено.',
    dateHint: 'ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД',
    tagsHint: 'Через запятую',
    none: '—',
    english: 'Английский',
    russian: 'Русский',
    nothing: 'ничего',
    and: 'и',
    cases: (n: number) => ruPlural(n, 'дело', 'дела', 'дел'),
    organisations: (n: number) => ruPlural(n, 'организация', 'организации', 'организаций'),
    notes: (n: number) => ruPlural(n, 'сноска', 'сноски', 'сносок'),
    signers: (n: number) => ruPlural(n, 'подписант', 'подписанта', 'подписантов'),
    inExile: (country: string) => `работает в эмиграции: ${country}`,
    confidentialLower: 'конфиденциально',
  },
});
