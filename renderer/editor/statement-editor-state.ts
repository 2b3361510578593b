import type { LexicalEditor } from 'lexical';
import type { SerializedEditorState, SerializedNode } from '../../core/statement/editor-state.ts';
import { pendingBlocks } from './load-in-slices.ts';

/** Node types the editor shows but the file does not keep (they are derived). */
export const DERIVED_TYPES: ReadonlySet<string> = new Set(['footnotes-area']);

/** The editor's content as it goes into the .statement file. */
export function statementEditorState(editor: LexicalEditor): SerializedEditorState {
  const state = editor.getEditorState().toJSON() as unknown as SerializedEditorState;
  // A long statement still loading: its blocks not yet in the editor are part of the file too.
  const pending = pendingBlocks(editor);
  const children = pending.length > 0 ? [...state.root.children, ...pending] : state.root.children;
  if (pending.length === 0 && !children.some((child: SerializedNode) => DERIVED_TYPES.has(child.type))) return state;
  return { root: { ...state.root, children: children.filter((child) => !DERIVED_TYPES.has(child.type)) } };
}
