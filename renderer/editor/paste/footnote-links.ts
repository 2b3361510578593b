/**
 * How footnotes look in pasted HTML. Word and Google Docs both write a footnote as a pair of
 * in-page links: the reference in the text links to its note, and the note starts with a
 * label that links back.
 *
 *   Word:  <a href="#_ftn1" name="_ftnref1">[1]</a> … <div style='mso-element:footnote' id=ftn1>
 *            <p class=MsoFootnoteText><a href="#_ftnref1" name="_ftn1">[1]</a> Note…</p></div>
 *          (endnotes: _edn1 / _ednref1, in an mso-element:endnote-list)
 *   Docs:  <sup><a href="#ftnt1" id="ftnt_ref1">[1]</a></sup> … <hr>
 *          <div><p><a href="#ftnt_ref1" id="ftnt1">[1]</a><span> Note…</span></p></div>
 *
 * The rule that covers both, and web pages built the same way: a reference is a link to "#X"
 * where X (an id, or an <a name>) is in a note whose own link points back to the reference.
 * The naming patterns below only classify the links that are left over, for the counts.
 */

import { hasVisibleText, isElement, isIgnorable, tagOf } from './dom-utils.ts';
import { readInlineStyle } from './inline-style.ts';
import { ALL_BLOCKS } from './paste-policy.ts';

/** Blocks a note or a line of text can sit in; <hr> is a block but holds nothing. */
export const BLOCKS: ReadonlySet<string> = new Set([...ALL_BLOCKS].filter((tag) => tag !== 'hr'));

/** The id or name an in-page link points to ("#_ftn1" → "_ftn1"), or null for any other link. */
export function inPageTarget(a: Element): string | null {
  const href = (a.getAttribute('href') ?? '').trim();
  if (href.length < 2 || !href.startsWith('#')) return null;
  try {
    return decodeURIComponent(href.slice(1));
  } catch {
    return href.slice(1);
  }
}

/** The names an element can be linked to by: its id and, on <a>, its name. */
export function ownKeys(el: Element): string[] {
  const keys: string[] = [];
  const id = el.getAttribute('id');
  if (id !== null && id !== '') keys.push(id);
  const name = tagOf(el) === 'a' ? el.getAttribute('name') : null;
  if (name !== null && name !== '') keys.push(name);
  return keys;
}

/** Every link target in `root`: id or <a name> → the first element with it. */
export function indexTargets(root: Element): Map<string, Element> {
  const index = new Map<string, Element>();
  for (const el of Array.from(root.querySelectorAll('[id], a[name]'))) {
    for (const key of ownKeys(el)) if (!index.has(key)) index.set(key, el);
  }
  return index;
}

/** The nearest block around `node` below `root`, or null when it sits directly in the root. */
export function nearestBlock(node: Node, root: Element): Element | null {
  for (let el = node.parentElement; el !== null && el !== root; el = el.parentElement) {
    if (BLOCKS.has(tagOf(el))) return el;
  }
  return null;
}

/**
 * The outermost inline element that holds `el` and nothing else (bar whitespace and
 * comments): Docs' <sup> around the reference link, Word's spans around a note's label.
 * Replacing or removing this, rather than the bare link, leaves no empty superscript behind.
 */
export function soleWrapper(el: Element, stop: Element): Element {
  let top = el;
  for (let parent = top.parentElement; parent !== null && parent !== stop && !BLOCKS.has(tagOf(parent)); parent = top.parentElement) {
    if (!isAlone(top)) break;
    top = parent;
  }
  return top;
}

/** Whether `node`'s siblings are all whitespace and comments. Walks out from `node`, so a
 * paragraph of thousands of references costs a step per reference, not a scan of all. */
function isAlone(node: Node): boolean {
  for (let sibling = node.previousSibling; sibling !== null; sibling = sibling.previousSibling) if (!isIgnorable(sibling)) return false;
  for (let sibling = node.nextSibling; sibling !== null; sibling = sibling.nextSibling) if (!isIgnorable(sibling)) return false;
  return true;
}

/** Comments travel as the same kind of link pair; they are not notes of the statement. */
const COMMENT_KEY = /^(?:_msocom_\d+|_msoanchor_\d+|cmnt\d+|cmnt_ref\d+)$/i;

export function isCommentLink(a: Element): boolean {
  if (/\bmsocom/i.test(a.getAttribute('class') ?? '')) return true;
  const keys = [inPageTarget(a) ?? '', ...ownKeys(a)];
  return keys.some((key) => COMMENT_KEY.test(key));
}

/** Word's and Docs' names for the reference end and the note end of a pair. */
const REFERENCE_KEY = /^(?:_(?:ftn|edn)ref\d+|ftnt_ref\d+)$/i;
const NOTE_KEY = /^(?:_(?:ftn|edn)\d+|ftnt\d+)$/i;

/** What a note label reads: "[1]", "[iv]", "[a]", "1", "(1)", "1.", "*", "†". A bare letter is not
 * one: "A" … "Z" is an index's navigation far more often. */
const LABEL = /^(?:\[\s*(?:\d{1,4}|[ivxlcdm]{1,8}|[a-z])\s*\]|\(?\d{1,4}[).]?|[*†‡§]{1,3})$/iu;

function isSuperscript(a: Element, root: Element): boolean {
  if (/(?:Foot|End)noteReference/i.test(a.outerHTML)) return true;
  for (let el: Element | null = a; el !== null && el !== root && !BLOCKS.has(tagOf(el)); el = el.parentElement) {
    if (tagOf(el) === 'sup' || readInlineStyle(el).get('vertical-align') === 'super') return true;
  }
  return false;
}

/** Whether `a` is the first visible thing in its line (where a note's label sits). */
function startsItsLine(a: Element, root: Element): boolean {
  const line = nearestBlock(a, root) ?? root;
  const walker = a.ownerDocument.createTreeWalker(line, 0x4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    if (hasVisibleText(node)) return a.contains(node);
  }
  return false;
}

/**
 * What an in-page link left without a partner was meant to be, for the counts: a footnote
 * reference, a note's back-link, or neither (a table of contents, a "back to top" link).
 */
export function footnoteRole(a: Element, root: Element): 'reference' | 'definition' | null {
  const target = inPageTarget(a);
  if (target === null || isCommentLink(a)) return null;
  const keys = ownKeys(a);
  if (NOTE_KEY.test(target) || keys.some((key) => REFERENCE_KEY.test(key))) return 'reference';
  if (REFERENCE_KEY.test(target) || keys.some((key) => NOTE_KEY.test(key))) return 'definition';
  if (!LABEL.test((a.textContent ?? '').trim())) return null;
  if (startsItsLine(a, root)) return 'definition';
  return isSuperscript(a, root) ? 'reference' : null;
}

export function isHeading(node: Node): boolean {
  return isElement(node) && /^h[1-6]$/.test(tagOf(node));
}
