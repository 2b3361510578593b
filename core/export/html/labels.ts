import type { StatementLanguage } from '../../statement/language.ts';

/** The words the exporter itself writes, in the statement's language. */
export type HtmlLabels = {
  notes: string;
  signatories: string;
  /** For screen readers on a back link: "Back to the text of note 3". */
  backToReference: (label: string) => string;
  /** The heading and page title of a statement that has none yet (the preflight flags it). */
  untitled: string;
};

export const HTML_LABELS: Readonly<Record<StatementLanguage, HtmlLabels>> = {
  en: {
    notes: 'Notes',
    signatories: 'Signatories',
    backToReference: (label) => `Back to the text of note ${label}`,
    untitled: 'Untitled statement',
  },
  ru: {
    notes: 'Примечания',
    signatories: 'Подписавшие',
    backToReference: (label) => `Вернуться к тексту сноски ${label}`,
    untitled: 'Заявление без названия',
  },
};

/** The statement's language as an HTML lang value; a model from elsewhere with another value reads as English. */
export function htmlLanguage(language: string): StatementLanguage {
  return Object.hasOwn(HTML_LABELS, language) ? (language as StatementLanguage) : 'en';
}
