import { defineMessages } from '../../i18n/messages.ts';

export const printMessages = defineMessages({
  en: {
    failedTitle: 'The statement was not printed',
  },
  ru: {
    failedTitle: 'Заявление не напечатано',
  },
});
