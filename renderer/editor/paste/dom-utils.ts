/**
 * Small DOM helpers shared by the paste steps. They use nodeType numbers rather than
 * `instanceof Element`, because the document being cleaned may come from another window
 * (a DOMParser document, or jsdom in tests) whose classes are not this realm's.
 */

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
export const COMMENT_NODE = 8;

export function isElement(node: Node | null): node is Element {
  return node !== null && node.nodeType === ELEMENT_NODE;
}

export function isText(node: Node | null): node is Text {
  return node !== null && node.nodeType === TEXT_NODE;
}

/** Lower-case tag name; `localName` keeps prefixes such as Word's "o:p" intact. */
export function tagOf(node: Node | null): string {
  return isElement(node) ? node.localName.toLowerCase() : '';
}

/** Whitespace as a reader sees it: includes no-break and zero-width spaces. */
const VISIBLE = /[^\s\u200b-\u200d\u2060]/u;

export function hasVisibleText(node: Node): boolean {
  return VISIBLE.test(node.textContent ?? '');
}

/** A whitespace-only text node or a comment: layout noise between elements. */
export function isIgnorable(node: Node): boolean {
  return node.nodeType === COMMENT_NODE || (isText(node) && !hasVisibleText(node));
}

/** Replaces an element by its children. */
export function unwrap(el: Element): void {
  const parent = el.parentNode;
  if (parent === null) return;
  while (el.firstChild !== null) parent.insertBefore(el.firstChild, el);
  parent.removeChild(el);
}

/** Replaces an element by a new, attribute-less element of another tag with the same children. */
export function rename(el: Element, tag: string): Element {
  const next = el.ownerDocument.createElement(tag);
  while (el.firstChild !== null) next.appendChild(el.firstChild);
  el.parentNode?.replaceChild(next, el);
  return next;
}

/** Moves all children of `el` into a new element of `tag` that becomes its only child. */
export function wrapChildren(el: Element, tag: string): Element {
  const wrapper = el.ownerDocument.createElement(tag);
  while (el.firstChild !== null) wrapper.appendChild(el.firstChild);
  el.appendChild(wrapper);
  return wrapper;
}

function meaningfulSibling(node: Node, forward: boolean): Node | null {
  let sibling = forward ? node.nextSibling : node.previousSibling;
  while (sibling !== null && isIgnorable(sibling)) sibling = forward ? sibling.nextSibling : sibling.previousSibling;
  return sibling;
}

const LIST_TAGS = new Set(['ul', 'ol']);

/**
 * Unwraps a block that sits inside a line of text (a <p> inside <li>, a <div> inside a
 * quote), putting a <br> where the block boundary was so its lines stay separate lines.
 */
export function unwrapAsLines(el: Element): void {
  const doc = el.ownerDocument;
  if (!hasVisibleText(el)) {
    unwrap(el);
    return;
  }
  const before = meaningfulSibling(el, false);
  const after = meaningfulSibling(el, true);
  if (before !== null && tagOf(before) !== 'br' && !LIST_TAGS.has(tagOf(before))) {
    el.parentNode?.insertBefore(doc.createElement('br'), el);
  }
  if (after !== null && tagOf(after) !== 'br' && !LIST_TAGS.has(tagOf(after))) {
    el.parentNode?.insertBefore(doc.createElement('br'), el.nextSibling);
  }
  unwrap(el);
}

/** Elements matching any of `tags`, deepest first, so inner ones are handled before outer ones. */
export function elementsDeepestFirst(root: ParentNode, tags: Iterable<string>): Element[] {
  const selector = Array.from(tags).join(',');
  return selector === '' ? [] : Array.from(root.querySelectorAll(selector)).reverse();
}
