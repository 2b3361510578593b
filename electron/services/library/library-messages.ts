import { defineMessages } from '../../../core/i18n/define-messages.ts';
import { ruPlural } from '../../../core/i18n/plural.ts';

/** The records the library refuses something about, as its messages name them. */
export type LibraryThing = 'case' | 'organisation' | 'footnote' | 'signer' | 'template';

/** Russian needs the word's gender and case: "Нет дела…", "Это дело изменено…", "Эта организация изменена…". */
const RU_THINGS: Readonly<Record<LibraryThing, { genitive: string; this: string; changed: string; it: string }>> = {
  case: { genitive: 'дела', this: 'Это дело', changed: 'изменено', it: 'его' },
  organisation: { genitive: 'организации', this: 'Эта организация', changed: 'изменена', it: 'её' },
  footnote: { genitive: 'сноски', this: 'Эта сноска', changed: 'изменена', it: 'её' },
  signer: { genitive: 'подписанта', this: 'Этот подписант', changed: 'изменён', it: 'его' },
  template: { genitive: 'шаблона', this: 'Этот шаблон', changed: 'изменён', it: 'его' },
};

/**
 * What the service was doing, for "Could not …" in Russian. The service names its tasks in
 * English (guard's `doing`); a task without a Russian name here says so in general words.
 */
const RU_DOING: Readonly<Record<string, string>> = {
  'make the daily backup': 'сделать ежедневную резервную копию',
  'read the library': 'прочитать библиотеку',
  'read the case': 'прочитать дело',
  'save the case': 'сохранить дело',
  'delete the case': 'удалить дело',
  'look for duplicates': 'найти повторы',
  'search the library': 'выполнить поиск в библиотеке',
  'note the case as used': 'отметить дело как использованное',
  'list recent cases': 'показать недавние дела',
  'export the library': 'экспортировать библиотеку',
  'import the file': 'импортировать файл',
  'list the backups': 'показать резервные копии',
  'restore the backup': 'восстановить резервную копию',
  'list signers': 'показать подписантов',
  'list organisations': 'показать организации',
  'list footnotes': 'показать сноски',
  'read the organisation': 'прочитать организацию',
  'read the footnote': 'прочитать сноску',
  'read the signer': 'прочитать подписанта',
  'create the organisation': 'создать организацию',
  'create the footnote': 'создать сноску',
  'create the signer': 'создать подписанта',
  'save the organisation': 'сохранить организацию',
  'save the footnote': 'сохранить сноску',
  'save the signer': 'сохранить подписанта',
  'delete the organisation': 'удалить организацию',
  'delete the footnote': 'удалить сноску',
  'delete the signer': 'удалить подписанта',
  'list your templates': 'показать ваши шаблоны',
  'read the template': 'прочитать шаблон',
  'save the template': 'сохранить шаблон',
  'delete the template': 'удалить шаблон',
  'store the archive': 'сохранить архив',
  'forget the unfinished import': 'отменить незавершённый импорт',
  'undo the import': 'отменить импорт',
  'list the imports': 'показать импорты архива',
  'search the archive': 'выполнить поиск в архиве',
  'read the archived statement': 'прочитать заявление из архива',
  'look for mentions': 'найти упоминания',
};

const ruDoing = (doing: string) => RU_DOING[doing] ?? 'выполнить действие с библиотекой';

/** Russian names of what the service validates, for "Неверные данные (…)". */
const RU_WHAT: Readonly<Record<string, string>> = {
  case: 'дело',
  organisation: 'организация',
  footnote: 'сноска',
  signer: 'подписант',
  search: 'поиск',
  'list of decisions': 'решения об импорте',
  selection: 'выборка для экспорта',
};

const ruWhat = (what: string) => RU_WHAT[what] ?? what;

/**
 * What the library service answers the window when it refuses or fails, in the language the
 * window shows when it asks (the worker gets it with each request). What went wrong below
 * (SQLite's and the file system's reasons) follows the colon.
 */
export const libraryMessages = defineMessages({
  en: {
    closed: 'The library is closed.',
    notFound: (thing: LibraryThing, id: string) => `There is no ${thing} with the id “${id}” in the library.`,
    changedElsewhere: (thing: LibraryThing) => `This ${thing} was changed elsewhere (another window or the command line) since you opened it. Reopen it to see the change.`,
    notValid: (what: string, where: string, issue: string) => `The ${what} is not valid${where ? ` at ${where}` : ''}: ${issue}.`,
    couldNot: (doing: string, reason: string) => `Could not ${doing}: ${reason}.`,
    wentWrong: (doing: string, detail: string) => `Something went wrong while trying to ${doing}: ${detail}`,
    notABackupName: 'That is not the name of a library backup.',
    backupGone: (name: string) => `The backup “${name}” no longer exists.`,
    backupUnusable: (name: string, reason: string) => `The backup “${name}” cannot be restored. ${reason}`,
    backupEmpty: (name: string) => `The backup “${name}” is empty; it cannot be restored.`,
    libraryInUse: 'Another program is using the library, so it cannot be replaced now. Close it and try again.',
    restoreFailed: (reason: string) => `Could not restore the backup: ${reason}. The library was left as it was.`,
    closeFailed: (reason: string) => `Could not close the library: ${reason}.`,
    templateProblems: (count: number, line: number, message: string) => `The template has ${count} problem(s); line ${line}: ${message}.`,
  },
  ru: {
    closed: 'Библиотека закрыта.',
    notFound: (thing: LibraryThing, id: string) => `В библиотеке нет ${RU_THINGS[thing].genitive} с идентификатором «${id}».`,
    changedElsewhere: (thing: LibraryThing) =>
      `${RU_THINGS[thing].this} ${RU_THINGS[thing].changed} в другом месте (в другом окне или из командной строки) после того, как вы ${RU_THINGS[thing].it} открыли. Откройте заново, чтобы увидеть изменения.`,
    notValid: (what: string, where: string, issue: string) => `Неверные данные (${ruWhat(what)}${where ? `, поле ${where}` : ''}): ${issue}.`,
    couldNot: (doing: string, reason: string) => `Не удалось ${ruDoing(doing)}: ${reason}.`,
    wentWrong: (doing: string, detail: string) => `Что-то пошло не так (не удалось ${ruDoing(doing)}): ${detail}`,
    notABackupName: 'Это не имя резервной копии библиотеки.',
    backupGone: (name: string) => `Резервной копии «${name}» больше нет.`,
    backupUnusable: (name: string, reason: string) => `Резервную копию «${name}» не удаётся восстановить. ${reason}`,
    backupEmpty: (name: string) => `Резервная копия «${name}» пуста, восстанавливать нечего.`,
    libraryInUse: 'Библиотекой сейчас пользуется другая программа, поэтому заменить её нельзя. Закройте ту программу и попробуйте снова.',
    restoreFailed: (reason: string) => `Не удалось восстановить резервную копию: ${reason}. Библиотека осталась как была.`,
    closeFailed: (reason: string) => `Не удалось закрыть библиотеку: ${reason}.`,
    templateProblems: (count: number, line: number, message: string) => `В шаблоне есть ошибки (${ruPlural(count, 'ошибка', 'ошибки', 'ошибок')}); строка ${line}: ${message}.`,
  },
});
