import type { StatementLanguage } from '../statement/language.ts';

/** Russian when Cyrillic letters outnumber Latin ones: the statements quote Latin names and abbreviations either way. */
export function guessLanguage(text: string): StatementLanguage {
  let cyrillic = 0;
  let latin = 0;
  for (const c of text.slice(0, 20_000)) {
    if (/[А-Яа-яЁё]/u.test(c)) cyrillic++;
    else if (/[A-Za-z]/.test(c)) latin++;
  }
  return cyrillic > latin ? 'ru' : 'en';
}
