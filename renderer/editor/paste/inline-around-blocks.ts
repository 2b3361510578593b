/**
 * Inline elements wrapped around blocks: <b><p>…</p><p>…</p></b> on old pages,
 * <a href><div><h3>…</h3><p>…</p></div></a> "card" links on new ones, a never-closed
 * <b> swallowing the rest of a page. Left alone, the block steps would wrap such an element
 * into a paragraph as if it were text, putting blocks inside a <p>. Instead the element is
 * pushed down: each line of text inside it gets its own copy, so links and formatting stay
 * on the text they covered and the blocks become the outer structure.
 */

import { hasVisibleText, isElement, tagOf, unwrap } from './dom-utils.ts';
import { ALL_BLOCKS } from './paste-policy.ts';

function isBlock(node: Node): boolean {
  return ALL_BLOCKS.has(tagOf(node));
}

const BLOCK_SELECTOR = Array.from(ALL_BLOCKS).join(',');

/**
 * Wraps every run of visible inline content under `top`, at any block depth, in `make()`.
 * Each block's runs are independent, so blocks are simply queued: no recursion to overflow.
 */
function wrapLines(top: Element, make: () => Element): void {
  const queue: Element[] = [top];
  for (let parent = queue.pop(); parent !== undefined; parent = queue.pop()) {
    const current = parent;
    let run: Node[] = [];
    const flush = (before: Node | null): void => {
      if (run.some(hasVisibleText)) {
        const wrapper = make();
        current.insertBefore(wrapper, before);
        for (const node of run) wrapper.appendChild(node);
      }
      run = [];
    };
    for (const child of Array.from(current.childNodes)) {
      if (isBlock(child)) {
        flush(child);
        queue.push(child as Element);
      } else {
        run.push(child);
      }
    }
    flush(null);
  }
}

/** Inline elements that have a block somewhere inside, deepest first. */
function inlineAroundBlocks(root: Element): Element[] {
  const found = new Set<Element>();
  for (const block of Array.from(root.querySelectorAll(BLOCK_SELECTOR))) {
    for (let parent = block.parentElement; parent !== null && parent !== root && !isBlock(parent); parent = parent.parentElement) {
      if (found.has(parent)) break; // its ancestors were already walked
      found.add(parent);
    }
  }
  return found.size === 0 ? [] : Array.from(root.querySelectorAll('*')).filter((el) => found.has(el)).reverse();
}

export function pushInlineIntoBlocks(root: Element): void {
  for (const el of inlineAroundBlocks(root)) {
    if (!isElement(el.parentNode)) continue;
    wrapLines(el, () => el.cloneNode(false) as Element);
    unwrap(el);
  }
}
