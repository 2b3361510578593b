import { defineMessages } from '../i18n/define-messages.ts';
import { ruPlural } from '../i18n/plural.ts';

/**
 * The findings of the checks, as the writer reads them in the export preflight and the
 * Footnotes panel, in the interface language. Names, labels and addresses come in as they are.
 */
export const checkMessages = defineMessages({
  en: {
    noTitle: 'The statement has no title.',
    noDate: 'The statement has no date.',
    unfilled: (label: string, places: number) => `“${label}” is not filled in${places > 1 ? ` (${places} places)` : ''}.`,
    unsafeLink: (url: string) => `A link goes to “${url}”, which is not a web (http, https) or email address.`,
    confidentialCase: (name: string) => `${name} is a confidential case: make sure it may be published.`,
    staleCase: (name: string) => `The library has newer facts about ${name}: refresh the text or keep it.`,
    missingCase: (name: string) => `${name} is no longer in the case library.`,
    noSignatories: 'Nobody signs the statement yet.',
    noneConfirmed: 'No signatory has confirmed: the statement would go out unsigned.',
    unconfirmed: (n: number) => `${n === 1 ? '1 invited signatory has' : `${n} invited signatories have`} not confirmed and will not be printed.`,
    noteEmpty: (note: string) => `Note ${note} is empty.`,
    noteDuplicate: (note: string, first: string) => `Note ${note} has the same text as note ${first}.`,
    noteUnsafeLink: (note: string, url: string) => `Note ${note} links to “${url}”, which is not a web (http, https) or email address.`,
  },
  ru: {
    noTitle: 'У заявления нет заголовка.',
    noDate: 'У заявления нет даты.',
    unfilled: (label: string, places: number) => `Поле «${label}» не заполнено${places > 1 ? ` (${ruPlural(places, 'место', 'места', 'мест')})` : ''}.`,
    unsafeLink: (url: string) => `Ссылка ведёт на «${url}» — это не веб-адрес (http, https) и не адрес электронной почты.`,
    confidentialCase: (name: string) => `${name}: дело конфиденциальное — убедитесь, что его можно публиковать.`,
    staleCase: (name: string) => `В библиотеке есть более новые сведения о деле ${name}: обновите текст или оставьте как есть.`,
    missingCase: (name: string) => `${name}: этого дела больше нет в библиотеке.`,
    noSignatories: 'Заявление пока никто не подписал.',
    noneConfirmed: 'Ни один подписант не подтвердил участие: заявление выйдет без подписей.',
    unconfirmed: (n: number) =>
      `${ruPlural(n, 'приглашённый подписант не подтвердил', 'приглашённых подписанта не подтвердили', 'приглашённых подписантов не подтвердили')} участие; ${n === 1 ? 'его подпись не будет напечатана' : 'их подписи не будут напечатаны'}.`,
    noteEmpty: (note: string) => `Сноска ${note} пуста.`,
    noteDuplicate: (note: string, first: string) => `Текст сноски ${note} совпадает с текстом сноски ${first}.`,
    noteUnsafeLink: (note: string, url: string) => `Сноска ${note} ссылается на «${url}» — это не веб-адрес (http, https) и не адрес электронной почты.`,
  },
});
