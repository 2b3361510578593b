import { describe, expect, it } from 'vitest';
import { generateBigStatement } from '../../../bench/big-statement.ts';
import { toPandocMarkdown } from '../../../bench/statement-markdown.ts';
import { toDocument } from '../../../core/document/to-document.ts';
import { br, h, item, link, list, note, p, quote, statementOf, text } from '../document/helpers.ts';

/** The bench's Markdown for pandoc must carry the same content as our HTML export, or the race is unfair. */
describe('bench: the statement as Pandoc Markdown', () => {
  it('writes blocks, marks, links and notes in Pandoc syntax, escaping what would read as markup', () => {
    const doc = toDocument(
      statementOf([
        h('h2', text('Calls')),
        p(text('Detained '), text('on 19 May ', 1), text('a*b_c [x] <y>'), note(p(text('Source '), link('https://example.org/a', text('here'))), p(text('More.')))),
        list('number', [item(text('one')), item(list('bullet', [item(text('nested'))])), item(text('two'))], 3),
        quote(text('line'), br(), text('next')),
        p(text('1. not a list')),
      ]),
    );
    expect(toPandocMarkdown(doc)).toBe(
      [
        '---\ntitle: "Joint statement"\ndate: "Bishkek, Vienna, 26 June 2024"\nlang: en\n---',
        '## Calls',
        'Detained **on 19 May** a\\*b\\_c \\[x\\] \\<y\\>[^1]',
        '3.  one\n\n    -   nested\n4.  two',
        '> line\\\n> next',
        '1\\. not a list',
        '[^1]: Source [here](<https://example.org/a>)\n\n    More.',
      ].join('\n\n') + '\n',
    );
  });

  it('has every paragraph and note of the big statement', () => {
    const markdown = toPandocMarkdown(toDocument(generateBigStatement(800)));
    expect(markdown.match(/^\[\^\d+\]: /gm)).toHaveLength(200);
    expect(markdown.match(/\[\^\d+\](?!:)/g)).toHaveLength(200);
  });
});
