import { $getRoot, $parseSerializedNode, HISTORY_MERGE_TAG, SKIP_SCROLL_INTO_VIEW_TAG, type LexicalEditor } from 'lexical';
import type { SerializedEditorState, SerializedNode } from '../../core/statement/editor-state.ts';
import { $isFootnotesAreaNode } from './nodes/FootnotesAreaNode.ts';

/**
 * Blocks the editor starts with: more than a screenful, so the writer sees the statement's
 * beginning at once. Why not all of them: parsing and painting a thousand-page statement
 * (thousands of blocks) in one task froze the window for seconds (1.7 s measured).
 */
export const FIRST_BLOCKS = 60;
/** Time one slice may take (parse, commit, paint of the DOM nodes), well under a long task. */
const SLICE_BUDGET_MS = 12;

/** Blocks of each editor still waiting to be appended: the file's text is theirs plus these. */
const pending = new WeakMap<LexicalEditor, readonly SerializedNode[]>();

/** The blocks `editor` has not appended yet (none once it has all of them). */
export function pendingBlocks(editor: LexicalEditor): readonly SerializedNode[] {
  return pending.get(editor) ?? [];
}

/** The state the editor starts from, and the blocks to append after it. */
export function splitForLoading(state: SerializedEditorState): { first: SerializedEditorState; rest: SerializedNode[] } {
  const children = state.root.children;
  if (children.length <= FIRST_BLOCKS) return { first: state, rest: [] };
  return { first: { ...state, root: { ...state.root, children: children.slice(0, FIRST_BLOCKS) } }, rest: children.slice(FIRST_BLOCKS) };
}

/**
 * Appends `rest` to the editor a slice at a time between frames. The appends are not the
 * writer's: merged into the history's present (no undo step) and, with that tag, not
 * reported to the window as a change (the document stays clean). The editor is read-only
 * meanwhile, because an undo of an edit made during the load would restore a state that
 * lacks the blocks appended after it. Returns a function that stops the load (a remount).
 */
export function appendInSlices(editor: LexicalEditor, rest: readonly SerializedNode[], nextFrame: () => Promise<void> = afterNextFrame): () => void {
  if (rest.length === 0) return () => {};
  let stopped = false;
  let next = 0;
  pending.set(editor, rest);
  const wasEditable = editor.isEditable();
  editor.setEditable(false);
  let perSlice = 10;
  void (async () => {
    while (!stopped && next < rest.length) {
      await nextFrame();
      if (stopped) return;
      const slice = rest.slice(next, next + perSlice);
      const started = performance.now();
      editor.update(
        () => {
          const root = $getRoot();
          // Before the notes area, which the footnotes plugin keeps last.
          const area = root.getLastChild();
          const nodes = slice.map((block) => $parseSerializedNode(block as Parameters<typeof $parseSerializedNode>[0]));
          if (area && $isFootnotesAreaNode(area)) for (const node of nodes) area.insertBefore(node);
          else root.append(...nodes);
        },
        { tag: [HISTORY_MERGE_TAG, SKIP_SCROLL_INTO_VIEW_TAG], discrete: true },
      );
      next += slice.length;
      pending.set(editor, rest.slice(next));
      // Blocks differ in size: aim the next slice at the budget from what this one cost.
      const spent = performance.now() - started;
      perSlice = Math.max(5, Math.min(400, Math.round((perSlice * SLICE_BUDGET_MS) / Math.max(1, spent))));
    }
    pending.delete(editor);
    if (!stopped) editor.setEditable(wasEditable);
  })();
  return () => {
    stopped = true;
  };
}

/** After the browser has painted the next frame (a timer in a hidden window, which paints none). */
function afterNextFrame(): Promise<void> {
  return new Promise((resolve) => {
    if (document.hidden) setTimeout(resolve, 0);
    else requestAnimationFrame(() => setTimeout(resolve, 0));
  });
}
