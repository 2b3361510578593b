/** Languages a statement can be written in; export and formatting follow it. */
export const STATEMENT_LANGUAGES = ['en', 'ru'] as const;
export type StatementLanguage = (typeof STATEMENT_LANGUAGES)[number];

export const LANGUAGE_NAMES: Record<StatementLanguage, string> = {
  en: 'English',
  ru: 'Русский',
};
