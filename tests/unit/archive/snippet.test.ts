import { describe, expect, it } from 'vitest';
import type { SnippetPart } from '../../../core/archive/archive-api.ts';
import { snippetMatcher, snippetOf } from '../../../core/archive/snippet.ts';
import { searchTerms } from '../../../core/library/search-query.ts';

const shown = (parts: SnippetPart[]) => parts.map((part) => (part.match ? `[${part.text}]` : part.text)).join('');
const snippet = (text: string, query: string) => shown(snippetOf(text, snippetMatcher(searchTerms(query))));

const filler = (words: number, word = 'lorem') => Array.from({ length: words }, () => word).join(' ');

describe('a search result’s snippet', () => {
  it('shows whole words around the first match, runs of white space made single, and marks every match', () => {
    const text = `${filler(60)}\n\n   Farhat   MEYMANKULYYEV\twas detained; Meimankulyiev's lawyer ${filler(60, 'ipsum')}`;
    const shownText = snippet(text, 'Мейманкулыев');
    expect(shownText).toMatch(/^… (lorem ){10,}Farhat \[MEYMANKULYYEV\] was detained; \[Meimankulyiev's\] lawyer( ipsum){10,} …$/);
    expect(shownText).not.toMatch(/\s{2}/);
  });

  it('opens at the text’s start, without an ellipsis, when the match is near it or when nothing matches', () => {
    const text = `  \n Torture in custody: ${filler(80)}`;
    expect(snippet(text, 'tortured')).toMatch(/^\[Torture\] in custody: (lorem ){20,}lorem …$/);
    expect(snippet(text, '')).toMatch(/^Torture in custody: (lorem ){20,}lorem …$/);
  });

  it('ends without an ellipsis at the text’s end, trailing space left out', () => {
    expect(snippet(`${filler(80)} deported to Turkey.  \n\n`, 'Turkey')).toMatch(/^… (lorem ){10,}deported to \[Turkey\]\.$/);
  });

  it('finds a match deep in a long text, past white space longer than the shown context', () => {
    const text = `${filler(2000)}${' '.repeat(500)}Kholiqnazarov ${filler(5)}`;
    expect(snippet(text, 'Kholiknazarov')).toBe(`… [Kholiqnazarov] ${filler(5)}`);
  });
});
