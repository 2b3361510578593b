import { $isListNode, ListNode } from '@lexical/list';
import { $isHeadingNode, $isQuoteNode } from '@lexical/rich-text';
import { $getNearestNodeOfType } from '@lexical/utils';
import { $findMatchingParent, $getSelection, $isRangeSelection, $isRootOrShadowRoot, type ElementNode } from 'lexical';
import type { BlockType } from './commands.ts';

/** The kind of block the selection starts in, as the toolbar and menus name it. */
export function $selectedBlockType(): BlockType | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return null;
  const anchor = selection.anchor.getNode();
  const list = $getNearestNodeOfType(anchor, ListNode);
  if (list) {
    // The outermost list decides: a numbered list nested in a bulleted one is still "bullet" at the top.
    const type = (list as ListNode).getListType();
    return type === 'number' ? 'number' : 'bullet';
  }
  const block =
    anchor.getKey() === 'root' ? null : ($findMatchingParent(anchor, (n) => n.getParent() !== null && $isRootOrShadowRoot(n.getParent()!)) as ElementNode | null);
  if (!block) return 'paragraph';
  if ($isHeadingNode(block)) {
    const tag = block.getTag();
    return tag === 'h1' || tag === 'h2' || tag === 'h3' ? tag : 'h3';
  }
  if ($isQuoteNode(block)) return 'quote';
  if ($isListNode(block)) return block.getListType() === 'number' ? 'number' : 'bullet';
  return 'paragraph';
}
