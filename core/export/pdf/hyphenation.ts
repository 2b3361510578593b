import Hypher from 'hypher';
import english from 'hyphenation.en-us';
import russian from 'hyphenation.ru';

/**
 * Where a word may be hyphenated, by Liang's patterns for English and Russian. The script of
 * the word picks the patterns, not the paragraph's language: statements mix the two freely.
 *
 * Only ordinary lower-case words are hyphenated: a capital marks a name ("Bishkek",
 * "HUDAYRAMOV") or an abbreviation, and a misspelt split of a name in a statement to a
 * ministry is worse than a loose line. Words with letters of other alphabets (Kazakh ә,
 * Turkmen ň) are left alone too: the patterns do not know them.
 */

const LATIN_LOWER = /^[a-z]+$/;
const RUSSIAN_LOWER = /^[а-яё]+$/;
/** Short words are not worth a hyphen. */
const MIN_WORD = 6;
/** Letters kept together at either end of a word, whatever the patterns allow. */
const MIN_LEFT = 2;
const MIN_RIGHT = 3;

let english_: Hypher | undefined;
let russian_: Hypher | undefined;

function hypherFor(word: string): Hypher | null {
  if (LATIN_LOWER.test(word)) return (english_ ??= new Hypher(english));
  if (RUSSIAN_LOWER.test(word)) return (russian_ ??= new Hypher(russian));
  return null;
}

const cache = new Map<string, readonly number[]>();
/** A worker exports statement after statement: forget old words rather than grow for ever. */
const CACHE_LIMIT = 50_000;
const NONE: readonly number[] = Object.freeze([]);

/**
 * Offsets inside `word` (a run of letters without spaces or punctuation) after which a hyphen
 * may be put; empty when the word must not be hyphenated.
 */
export function hyphenationPoints(word: string): readonly number[] {
  if (word.length < MIN_WORD) return NONE;
  const cached = cache.get(word);
  if (cached !== undefined) return cached;
  const hypher = hypherFor(word);
  let points: readonly number[] = NONE;
  if (hypher !== null) {
    const found: number[] = [];
    let offset = 0;
    for (const syllable of hypher.hyphenate(word)) {
      offset += syllable.length;
      if (offset >= MIN_LEFT && offset <= word.length - MIN_RIGHT) found.push(offset);
    }
    if (found.length > 0) points = found;
  }
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(word, points);
  return points;
}
