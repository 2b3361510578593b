/**
 * Reduces pasted block structure to what the editor has: paragraphs, headings, lists and
 * quotes, one level deep except for nested lists. Layout containers (div, table, section…)
 * are dissolved rather than deleted, so their text survives: a table becomes one paragraph
 * per cell. This has to happen before sanitizing, because DOMPurify would unwrap a table
 * cell by cell and run the cells' text together into one line.
 */

import { elementsDeepestFirst, hasVisibleText, isElement, rename, tagOf, unwrap, unwrapAsLines } from './dom-utils.ts';
import { ALL_BLOCKS, DISSOLVED_CONTAINERS, KEPT_BLOCKS, TEXT_BLOCKS } from './paste-policy.ts';

const LISTS = new Set(['ul', 'ol', 'menu', 'dir']); // menu and dir become ul only in the list step

function isBlock(node: Node): boolean {
  return ALL_BLOCKS.has(tagOf(node));
}

/** The line of text `el` sits in, if any. A list boundary ends the search: <li><ul><li> nests. */
function enclosingTextBlock(el: Element, root: Element): Element | null {
  for (let parent = el.parentElement; parent !== null && parent !== root; parent = parent.parentElement) {
    const tag = tagOf(parent);
    if (LISTS.has(tag)) return null;
    if (TEXT_BLOCKS.has(tag)) return parent;
  }
  return null;
}

/** Puts each run of loose inline content among `parent`'s blocks into a paragraph of its own. */
export function wrapLooseInline(parent: Element): void {
  const doc = parent.ownerDocument;
  let run: Node[] = [];
  const flush = (before: Node | null): void => {
    if (run.some((node) => hasVisibleText(node))) {
      const p = doc.createElement('p');
      parent.insertBefore(p, before);
      for (const node of run) p.appendChild(node);
    }
    run = [];
  };
  for (const child of Array.from(parent.childNodes)) {
    if (isBlock(child)) flush(child);
    else run.push(child);
  }
  flush(null);
}

function dissolve(el: Element, root: Element): void {
  if (enclosingTextBlock(el, root) !== null) {
    unwrapAsLines(el);
  } else if (!Array.from(el.childNodes).some(isBlock)) {
    rename(el, 'p');
  } else {
    wrapLooseInline(el);
    unwrap(el);
  }
}

/** Turns layout containers into paragraphs or dissolves them into the blocks they hold. */
export function dissolveContainers(root: Element): void {
  for (const hr of Array.from(root.querySelectorAll('hr'))) hr.remove();
  // Deepest first: by the time a container is looked at, its inner containers are already
  // paragraphs or gone, so "does it hold blocks?" sees the final answer.
  for (const el of elementsDeepestFirst(root, DISSOLVED_CONTAINERS)) dissolve(el, root);
}

/**
 * Keeps paragraphs, headings and quotes one level deep: one nested inside a
 * list item or inside another of them becomes line breaks in it (Google Docs puts a <p> in
 * every <li>). Then wraps loose top-level text that sits beside whole blocks, as when a
 * selection starts or ends mid-paragraph. Runs after the lists are repaired, which may
 * have moved stray paragraphs into list items.
 */
export function flattenNestedTextBlocks(root: Element): void {
  for (const el of elementsDeepestFirst(root, ['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote'])) {
    if (enclosingTextBlock(el, root) !== null) unwrapAsLines(el);
  }
  if (Array.from(root.childNodes).some((child) => isElement(child) && KEPT_BLOCKS.has(tagOf(child)))) {
    wrapLooseInline(root);
  }
}
