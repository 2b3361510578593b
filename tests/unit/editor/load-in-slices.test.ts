// @vitest-environment jsdom
import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import { $createTextNode, $getRoot, createEditor, UNDO_COMMAND, type ElementNode } from 'lexical';
import { describe, expect, it } from 'vitest';
import { generateBigStatement } from '../../../bench/big-statement.ts';
import { appendInSlices, FIRST_BLOCKS, pendingBlocks, splitForLoading } from '../../../renderer/editor/load-in-slices.ts';
import { STATEMENT_NODES } from '../../../renderer/editor/nodes.ts';
import { statementEditorState } from '../../../renderer/editor/statement-editor-state.ts';
import { editorJsonInSlices } from '../../../renderer/editor/statement-json-in-slices.ts';

/** An editor attached to a DOM element (so its updates are committed and painted), with an undo history. */
function mountedEditor(first: unknown) {
  const editor = createEditor({ namespace: 'test', nodes: [...STATEMENT_NODES], onError: (error) => { throw error; } });
  const root = document.createElement('div');
  root.contentEditable = 'true';
  document.body.append(root);
  editor.setRootElement(root);
  editor.setEditorState(editor.parseEditorState(JSON.stringify(first)));
  const history = createEmptyHistoryState();
  registerHistory(editor, history, 1000);
  return { editor, history, root };
}

type Json = { [key: string]: unknown };
const sameRunStyle = (a: Json, b: Json) => a['type'] === 'text' && b['type'] === 'text' && ['format', 'style', 'mode', 'detail'].every((k) => a[k] === b[k]);
/**
 * The file form with neighbouring text runs of one style joined and list items' indent left
 * out: Lexical normalizes appended nodes (joins such runs, recomputes a nested item's indent,
 * which the generator writes as 0), so what counts is the text, its styles and its structure.
 */
function joinedRuns(value: unknown): unknown {
  if (Array.isArray(value)) {
    const out: Json[] = [];
    for (const item of value.map(joinedRuns) as Json[]) {
      const last = out.at(-1);
      if (last && sameRunStyle(last, item)) out[out.length - 1] = { ...last, text: `${last['text'] as string}${item['text'] as string}` };
      else out.push(item);
    }
    return out;
  }
  if (value && typeof value === 'object') {
    const listItem = (value as Json)['type'] === 'listitem';
    return Object.fromEntries(Object.entries(value).filter(([k, v]) => v !== undefined && !(listItem && k === 'indent')).map(([k, v]) => [k, joinedRuns(v)]));
  }
  return value;
}

describe('a long statement loaded in slices', () => {
  // Long enough to take several slices of parsing time even on a fast machine.
  const statement = generateBigStatement(3000);
  const file = JSON.parse(JSON.stringify(statement.editor)) as typeof statement.editor;

  it('keeps a short statement whole: nothing is left to append', () => {
    const short = generateBigStatement(20).editor;
    expect(splitForLoading(short)).toEqual({ first: short, rest: [] });
  });

  it('starts with the first blocks, appends the rest task by task, and the file form is the whole statement at every moment', async () => {
    const { first, rest } = splitForLoading(file);
    expect(first.root.children).toHaveLength(FIRST_BLOCKS);
    expect(first.root.children.length + rest.length).toBe(file.root.children.length);
    const { editor, history, root } = mountedEditor(first);

    const tasks: Array<() => void> = [];
    appendInSlices(editor, rest, () => new Promise<void>((resolve) => tasks.push(resolve)));
    const seen: number[] = [];
    // Run the load one task at a time: between tasks, a save or recovery copy sees the whole statement.
    for (let i = 0; i < 10_000 && (tasks.length > 0 || pendingBlocks(editor).length > 0); i++) {
      await new Promise((r) => setTimeout(r, 0));
      seen.push(editor.getEditorState().read(() => $getRoot().getChildrenSize()));
      expect(joinedRuns(statementEditorState(editor))).toEqual(joinedRuns(file));
      expect(joinedRuns(JSON.parse(await editorJsonInSlices(editor.getEditorState(), async () => ({ timeRemaining: () => 0 }), pendingBlocks(editor))))).toEqual(joinedRuns(file));
      tasks.shift()?.();
    }
    expect(pendingBlocks(editor)).toHaveLength(0);
    // More than one task, each adding blocks, and all of them in the end, painted.
    expect(new Set(seen).size).toBeGreaterThan(2);
    expect(root.children.length).toBe(file.root.children.length);
    // Not the writer's doing: nothing to undo.
    expect(history.undoStack).toHaveLength(0);
    // A slower machine parses fewer blocks per slice, so more slices, each checked whole: seconds on a busy one.
  }, 60_000);

  it('lets the writer type during the load but not undo, so no undo can drop the blocks appended since', async () => {
    const { first, rest } = splitForLoading(file);
    const { editor, history } = mountedEditor(first);
    const tasks: Array<() => void> = [];
    appendInSlices(editor, rest, () => new Promise<void>((resolve) => tasks.push(resolve)));
    const text = () => editor.getEditorState().read(() => $getRoot().getTextContent());
    const blocks = () => editor.getEditorState().read(() => $getRoot().getChildrenSize());
    await new Promise((r) => setTimeout(r, 0));
    tasks.shift()?.();
    await new Promise((r) => setTimeout(r, 0));
    editor.update(() => $getRoot().getFirstChildOrThrow<ElementNode>().append($createTextNode(' typed during the load')), { discrete: true });
    expect(history.undoStack.length).toBeGreaterThan(0);
    tasks.shift()?.();
    await new Promise((r) => setTimeout(r, 0));
    const before = blocks();
    editor.dispatchCommand(UNDO_COMMAND, undefined);
    expect(text()).toContain('typed during the load');
    expect(blocks()).toBe(before);
    while (tasks.length > 0 || pendingBlocks(editor).length > 0) {
      tasks.shift()?.();
      await new Promise((r) => setTimeout(r, 0));
    }
    expect(blocks()).toBe(file.root.children.length);
    // The edit stays, and the history starts after the load.
    expect(history.undoStack).toHaveLength(0);
    editor.dispatchCommand(UNDO_COMMAND, undefined);
    expect(text()).toContain('typed during the load');
    expect(blocks()).toBe(file.root.children.length);
  });
});
