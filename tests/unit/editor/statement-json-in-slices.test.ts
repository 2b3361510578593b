// @vitest-environment jsdom
import { $createParagraphNode, $createTextNode, $getRoot, createEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import { generateBigStatement } from '../../../bench/big-statement.ts';
import { STATEMENT_NODES } from '../../../renderer/editor/nodes.ts';
import { statementEditorState } from '../../../renderer/editor/statement-editor-state.ts';
import { editorJsonInSlices, type IdleSlice } from '../../../renderer/editor/statement-json-in-slices.ts';

function editorWith(state: unknown) {
  const editor = createEditor({ namespace: 'test', nodes: [...STATEMENT_NODES], onError: (error) => { throw error; } });
  editor.setEditorState(editor.parseEditorState(JSON.stringify(state)));
  return editor;
}

describe('the recovery copy made in idle slices', () => {
  const statement = generateBigStatement(120);
  const editor = editorWith(statement.editor);

  it('is exactly the file form of the editor state, footnote bodies included, when the browser is busy', async () => {
    let slices = 0;
    const busy = (): Promise<IdleSlice> => {
      slices++;
      return Promise.resolve({ timeRemaining: () => 0 });
    };
    const json = await editorJsonInSlices(editor.getEditorState(), busy);
    expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(statementEditorState(editor))));
    expect(json).toContain('"$slots"');
    // Busy slices take a bounded number of blocks each, so the work is spread out.
    expect(slices).toBeGreaterThan(2);
  });

  it('takes as many blocks as an idle moment allows, and at least one per moment', async () => {
    let clock = 0;
    let slices = 0;
    const idle = (): Promise<IdleSlice> => {
      slices++;
      const end = clock + 3;
      return Promise.resolve({ timeRemaining: () => Math.max(0, end - clock++) });
    };
    const json = await editorJsonInSlices(editor.getEditorState(), idle);
    expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(statementEditorState(editor))));
    const blocks = statement.editor.root.children.length;
    expect(slices).toBeGreaterThan(blocks / 3);
    expect(slices).toBeLessThanOrEqual(blocks);
  });

  it('serializes the state it was given, whatever is typed meanwhile', async () => {
    const before = editor.getEditorState();
    const pending = editorJsonInSlices(before, () => Promise.resolve({ timeRemaining: () => 0 }));
    editor.update(
      () => {
        $getRoot().append($createParagraphNode().append($createTextNode('Typed while the copy was being made')));
      },
      { discrete: true },
    );
    const json = await pending;
    expect(JSON.parse(json).root.children.length).toBe(statement.editor.root.children.length);
    expect(json).not.toContain('Typed while');
    expect(JSON.stringify(statementEditorState(editor))).toContain('Typed while');
  });
});
