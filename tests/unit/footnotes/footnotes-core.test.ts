import { describe, expect, it } from 'vitest';
import { checkFootnotes } from '../../../core/checks/footnote-checks.ts';
import { footnotesInOrder, serializedText } from '../../../core/footnotes/footnotes-in-order.ts';
import { formatFootnoteNumber } from '../../../core/footnotes/numbering.ts';
import { checkEditorState, type SerializedEditorState, type SerializedNode } from '../../../core/statement/editor-state.ts';
import { newStatement } from '../../../core/statement/new-statement.ts';
import { parseStatement, serializeStatement } from '../../../core/statement/parse.ts';

const text = (t: string): SerializedNode => ({ type: 'text', version: 1, text: t, format: 0, detail: 0, mode: 'normal', style: '' });
const el = (type: string, children: SerializedNode[], extra: Record<string, unknown> = {}): SerializedNode => ({ type, version: 1, children, ...extra });
const note = (...body: SerializedNode[]): SerializedNode => ({
  type: 'footnote',
  version: 1,
  $slots: { body: el('footnote-body', [el('paragraph', body)]) },
});
const doc = (...blocks: SerializedNode[]): SerializedEditorState => ({ root: el('root', blocks) as SerializedEditorState['root'] });

describe('footnote numbering', () => {
  it('counts 1, 2, 3 or i, ii, iii', () => {
    expect([1, 2, 3, 10].map((n) => formatFootnoteNumber(n, 'decimal'))).toEqual(['1', '2', '3', '10']);
    expect([1, 2, 4, 9, 14, 40, 99, 200].map((n) => formatFootnoteNumber(n, 'lower-roman'))).toEqual(['i', 'ii', 'iv', 'ix', 'xiv', 'xl', 'xcix', 'cc']);
    expect(() => formatFootnoteNumber(0, 'decimal')).toThrow(RangeError);
  });

  it('follows document order, including notes in nested lists and quotes', () => {
    const state = doc(
      el('paragraph', [text('a'), note(text('first'))]),
      el('list', [el('listitem', [text('b'), note(text('second'))]), el('listitem', [el('list', [el('listitem', [note(text('third'))])])])]),
      el('quote', [note(text('fourth')), text('c'), note(text('fifth'))]),
    );
    expect(footnotesInOrder(state).map((n) => [n.number, serializedText(n.body)])).toEqual([
      [1, 'first'],
      [2, 'second'],
      [3, 'third'],
      [4, 'fourth'],
      [5, 'fifth'],
    ]);
    expect(footnotesInOrder(state)[2]!.path).toBe('root.children[1].children[1].children[0].children[0].children[0]');
  });
});

describe('footnotes in the statement file', () => {
  it('round-trip with the note inside its reference and no stored number', () => {
    const s = newStatement();
    s.editor = doc(el('paragraph', [text('Held under article 159'), note(text('Criminal Code, art. 159.'))]));
    const file = serializeStatement(s);
    expect(file).not.toMatch(/"number"/);
    const back = parseStatement(file);
    expect(back.ok && footnotesInOrder(back.value.editor).map((n) => serializedText(n.body))).toEqual(['Criminal Code, art. 159.']);
  });

  it('reject a reference without its body, a wrong body and a note inside a note, naming the place', () => {
    expect(checkEditorState(doc(el('paragraph', [{ type: 'footnote', version: 1 }])))).toEqual({
      path: 'editor.root.children[0].children[0].$slots',
      message: 'a "footnote" node needs its body',
    });
    expect(checkEditorState(doc(el('paragraph', [{ type: 'footnote', version: 1, $slots: { body: el('paragraph', []) } }])))?.message).toBe(
      'expected a "footnote-body" node',
    );
    expect(checkEditorState(doc(el('paragraph', [note(text('outer'), note(text('inner')))])))).toEqual({
      path: 'editor.root.children[0].children[0].$slots.body.children[0].children[1]',
      message: 'a footnote inside a footnote',
    });
    expect(checkEditorState(doc(el('paragraph', [{ ...text('x'), $slots: {} }])))?.message).toBe('a "text" node has no slots');
  });
});

describe('footnote checks', () => {
  it('report empty notes, duplicates and links that are not http(s) or mailto', () => {
    const state = doc(
      el('paragraph', [
        note(text('Report of the Special Rapporteur.')),
        note(),
        note(text('report of the special  rapporteur.')),
        note(text('See '), el('link', [text('this')], { url: 'javascript:alert(1)' })),
        note(el('link', [text('OHCHR')], { url: 'https://www.ohchr.org/' })),
      ]),
    );
    expect(checkFootnotes(state)).toEqual([
      { code: 'footnote-empty', severity: 'error', footnote: 2, message: 'Note 2 is empty.' },
      { code: 'footnote-duplicate', severity: 'warning', footnote: 3, message: 'Note 3 has the same text as note 1.' },
      { code: 'footnote-unsafe-link', severity: 'error', footnote: 4, message: 'Note 4 links to “javascript:alert(1)”, which is not a web (http, https) or email address.' },
    ]);
    expect(checkFootnotes(state, 'lower-roman')[0]!.message).toBe('Note ii is empty.');
  });
});
