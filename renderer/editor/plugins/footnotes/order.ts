import { $getRoot, $isElementNode, type LexicalNode, type NodeKey } from 'lexical';
import { $isFootnoteNode } from '../../nodes/FootnoteNode.ts';

/**
 * The keys of the footnote references in document order. Walks the tree itself:
 * `$nodesOfType` returns nodes in creation order, not document order. References are
 * only ever in the statement's text (a note cannot hold a note), so the walk does not
 * descend into slots.
 */
export function $footnoteKeysInOrder(): NodeKey[] {
  const keys: NodeKey[] = [];
  const stack: LexicalNode[] = [...$getRoot().getChildren()].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if ($isFootnoteNode(node)) keys.push(node.getKey());
    else if ($isElementNode(node)) {
      const children = node.getChildren();
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    }
  }
  return keys;
}
