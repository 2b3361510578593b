/**
 * Removes what is never text of the statement: comments (Word's conditional comments and
 * the <xml> islands inside them, "<!--StartFragment-->" markers, bogus comments the parser
 * makes of "<?xml …?>" and "<![CDATA[…]]>") and the elements in DROPPED_WITH_CONTENT.
 * Doing this before the structural steps means they never move a <script> or <style> into
 * a paragraph. This is tidying, not the security boundary: DOMPurify removes the same
 * things again later, whatever this step missed.
 */

import { DROPPED_WITH_CONTENT } from './paste-policy.ts';

const SHOW_COMMENTS_AND_INSTRUCTIONS = 0x80 | 0x40; // NodeFilter.SHOW_COMMENT | SHOW_PROCESSING_INSTRUCTION

const DROPPED_SELECTOR = DROPPED_WITH_CONTENT.join(',');

export function removeNonContent(root: Element): void {
  const walker = root.ownerDocument.createTreeWalker(root, SHOW_COMMENTS_AND_INSTRUCTIONS);
  const doomed: Node[] = [];
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) doomed.push(node);
  for (const node of doomed) node.parentNode?.removeChild(node);

  for (const el of Array.from(root.querySelectorAll(DROPPED_SELECTOR))) el.remove();
}
