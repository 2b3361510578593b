import { defineMessages } from '../../i18n/define-messages.ts';
import { ruPlural } from '../../i18n/plural.ts';
import type { SnapshotFact } from './case-snapshot.ts';

/**
 * How a case's facts and their changes read in the interface language: the Refresh dialog's
 * lines ("Status: detained → sentenced") and the Suggested cases dialog's changes. The facts'
 * own values (names, places, free text) come in as the library holds them.
 */
export const caseDiffMessages = defineMessages({
  en: {
    fact: (fact: SnapshotFact) =>
      ({
        name: 'Name',
        russianName: 'Name in Russian',
        birthDate: 'Born',
        nationality: 'Nationality',
        roles: 'Roles',
        status: 'Status',
        events: 'Event',
        charges: 'Charge',
        sentence: 'Sentence',
        confidential: 'Confidential',
      })[fact],
    changed: (label: string, before: string, after: string) => `${label}: ${before} → ${after}`,
    added: (item: 'events' | 'charges', after: string) => `New ${item === 'events' ? 'event' : 'charge'}: ${after}`,
    removed: (item: 'events' | 'charges', before: string) => `${item === 'events' ? 'Event' : 'Charge'} removed: ${before}`,
    quoted: (text: string) => `“${text}”`,
    article: (article: string) => `Article ${article}`,
    years: (years: number | null) => `${years ?? '?'} years`,
    suspended: 'suspended',
    yes: 'yes',
    no: 'no',
  },
  ru: {
    fact: (fact: SnapshotFact) =>
      ({
        name: 'Имя',
        russianName: 'Имя по-русски',
        birthDate: 'Дата рождения',
        nationality: 'Гражданство',
        roles: 'Роли',
        status: 'Статус',
        events: 'Событие',
        charges: 'Обвинение',
        sentence: 'Приговор',
        confidential: 'Конфиденциально',
      })[fact],
    changed: (label: string, before: string, after: string) => `${label}: ${before} → ${after}`,
    added: (item: 'events' | 'charges', after: string) => `${item === 'events' ? 'Новое событие' : 'Новое обвинение'}: ${after}`,
    removed: (item: 'events' | 'charges', before: string) => `${item === 'events' ? 'Событие удалено' : 'Обвинение удалено'}: ${before}`,
    quoted: (text: string) => `«${text}»`,
    article: (article: string) => `ст. ${article}`,
    years: (years: number | null) => (years === null ? '? лет' : ruPlural(years, 'год', 'года', 'лет')),
    suspended: 'условно',
    yes: 'да',
    no: 'нет',
  },
});
