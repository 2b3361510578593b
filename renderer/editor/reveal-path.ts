import { $getRoot, $isElementNode, type LexicalEditor, type LexicalNode } from 'lexical';

/**
 * The node at a path into the saved editor state ("root.children[3].children[1]", as the
 * checks in core report it). The live tree has the same children in the same order, plus
 * the notes area after the last block, which no saved path reaches.
 */
export function $nodeAtPath(path: string): LexicalNode | null {
  if (!path.startsWith('root')) return null;
  let node: LexicalNode | null = $getRoot();
  for (const match of path.slice(4).matchAll(/\.children\[(\d+)\]/g)) {
    if (!$isElementNode(node)) return null;
    node = node.getChildAtIndex(Number(match[1]));
  }
  return node;
}

/** Selects what a check found and brings it into view. */
export function revealPath(editor: LexicalEditor, path: string): boolean {
  let key: string | null = null;
  editor.update(() => {
    const node = $nodeAtPath(path);
    if (!node) return;
    key = node.getKey();
    if ($isElementNode(node)) node.select(0, node.getChildrenSize());
    else node.selectNext(0, 0);
  });
  if (key === null) return false;
  editor.getElementByKey(key)?.scrollIntoView({ block: 'center' });
  editor.focus();
  return true;
}
