// @vitest-environment jsdom
import { $createParagraphNode, $createTextNode, $getRoot, createEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import { checkEditorState, type SerializedEditorState } from '../../../core/statement/editor-state.ts';
import { STATEMENT_NODES } from '../../../renderer/editor/nodes.ts';
import { $createLeadSentenceNode, $isLeadSentenceNode, LeadSentenceNode } from '../../../renderer/editor/nodes/LeadSentenceNode.ts';
import { repaintLeadSentences } from '../../../renderer/editor/plugins/signatories/LeadSentencePlugin.tsx';

const LEAD = 'the Association for Human Rights in Central Asia (AHRCA) and the Norwegian Helsinki Committee (NHC)';

function statementEditor() {
  const editor = createEditor({ nodes: STATEMENT_NODES, onError: (error) => { throw error; } });
  editor.setRootElement(document.createElement('div'));
  return editor;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the lead sentence in the editor', () => {
  it('is saved with its text, accepted in a file, and read back', () => {
    const editor = statementEditor();
    editor.update(
      () => {
        $getRoot().clear().append($createParagraphNode().append($createTextNode('A statement by '), $createLeadSentenceNode(LEAD), $createTextNode(' today.')));
      },
      { discrete: true },
    );
    const json = editor.getEditorState().toJSON() as unknown as SerializedEditorState;
    const paragraph = (json.root.children as Array<{ children: Array<Record<string, unknown>> }>)[0]!;
    expect(paragraph.children[1]).toMatchObject({ type: 'lead-sentence', text: LEAD });
    expect(checkEditorState(json)).toBeNull();

    const other = statementEditor();
    other.setEditorState(other.parseEditorState(JSON.stringify(json)));
    expect(other.getEditorState().read(() => $getRoot().getTextContent())).toBe(`A statement by ${LEAD} today.`);
  });

  it('shows a placeholder while no organisation can be named, which is neither text nor saved', () => {
    const editor = statementEditor();
    editor.update(() => void $getRoot().clear().append($createParagraphNode().append($createLeadSentenceNode(''))), { discrete: true });
    const dom = editor.getRootElement()!.querySelector('.st-lead-sentence')!;
    expect(dom.textContent).toBe('issuing organisations');
    expect(dom.classList.contains('st-lead-sentence-empty')).toBe(true);
    expect(editor.getEditorState().read(() => $getRoot().getTextContent())).toBe('');
  });

  it('is rewritten, every one of them, when the organisations change, and left alone when they do not', async () => {
    const editor = statementEditor();
    editor.update(
      () => void $getRoot().clear().append($createParagraphNode().append($createLeadSentenceNode('old'), $createTextNode(' and '), $createLeadSentenceNode('old'))),
      { discrete: true },
    );
    const before = editor.getEditorState();
    repaintLeadSentences(editor, LEAD);
    await settle();
    expect(editor.getEditorState().read(() => $getRoot().getTextContent())).toBe(`${LEAD} and ${LEAD}`);
    expect(editor.getRootElement()!.querySelectorAll('.st-lead-sentence')[1]!.textContent).toBe(LEAD);
    expect(editor.getEditorState()).not.toBe(before);

    const after = editor.getEditorState();
    repaintLeadSentences(editor, LEAD);
    await settle();
    expect(editor.getEditorState()).toBe(after);
  });

  it('is an inline unit whose text is its content', () => {
    const editor = statementEditor();
    editor.update(
      () => {
        const node = $createLeadSentenceNode(LEAD);
        expect($isLeadSentenceNode(node)).toBe(true);
        expect(node).toBeInstanceOf(LeadSentenceNode);
        expect(node.isInline()).toBe(true);
        expect(node.getTextContent()).toBe(LEAD);
      },
      { discrete: true },
    );
  });
});
