/**
 * Unwraps elements that add nothing once their styles have been read: <span>, <font>,
 * Word's <o:p>, <abbr>, custom and unknown tags, and formatting inside the same formatting
 * (<b> in <b>, <a> in <a>). The sanitizer would unwrap the former anyway, but DOMPurify keeps
 * an element's content by deep-cloning it, which is quadratic in the nesting depth; moving
 * the children here is linear. Text is kept, only the tag goes.
 */

import { tagOf, unwrap } from './dom-utils.ts';
import { ALL_BLOCKS, SANITIZER_ALLOWED_TAGS } from './paste-policy.ts';

const MEANINGFUL = new Set([...SANITIZER_ALLOWED_TAGS, ...ALL_BLOCKS]);

/** Each formatting tag and the selector for the tags that give the same format. */
const SAME_FORMAT: Readonly<Record<string, string>> = {
  a: 'a',
  b: 'b,strong',
  strong: 'b,strong',
  i: 'i,em',
  em: 'i,em',
  u: 'u',
  s: 's,strike,del',
  strike: 's,strike,del',
  del: 's,strike,del',
  sup: 'sup',
  sub: 'sub',
};

export function unwrapPresentational(root: Element): void {
  // Deepest first: each unwrap then moves only a leaf's children, never a deep subtree.
  for (const el of Array.from(root.querySelectorAll('*')).reverse()) {
    const tag = tagOf(el);
    const same = SAME_FORMAT[tag];
    if (!MEANINGFUL.has(tag) || (same !== undefined && el.parentElement?.closest(same) != null)) unwrap(el);
  }
}
