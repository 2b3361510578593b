import { $exportNodeJSON, $getSlot, $getSlotNames, $isElementNode, type LexicalNode } from 'lexical';
import type { SerializedNode } from '../../core/statement/editor-state.ts';

/**
 * A node and everything under it (children, and named slots such as a footnote's body) in
 * the file's serialized form: what `EditorState.toJSON()` writes for that part of the
 * document, for code that needs one part rather than all of it.
 */
export function $serializeSubtree(node: LexicalNode): SerializedNode {
  const json = $exportNodeJSON(node) as unknown as SerializedNode;
  if ($isElementNode(node)) json.children = node.getChildren().map($serializeSubtree);
  const slotNames = $getSlotNames(node);
  if (slotNames.length > 0) {
    const slots: Record<string, SerializedNode> = {};
    for (const name of slotNames) {
      const slot = $getSlot(node, name);
      if (slot) slots[name] = $serializeSubtree(slot);
    }
    (json as SerializedNode & { $slots?: Record<string, SerializedNode> }).$slots = slots;
  }
  return json;
}
