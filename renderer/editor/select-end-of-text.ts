import { $createParagraphNode, $getRoot, $isElementNode } from 'lexical';
import { $isFootnotesAreaNode } from './nodes/FootnotesAreaNode.ts';

/** Where an insertion goes when there is no caret: the end of the statement's last block (before the notes). */
export function $selectEndOfText(): void {
  const last = $getRoot()
    .getChildren()
    .filter((child) => !$isFootnotesAreaNode(child))
    .pop();
  if ($isElementNode(last)) last.selectEnd();
  else $getRoot().append($createParagraphNode()).selectEnd();
}
