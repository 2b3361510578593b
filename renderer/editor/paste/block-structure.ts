/**
 * Reduces pasted block structure to what the editor has: paragraphs, headings, lists and
 * quotes, one level deep except for nested lists. Layout containers (div, table, section…)
 * are dissolved rather than deleted, so their text survives: a table becomes one paragraph
 * per cell. This has to happen before sanitizing, because DOMPurify would unwrap a table
 * cell by cell and run the cells' text together into one line.
 */

import { elementsDeepestFirst, hasVisibleText, isElement, tagOf, unwrapAsLines } from './dom-utils.ts';
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
function wrapLooseInline(parent: Element): void {
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

interface Level {
  readonly children: ChildNode[];
  index: number;
  run: Node[];
}

/**
 * The blocks a container and the containers directly inside it amount to, in order: its
 * blocks as they are, each run of loose text as a new paragraph. Iterative rather than
 * recursive, so no nesting depth can overflow the stack.
 */
function flatten(container: Element): Node[] {
  const doc = container.ownerDocument;
  const out: Node[] = [];
  const paragraphOf = (nodes: readonly Node[]): void => {
    if (!nodes.some(hasVisibleText)) return; // whitespace or a lone <br> between blocks
    const p = doc.createElement('p');
    for (const node of nodes) p.appendChild(node);
    out.push(p);
  };
  const open = (el: Element): Level => ({ children: Array.from(el.childNodes), index: 0, run: [] });
  const stack: Level[] = [open(container)];
  while (stack.length > 0) {
    const level = stack[stack.length - 1]!;
    const child = level.children[level.index++];
    if (child === undefined) {
      paragraphOf(level.run);
      stack.pop();
    } else if (DISSOLVED_CONTAINERS.has(tagOf(child))) {
      paragraphOf(level.run);
      level.run = [];
      stack.push(open(child as Element));
    } else if (isBlock(child)) {
      paragraphOf(level.run);
      level.run = [];
      out.push(child);
    } else {
      level.run.push(child);
    }
  }
  return out;
}

/**
 * Turns layout containers into the blocks they hold, each run of loose text (a table cell,
 * a div of text) becoming a paragraph. A whole nest of containers is replaced in one go, so
 * every block moves once: unwrapping level by level would carry a deep container's content
 * up through every level, which is quadratic. Containers inside a list item or quote become
 * paragraphs there, and flattenNestedTextBlocks then makes them lines of it.
 */
export function dissolveContainers(root: Element): void {
  for (const hr of Array.from(root.querySelectorAll('hr'))) hr.remove();
  const outermost = Array.from(root.querySelectorAll(Array.from(DISSOLVED_CONTAINERS).join(','))).filter(
    (el) => !DISSOLVED_CONTAINERS.has(tagOf(el.parentElement)),
  );
  for (const el of outermost) el.replaceWith(...flatten(el));
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
