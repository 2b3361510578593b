import { $isElementNode, type LexicalNode } from 'lexical';
import type { SerializedNode } from '../../core/statement/editor-state.ts';

/**
 * A node and its descendants in the file's serialized form. `exportJSON` of an element
 * leaves its children out (the editor state adds them); this puts them back, for code that
 * needs one part of the document rather than all of it.
 */
export function $serializeSubtree(node: LexicalNode): SerializedNode {
  const json = node.exportJSON() as SerializedNode;
  return $isElementNode(node) ? { ...json, children: node.getChildren().map($serializeSubtree) } : json;
}
