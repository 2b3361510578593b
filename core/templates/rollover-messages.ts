import { defineMessages } from '../i18n/define-messages.ts';
import { ruPlural } from '../i18n/plural.ts';

type Status = 'confirmed' | 'invited' | 'declined' | 'withdrawn';

/** How New Edition lists what changes, in the interface language (not the statement's). */
export const rolloverMessages = defineMessages({
  en: {
    date: 'Date',
    noDate: 'not set: the statement had no date, set it by hand',
    editedByHand: (label: string) => `${label}: edited by hand, left as it is`,
    title: 'Title',
    cases: 'Cases from the library',
    casesKept: (n: number) => `${n}, kept; refresh each to take in what the library has learnt since`,
    signatories: 'Signatories',
    statusCount: (n: number, status: Status) => `${n} ${status}`,
    allInvited: (n: number) => `${n} invited: each must confirm again`,
    footnotes: 'Footnotes',
    notesKept: (n: number) => `${n}, kept as they are`,
    caseText: 'Case text',
  },
  ru: {
    date: 'Дата',
    noDate: 'не указана: у заявления не было даты, поставьте её вручную',
    editedByHand: (label: string) => `${label}: изменено вручную, оставлено как есть`,
    title: 'Заголовок',
    cases: 'Дела из библиотеки',
    casesKept: (n: number) => `${n}, сохранены; обновите каждое, чтобы учесть то, что библиотека узнала с тех пор`,
    signatories: 'Подписанты',
    statusCount: (n: number, status: Status) =>
      ({
        confirmed: ruPlural(n, 'подтвердил', 'подтвердили', 'подтвердили'),
        invited: ruPlural(n, 'приглашён', 'приглашены', 'приглашены'),
        declined: ruPlural(n, 'отказался', 'отказались', 'отказались'),
        withdrawn: ruPlural(n, 'отозвал подпись', 'отозвали подпись', 'отозвали подпись'),
      })[status],
    allInvited: (n: number) => `${ruPlural(n, 'приглашён', 'приглашены', 'приглашены')} заново: каждый должен снова подтвердить`,
    footnotes: 'Сноски',
    notesKept: (n: number) => `${n}, сохранены без изменений`,
    caseText: 'Текст о деле',
  },
});
