/**
 * A result's snippet: a few words of a statement around the first word the search matched,
 * with the matching words marked. Words match as the index matches them: by prefix as
 * written, or by name key (a name in another spelling or script).
 */
import type { SnippetPart } from './archive-api.ts';
import { nameKey } from '../cases/name-key.ts';
import type { SearchTerm } from '../library/search-query.ts';

type MatchTerm = Pick<SearchTerm, 'stem' | 'keyPrefix'>;

const WORD = /[\p{L}\p{M}\p{N}'’ʼʻ]+/gu;

/** Characters shown on each side of the first match. */
const CONTEXT = 90;

/**
 * Name keys of the words met, kept across searches. A key costs a few microseconds, a search
 * may look at the words of fifty statements, and an archive's statements share most of their
 * words: a search as the writer types finds nearly all of them here.
 */
const knownKeys = new Map<string, string>();
const MAX_KNOWN_KEYS = 50_000;

function keyOf(word: string): string {
  let key = knownKeys.get(word);
  if (key === undefined) {
    if (knownKeys.size >= MAX_KNOWN_KEYS) knownKeys.clear();
    key = nameKey(word);
    knownKeys.set(word, key);
  }
  return key;
}

export function wordMatches(word: string, terms: ReadonlyArray<MatchTerm>): boolean {
  const lower = word.toLowerCase().replace(/ё/g, 'е');
  let key: string | null = null;
  for (const term of terms) {
    if (term.stem.length > 0 && lower.startsWith(term.stem)) return true;
    if (term.keyPrefix.length >= 2) {
      key ??= keyOf(word);
      if (key.startsWith(term.keyPrefix)) return true;
    }
  }
  return false;
}

/** A search's test of a word, made once per word: the texts of its results share most of their words. */
export type SnippetMatcher = { terms: ReadonlyArray<MatchTerm>; matches(word: string): boolean };

export function snippetMatcher(terms: ReadonlyArray<MatchTerm>): SnippetMatcher {
  const seen = new Map<string, boolean>();
  const matches = (word: string) => {
    let found = seen.get(word);
    if (found === undefined) {
      found = wordMatches(word, terms);
      seen.set(word, found);
    }
    return found;
  };
  return { terms, matches };
}

function firstMatch(text: string, matcher: SnippetMatcher): number {
  if (matcher.terms.length === 0) return -1;
  for (const m of text.matchAll(WORD)) if (matcher.matches(m[0])) return m.index;
  return -1;
}

/**
 * The snippet around the first match; the text's opening words when nothing matches (a
 * filter-only search). Only the text near the match is flattened and marked: a search cuts
 * the snippets of up to hundreds of statements.
 */
export function snippetOf(text: string, matcher: SnippetMatcher): SnippetPart[] {
  const first = firstMatch(text, matcher);
  const at = first < 0 ? 0 : first;
  // The text around it with its runs of white space made single, as it is shown.
  const from = Math.max(0, at - 4 * CONTEXT);
  const to = at + 8 * CONTEXT;
  const flatten = (part: string) => part.replace(/\s+/g, ' ');
  let flat = flatten(text.slice(from, to));
  let matchAt = flatten(text.slice(from, at)).length;
  if (from === 0) {
    const trimmed = flat.trimStart();
    matchAt = Math.max(0, matchAt - (flat.length - trimmed.length));
    flat = trimmed;
  }
  const moreAfter = /\S/.test(text.slice(to));
  if (!moreAfter) flat = flat.trimEnd();

  let start = first < 0 ? 0 : Math.max(0, matchAt - CONTEXT);
  let end = Math.min(flat.length, matchAt + CONTEXT * 2);
  // Whole words only.
  const cutBefore = start > 0 || from > 0;
  if (cutBefore) start = flat.indexOf(' ', start) + 1 || start;
  if (end < flat.length) end = flat.lastIndexOf(' ', end) > start ? flat.lastIndexOf(' ', end) : end;
  const window = flat.slice(start, end);
  const parts: SnippetPart[] = [];
  const push = (part: string, match: boolean) => {
    if (part === '') return;
    const last = parts[parts.length - 1];
    if (last && last.match === match) last.text += part;
    else parts.push({ text: part, match });
  };
  if (cutBefore) push('… ', false);
  let last = 0;
  for (const m of window.matchAll(WORD)) {
    if (!matcher.matches(m[0])) continue;
    push(window.slice(last, m.index), false);
    push(m[0], true);
    last = m.index + m[0].length;
  }
  push(window.slice(last), false);
  if (end < flat.length || moreAfter) push(' …', false);
  return parts;
}
