import { $getNodeByKey, $getRoot, $exportNodeJSON, type EditorState } from 'lexical';
import { DERIVED_TYPES } from './statement-editor-state.ts';
import { $serializeSubtree } from './serialize-subtree.ts';
import type { SerializedNode } from '../../core/statement/editor-state.ts';

/** A moment the browser can spare: how long is left of it. */
export type IdleSlice = { timeRemaining(): number };
export type NextSlice = () => Promise<IdleSlice>;

/** Blocks serialized per slice when the browser gave no idle time (the slice timed out). */
const BLOCKS_WHEN_BUSY = 40;

/**
 * The editor state as the file's JSON text (what `JSON.stringify(statementEditorState())`
 * gives), made a few blocks at a time in idle moments between keystrokes. An editor state
 * never changes once made, so typing may go on meanwhile: the text is that of the moment the
 * state was taken; `notYetLoaded` are the blocks of that moment still waiting to be loaded. Why: a long statement takes tens of milliseconds to serialize in one go,
 * which the writer feels as a stalled keystroke once a second (the recovery copy).
 */
export async function editorJsonInSlices(state: EditorState, nextSlice: NextSlice, notYetLoaded: readonly SerializedNode[] = []): Promise<string> {
  const { head, keys } = state.read(() => {
    const root = $getRoot();
    const { children: _children, ...rest } = $exportNodeJSON(root) as { children?: unknown };
    return { head: JSON.stringify(rest), keys: root.getChildrenKeys() };
  });
  const parts: string[] = [];
  let next = 0;
  while (next < keys.length) {
    const slice = await nextSlice();
    const busy = slice.timeRemaining() <= 1;
    state.read(() => {
      let done = 0;
      // At least one block per slice, so the copy always gets made.
      do {
        const node = $getNodeByKey(keys[next++]!);
        if (node && !DERIVED_TYPES.has(node.getType())) parts.push(JSON.stringify($serializeSubtree(node)));
        done++;
      } while (next < keys.length && (busy ? done < BLOCKS_WHEN_BUSY : slice.timeRemaining() > 1));
    });
  }
  // A long statement still loading (load-in-slices.ts): the blocks it has not appended yet follow.
  for (const block of notYetLoaded) parts.push(JSON.stringify(block));
  // The root's own fields, then its children: `head` is a JSON object, so drop its closing brace.
  return `{"root":${head.slice(0, -1)},"children":[${parts.join(',')}]}}`;
}

/** The browser's next idle moment, or a slice with no time left once `timeoutMs` has passed. */
export function nextIdleSlice(timeoutMs = 250): Promise<IdleSlice> {
  return new Promise((resolve) => requestIdleCallback((deadline) => resolve(deadline), { timeout: timeoutMs }));
}
