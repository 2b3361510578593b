/**
 * The last pass over sanitized HTML: folds synonyms into the editor's tags, re-checks the
 * allow-list (so the output contract does not rest on the DOMPurify configuration alone),
 * and tidies what clipboard HTML is full of: line-wrapped source text, control characters,
 * empty paragraphs used as spacing, stray <br> at the ends of lines, <b></b><b></b> runs.
 */

import { elementsDeepestFirst, hasVisibleText, isElement, isIgnorable, isText, rename, tagOf, unwrap } from './dom-utils.ts';
import { CANONICAL_TAG, DROPPED_WITH_CONTENT, FOOTNOTE_ATTR, isAllowedAttr, OUTPUT_TAGS } from './paste-policy.ts';

const LISTS = new Set(['ul', 'ol']);
const LINE_BLOCKS = ['p', 'h1', 'h2', 'h3', 'li', 'blockquote'];
const INLINE_FORMATS = ['a', 'b', 'i', 'u', 's', 'sup', 'sub'];
const DROPPED = new Set(DROPPED_WITH_CONTENT);

/** HTML whitespace (not no-break spaces: those are the writer's). */
const COLLAPSIBLE = /[ \t\n\r\f]+/g;
const CONTROL_CHARS = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/g;

function enforceOutputTags(root: Element): void {
  for (const el of Array.from(root.querySelectorAll('*')).reverse()) {
    const tag = tagOf(el);
    const canonical = CANONICAL_TAG[tag];
    const kept = canonical !== undefined ? rename(el, canonical) : el;
    if (!OUTPUT_TAGS.has(tagOf(kept))) {
      if (DROPPED.has(tag)) kept.remove();
      else unwrap(kept);
      continue;
    }
    for (const name of kept.getAttributeNames()) {
      if (!isAllowedAttr(tagOf(kept), name)) kept.removeAttribute(name);
      else if (name === FOOTNOTE_ATTR) kept.setAttribute(name, '');
    }
  }
}

function cleanText(root: Element): void {
  root.normalize();
  const walker = root.ownerDocument.createTreeWalker(root, 0x4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    const text = node as Text;
    const clean = text.data.replace(CONTROL_CHARS, '').replace(COLLAPSIBLE, ' ');
    if (clean !== text.data) text.data = clean;
  }
}

/** Footnote references are never merged: two adjacent ones are two notes. */
function sameInline(a: Element, b: Node | null): boolean {
  return isElement(b) && tagOf(a) === tagOf(b) && a.getAttribute('href') === b.getAttribute('href')
    && !a.hasAttribute(FOOTNOTE_ATTR) && !b.hasAttribute(FOOTNOTE_ATTR);
}

/** Google Docs gives every run its own span, so one bold phrase arrives as several <b>. */
function mergeAdjacentInline(root: Element): void {
  for (const el of Array.from(root.querySelectorAll(INLINE_FORMATS.join(',')))) {
    if (!el.isConnected) continue;
    for (let next = el.nextSibling; sameInline(el, next); next = el.nextSibling) {
      const sibling = next as Element;
      while (sibling.firstChild !== null) el.appendChild(sibling.firstChild);
      sibling.remove();
    }
  }
  root.normalize();
}

/** Strips whitespace and <br> from one end of a line; true once real content is reached. */
function trimEdge(el: Element, atStart: boolean): boolean {
  let child = atStart ? el.firstChild : el.lastChild;
  while (child !== null) {
    const next: ChildNode | null = atStart ? child.nextSibling : child.previousSibling;
    if (isText(child)) {
      const trimmed = atStart ? child.data.replace(/^[ \t\n\r\f]+/, '') : child.data.replace(/[ \t\n\r\f]+$/, '');
      if (trimmed !== '') {
        child.data = trimmed;
        return true;
      }
      child.remove();
    } else if (tagOf(child) === 'br') {
      child.remove();
    } else if (isElement(child) && !LISTS.has(tagOf(child)) && trimEdge(child, atStart)) {
      return true;
    }
    child = next; // an empty inline element, or a nested list: the line goes on beyond it
  }
  return false;
}

function trimLines(root: Element): void {
  for (const block of Array.from(root.querySelectorAll(LINE_BLOCKS.join(',')))) {
    trimEdge(block, true);
    trimEdge(block, false);
  }
  for (const br of Array.from(root.querySelectorAll('br'))) {
    const before = br.previousSibling;
    const after = br.nextSibling;
    if (isText(before)) before.data = before.data.replace(/[ \t\n\r\f]+$/, '');
    if (isText(after)) after.data = after.data.replace(/^[ \t\n\r\f]+/, '');
  }
}

function removeEmpty(root: Element): void {
  for (const el of elementsDeepestFirst(root, INLINE_FORMATS)) {
    if (!hasVisibleText(el)) unwrap(el); // keeps a lone space or <br> that separates words
  }
  // Deepest first, so a list whose only item was empty goes too.
  for (const el of elementsDeepestFirst(root, [...LINE_BLOCKS, 'ul', 'ol'])) {
    const itemless = LISTS.has(tagOf(el)) && el.querySelector(':scope > li') === null;
    if (itemless || !hasVisibleText(el)) el.remove();
  }
}

/**
 * Whitespace and <br> between blocks is source formatting or spacing, not content.
 * Whitespace is emptied rather than removed: same output, and no sibling re-indexing,
 * which jsdom does on every removal from a parent with thousands of paragraphs.
 */
function dropNoiseBetweenBlocks(root: Element): void {
  const containers = [root, ...Array.from(root.querySelectorAll('ul, ol'))];
  for (const container of containers) {
    const hasBlocks = Array.from(container.children).some((child) => child.localName !== 'br' && !INLINE_FORMATS.includes(child.localName));
    if (!hasBlocks) continue;
    for (const child of Array.from(container.childNodes)) {
      if (tagOf(child) === 'br') child.remove();
      else if (isText(child) && isIgnorable(child)) child.data = '';
    }
  }
}

export function shapeOutput(root: Element): void {
  enforceOutputTags(root);
  cleanText(root);
  mergeAdjacentInline(root);
  trimLines(root);
  removeEmpty(root);
  dropNoiseBetweenBlocks(root);
}
