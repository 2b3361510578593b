import { defineMessages } from '../i18n/messages.ts';

/** File > Import a Statement's report. */
export const importMessages = defineMessages({
  en: { undoImport: 'Undo import' },
  ru: { undoImport: 'Отменить импорт' },
});
