import type { LexicalEditor } from 'lexical';
import type { SerializedEditorState, SerializedNode } from '../../core/statement/editor-state.ts';

/** Node types the editor shows but the file does not keep (they are derived). */
export const DERIVED_TYPES: ReadonlySet<string> = new Set(['footnotes-area']);

/** The editor's content as it goes into the .statement file. */
export function statementEditorState(editor: LexicalEditor): SerializedEditorState {
  const state = editor.getEditorState().toJSON() as unknown as SerializedEditorState;
  const children = state.root.children;
  if (!children.some((child: SerializedNode) => DERIVED_TYPES.has(child.type))) return state;
  return { root: { ...state.root, children: children.filter((child) => !DERIVED_TYPES.has(child.type)) } };
}
