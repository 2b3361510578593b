import type { StatementLanguage } from '../statement/language.ts';
import type { PassageLanguage } from './model.ts';

/**
 * The language of a passage written in the other script from its statement's: a Russian
 * paragraph in an English statement, an English one in a Russian statement. Screen readers
 * switch voice on it and hyphenation picks its patterns by it.
 *
 * Deliberately cautious: a wrong `lang` is worse than none. Cyrillic with letters of Kazakh,
 * Kyrgyz, Tajik or Uzbek is not called Russian, nor Latin with Turkish or Turkmen letters
 * English; mixed passages (a Russian quotation inside an English sentence) keep the
 * statement's language.
 */
/** Letters of Central Asian Cyrillic alphabets that Russian does not use. */
const NON_RUSSIAN_CYRILLIC = /[әғқңөұүһіӣӯҳҷўЎӘҒҚҢӨҰҮҺІӢӮҲҶ]/u;
/** Latin letters outside ASCII (ç, ş, ň, ý, ö...): not English. */
const NON_ENGLISH_LATIN = /[\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff]/u;
const OTHER_LETTER = /\p{L}/u;
/** Share of letters that must be in the other script. */
const THRESHOLD = 0.9;
/** Below this many letters ("UN", "ООН") there is nothing to tell. */
const MIN_LETTERS = 12;

export function passageLanguage(text: string, statementLanguage: StatementLanguage): PassageLanguage | undefined {
  let letters = 0;
  let cyrillic = 0;
  let latin = 0;
  // Code-unit ranges rather than a Unicode regex per character: this runs on every paragraph.
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)) {
      letters++;
      latin++;
    } else if (c >= 0x400 && c <= 0x52f) {
      letters++;
      cyrillic++;
    } else if (c > 0x7f && OTHER_LETTER.test(text[i]!)) {
      letters++;
    }
  }
  if (letters < MIN_LETTERS) return undefined;
  if (statementLanguage === 'en' && cyrillic / letters >= THRESHOLD && !NON_RUSSIAN_CYRILLIC.test(text)) return 'ru';
  if (statementLanguage === 'ru' && latin / letters >= THRESHOLD && !NON_ENGLISH_LATIN.test(text)) return 'en';
  return undefined;
}
