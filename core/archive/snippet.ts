/**
 * A result's snippet: a few words of a statement around the first word the search matched,
 * with the matching words marked. Words match as the index matches them: by prefix as
 * written, or by name key (a name in another spelling or script).
 */
import type { SnippetPart } from './archive-api.ts';
import { nameKey } from '../cases/name-key.ts';
import type { SearchTerm } from '../library/search-query.ts';

const WORD = /[\p{L}\p{M}\p{N}'’ʼʻ]+/gu;

/** Characters shown on each side of the first match. */
const CONTEXT = 90;

export function wordMatches(word: string, terms: ReadonlyArray<Pick<SearchTerm, 'stem' | 'keyPrefix'>>): boolean {
  const lower = word.toLowerCase().replace(/ё/g, 'е');
  let key: string | null = null;
  for (const term of terms) {
    if (term.stem.length > 0 && lower.startsWith(term.stem)) return true;
    if (term.keyPrefix.length >= 2) {
      key ??= nameKey(word);
      if (key.startsWith(term.keyPrefix)) return true;
    }
  }
  return false;
}

/** The snippet around the first match; the text's opening words when nothing matches (a filter-only search). */
export function snippetOf(text: string, terms: ReadonlyArray<Pick<SearchTerm, 'stem' | 'keyPrefix'>>): SnippetPart[] {
  const flat = text.replace(/\s+/g, ' ').trim();
  let first = -1;
  if (terms.length > 0) {
    for (const m of flat.matchAll(WORD)) {
      if (wordMatches(m[0], terms)) {
        first = m.index;
        break;
      }
    }
  }
  let start = first < 0 ? 0 : Math.max(0, first - CONTEXT);
  let end = Math.min(flat.length, (first < 0 ? 0 : first) + CONTEXT * 2);
  // Whole words only.
  if (start > 0) start = flat.indexOf(' ', start) + 1 || start;
  if (end < flat.length) end = flat.lastIndexOf(' ', end) > start ? flat.lastIndexOf(' ', end) : end;
  const window = flat.slice(start, end);
  const parts: SnippetPart[] = [];
  const push = (part: string, match: boolean) => {
    if (part === '') return;
    const last = parts[parts.length - 1];
    if (last && last.match === match) last.text += part;
    else parts.push({ text: part, match });
  };
  if (start > 0) push('… ', false);
  let at = 0;
  for (const m of window.matchAll(WORD)) {
    if (!wordMatches(m[0], terms)) continue;
    push(window.slice(at, m.index), false);
    push(m[0], true);
    at = m.index + m[0].length;
  }
  push(window.slice(at), false);
  if (end < flat.length) push(' …', false);
  return parts;
}
