import { $getNodeByKey, $parseSerializedNode, HISTORY_MERGE_TAG, SKIP_DOM_SELECTION_TAG, SKIP_SCROLL_INTO_VIEW_TAG, type LexicalEditor, type NodeKey, type SerializedLexicalNode } from 'lexical';
import type { SerializedNode } from '../../../../core/statement/editor-state.ts';
import { $isFootnoteNode } from '../../nodes/FootnoteNode.ts';
import { $serializeSubtree } from '../../serialize-subtree.ts';

/** The blocks of a note's text, serialized; null when there is no such note (any more). */
export function readNoteBlocks(editor: LexicalEditor, key: NodeKey): SerializedNode[] | null {
  return editor.getEditorState().read(() => {
    const node = $getNodeByKey(key);
    const body = $isFootnoteNode(node) ? node.getBody() : null;
    return body ? body.getChildren().map($serializeSubtree) : null;
  });
}

/**
 * Puts new text into a note, from the footnotes panel's note editor. The statement's own
 * caret stays where it was and nothing scrolls: the writer is typing in the panel. With
 * `continuing`, the change joins the previous undo step, so one visit to the panel is
 * one step of the statement's undo, like an edit made in the notes area.
 */
export function replaceNoteBlocks(editor: LexicalEditor, key: NodeKey, blocks: readonly SerializedNode[], continuing: boolean): boolean {
  let replaced = false;
  const tags = [SKIP_DOM_SELECTION_TAG, SKIP_SCROLL_INTO_VIEW_TAG, ...(continuing ? [HISTORY_MERGE_TAG] : [])];
  editor.update(
    () => {
      const node = $getNodeByKey(key);
      const body = $isFootnoteNode(node) ? node.getWritable().getBody() : null;
      if (!body) return;
      body.clear();
      body.append(...blocks.map((block) => $parseSerializedNode(block as unknown as SerializedLexicalNode)));
      replaced = true;
    },
    { tag: tags, discrete: true },
  );
  return replaced;
}
