import { z } from 'zod';
import { countryCodeSchema } from '../cases/countries.ts';
import { partialDateSchema } from '../cases/dates.ts';
import { nameKey, nameKeyPrefix } from '../cases/name-key.ts';
import { ROLE_VALUES, STATUS_VALUES } from '../cases/vocabulary.ts';

/**
 * A library search: free text (names in any spelling or script, English or Russian words,
 * article numbers) and filters. Every filter narrows; an empty query with no filter lists
 * the library, newest first.
 */
export const DEFAULT_SEARCH_LIMIT = 50;
export const MAX_SEARCH_LIMIT = 1000;

export const searchRequestSchema = z
  .object({
    query: z.string().max(500).default(''),
    /** A country the case concerns: nationality, or the country of an event or a charge. */
    country: countryCodeSchema.optional(),
    status: z.enum(STATUS_VALUES).optional(),
    role: z.enum(ROLE_VALUES).optional(),
    /** A tag, compared without regard to case. */
    tag: z.string().min(1).max(80).optional(),
    /** Cases with an event that may fall in this range (a month-precise event counts if any of its days does). */
    from: partialDateSchema.optional(),
    to: partialDateSchema.optional(),
    limit: z.number().int().min(1).max(MAX_SEARCH_LIMIT).default(DEFAULT_SEARCH_LIMIT),
  })
  .strict();
export type SearchRequest = z.input<typeof searchRequestSchema>;
export type ParsedSearchRequest = z.output<typeof searchRequestSchema>;

/** One word of the query, in the forms the search looks for. */
export type SearchTerm = {
  /** The word as typed, lower-cased (ё read as е): matched as a word prefix in the text. */
  text: string;
  /** A shorter prefix when the word looks inflected ("deported" → "deport", "депортации" → "депортаци"). */
  stem: string;
  /** The word's name key, for names in any spelling: matched exactly or, for a word being typed, as a prefix. */
  key: string;
  keyPrefix: string;
};

const ENGLISH_ENDINGS = ['ations', 'ation', 'ings', 'ing', 'ions', 'ion', 'ees', 'ies', 'ed', 'es', 'ee', 's'];
const RUSSIAN_ENDINGS = [
  'иями', 'ями', 'ами', 'ого', 'его', 'ому', 'ему', 'ыми', 'ими', 'ией', 'иях', 'ях', 'ах', 'ой', 'ей', 'ий', 'ый', 'ая', 'яя',
  'ое', 'ее', 'ую', 'юю', 'ом', 'ем', 'ов', 'ев', 'ию', 'ия', 'ие', 'ья', 'ье', 'а', 'я', 'о', 'е', 'и', 'ы', 'у', 'ю', 'ь', 'й',
];

/**
 * A light stemmer for the query side only: it shortens a word to a prefix that its other forms
 * share, so "deported" finds "deportation" and "депортация" finds "депортации". The index keeps
 * whole words, which keeps prefix search exact while the writer types.
 */
export function stemWord(word: string): string {
  const cyrillic = /[а-я]/.test(word);
  const endings = cyrillic ? RUSSIAN_ENDINGS : /^[a-z]+$/.test(word) ? ENGLISH_ENDINGS : [];
  for (const ending of endings) {
    if (word.endsWith(ending) && word.length - ending.length >= 4) return word.slice(0, -ending.length);
  }
  return word;
}

/**
 * The query's words. Punctuation (FTS syntax such as quotes, stars and colons included) only
 * separates them, except apostrophes and modifier letters inside a word, which belong to it
 * (Uzbek "Oʻtkir", "G'ayrat") and which the name key then drops.
 */
export function searchTerms(query: string): SearchTerm[] {
  const words = query
    .normalize('NFC')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .split(/[^\p{L}\p{M}\p{N}'‘’ʼʻ`´]+/u)
    .map((word) => word.replace(/^['‘’ʼʻ`´]+|['‘’ʼʻ`´]+$/gu, ''))
    .filter((word) => /[\p{L}\p{N}]/u.test(word));
  const terms: SearchTerm[] = [];
  for (const word of words.slice(0, 12)) {
    const key = nameKey(word);
    terms.push({ text: word, stem: stemWord(word), key, keyPrefix: nameKeyPrefix(word) });
  }
  return terms;
}
