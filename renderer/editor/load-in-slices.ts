import {
  $getRoot,
  $parseSerializedNode,
  CLEAR_HISTORY_COMMAND,
  COMMAND_PRIORITY_CRITICAL,
  HISTORY_MERGE_TAG,
  REDO_COMMAND,
  SKIP_SCROLL_INTO_VIEW_TAG,
  UNDO_COMMAND,
  type LexicalEditor,
} from 'lexical';
import { mergeRegister } from '@lexical/utils';
import type { SerializedEditorState, SerializedNode } from '../../core/statement/editor-state.ts';
import { $isFootnotesAreaNode } from './nodes/FootnotesAreaNode.ts';

/**
 * Blocks the editor starts with: more than a screenful, so the writer sees the statement's
 * beginning at once. Why not all of them: parsing and painting a thousand-page statement
 * (thousands of blocks) in one task froze the window for seconds (1.7 s measured).
 */
export const FIRST_BLOCKS = 60;
/**
 * Time one slice may spend parsing blocks. Painting them and the listeners that follow each
 * update (note numbers, panels) take about as long again, so a slice stays far below a freeze.
 * A budget of time, not of blocks: a fixed small count made the load crawl (a thousand pages
 * took minutes, the per-update costs paid for every few blocks).
 */
const PARSE_BUDGET_MS = 16;

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
 * Appends `rest` to the editor a slice at a time, a slice a frame. The appends
 * are not the writer's: merged into the history's present (no undo step) and, with that tag,
 * not reported to the window as a change (the document stays clean). The writer may type
 * meanwhile (the blocks go in at the end), but not undo or redo: an undo would restore a state
 * that lacks the blocks appended since, and the edits made during the load cannot be undone
 * after it for the same reason. (Not read-only: making the editor editable again restyled and
 * laid out the whole statement in one task, over a second for a thousand pages.) Returns a
 * function that stops the load (a remount).
 */
export function appendInSlices(editor: LexicalEditor, rest: readonly SerializedNode[], nextTask: () => Promise<void> = afterNextFrame): () => void {
  if (rest.length === 0) return () => {};
  let stopped = false;
  let next = 0;
  let edited = false;
  pending.set(editor, rest);
  const unblock = mergeRegister(
    editor.registerCommand(UNDO_COMMAND, () => true, COMMAND_PRIORITY_CRITICAL),
    editor.registerCommand(REDO_COMMAND, () => true, COMMAND_PRIORITY_CRITICAL),
    editor.registerUpdateListener(({ tags, dirtyElements, dirtyLeaves }) => {
      if (!tags.has(HISTORY_MERGE_TAG) && (dirtyElements.size > 0 || dirtyLeaves.size > 0)) edited = true;
    }),
  );
  void (async () => {
    while (!stopped && next < rest.length) {
      await nextTask();
      if (stopped) break;
      editor.update(
        () => {
          const root = $getRoot();
          // Before the notes area, which the footnotes plugin keeps last.
          const last = root.getLastChild();
          const area = last && $isFootnotesAreaNode(last) ? last : null;
          const started = performance.now();
          do {
            const node = $parseSerializedNode(rest[next++] as Parameters<typeof $parseSerializedNode>[0]);
            if (area) area.insertBefore(node);
            else root.append(node);
          } while (next < rest.length && performance.now() - started < PARSE_BUDGET_MS);
        },
        { tag: [HISTORY_MERGE_TAG, SKIP_SCROLL_INTO_VIEW_TAG], discrete: true },
      );
      pending.set(editor, rest.slice(next));
    }
    unblock();
    pending.delete(editor);
    if (!stopped && edited) editor.dispatchCommand(CLEAR_HISTORY_COMMAND, undefined);
  })();
  return () => {
    stopped = true;
  };
}

/**
 * After the next frame is painted, so each frame lays out only the blocks of one slice. Slices
 * queued straight after each other starved rendering until the last one, and the first frame
 * after them laid out the whole statement in one go (seconds for a thousand pages). A hidden
 * window paints no frames: a timer then.
 */
function afterNextFrame(): Promise<void> {
  return new Promise((resolve) => {
    if (document.visibilityState === 'hidden') setTimeout(resolve, 0);
    else requestAnimationFrame(() => setTimeout(resolve, 0));
  });
}
