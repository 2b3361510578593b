import type { StatementLanguage } from '../../statement/language.ts';

/** The words the PDF exporter writes itself, in the statement's language. */
export type PdfLabels = { notes: string; untitled: string };

export const PDF_LABELS: Readonly<Record<StatementLanguage, PdfLabels>> = {
  en: { notes: 'Notes', untitled: 'Untitled statement' },
  ru: { notes: 'Примечания', untitled: 'Заявление без названия' },
};

export function pdfLabels(language: string): PdfLabels {
  return Object.hasOwn(PDF_LABELS, language) ? PDF_LABELS[language as StatementLanguage] : PDF_LABELS.en;
}
