/**
 * Word names some paragraph styles only in the class attribute, which the sanitizer drops.
 * The two that have a block of their own in the editor are turned into that block first:
 * Title becomes a top-level heading, Quote and Intense Quote become a block quote.
 */

import { rename } from './dom-utils.ts';

const BLOCK_FOR_CLASS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^MsoTitle(?:CxSp\w+)?$/, 'h1'],
  [/^Mso(?:Intense)?Quote(?:CxSp\w+)?$/, 'blockquote'],
];

export function applyWordParagraphStyles(root: Element): void {
  for (const p of Array.from(root.querySelectorAll('p[class]'))) {
    const classes = (p.getAttribute('class') ?? '').split(/\s+/);
    const match = BLOCK_FOR_CLASS.find(([pattern]) => classes.some((name) => pattern.test(name)));
    if (match !== undefined) rename(p, match[1]);
  }
}
