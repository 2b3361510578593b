// @vitest-environment jsdom
import { $createLinkNode } from '@lexical/link';
import { $createParagraphNode, $createTextNode, $getRoot, createEditor, type ElementNode } from 'lexical';
import { describe, expect, it } from 'vitest';
import { footnoteDraftSchema, type FootnoteRun } from '../../../core/cases/footnote.ts';
import { STATEMENT_NODES } from '../../../renderer/editor/nodes.ts';
import { $createFootnoteBodyNode } from '../../../renderer/editor/nodes/FootnoteBodyNode.ts';
import { $createFootnoteNode } from '../../../renderer/editor/nodes/FootnoteNode.ts';
import { $createFootnoteFromRuns, $footnoteBodyToRuns, defaultNoteTitle } from '../../../renderer/editor/plugins/footnotes/library-note.ts';

function run<T>(task: () => T): T {
  const editor = createEditor({ nodes: STATEMENT_NODES, onError: (error) => { throw error; } });
  let result: T | undefined;
  editor.update(() => {
    result = task();
  }, { discrete: true });
  return result as T;
}

const RUNS: FootnoteRun[] = [
  { text: 'Criminal Code of Uzbekistan, ' },
  { text: 'article 159', bold: true },
  { text: ', ' },
  { text: 'in force', italic: true, underline: true },
  { text: ', text at ' },
  { text: 'lex.uz', link: 'https://lex.uz/docs/111457' },
  { text: ' (Russian)', bold: true, link: 'https://lex.uz/docs/111457' },
];

describe('library notes: a note body to runs and back', () => {
  it('keeps bold, italic, underline and links through a round trip', () => {
    const back = run(() => {
      const footnote = $createFootnoteFromRuns(RUNS);
      $getRoot().append($createParagraphNode().append(footnote));
      const paragraph = footnote.getBody()!.getFirstChildOrThrow<ElementNode>();
      // Consecutive runs with the same link share one link node.
      expect(paragraph.getChildren().map((node) => node.getType())).toEqual(['text', 'text', 'text', 'text', 'text', 'link']);
      return $footnoteBodyToRuns(footnote.getBody()!);
    });
    expect(back).toEqual(RUNS);
    expect(footnoteDraftSchema.safeParse({ title: 'Art. 159', body: back, language: 'en', tags: [] }).success).toBe(true);
  });

  it('merges same-styled text, joins paragraphs with a space, drops other formats and unsafe links', () => {
    const runs = run(() => {
      const body = $createFootnoteBodyNode().append(
        $createParagraphNode().append($createTextNode('  First '), $createTextNode('part').toggleFormat('strikethrough')),
        $createParagraphNode().append($createLinkNode('javascript:alert(1)').append($createTextNode('second'))),
        $createParagraphNode(),
      );
      $getRoot().append($createParagraphNode().append($createFootnoteNode(body)));
      return $footnoteBodyToRuns(body);
    });
    expect(runs).toEqual([{ text: 'First part second' }]);
  });

  it('gives nothing for an empty note', () => {
    expect(run(() => $footnoteBodyToRuns($createFootnoteBodyNode().append($createParagraphNode())))).toEqual([]);
  });

  it('offers the first words as a title', () => {
    expect(defaultNoteTitle('Criminal Code of Uzbekistan, article 159, text at lex.uz')).toBe('Criminal Code of Uzbekistan, article 159, text at');
    expect(defaultNoteTitle('  Short   note ')).toBe('Short note');
    expect(defaultNoteTitle('Report of the Working Group, 2023', 5)).toBe('Report of the Working Group');
    expect(defaultNoteTitle('x'.repeat(100))).toHaveLength(60);
  });
});
