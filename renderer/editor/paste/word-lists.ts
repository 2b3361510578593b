/**
 * Word (desktop) does not put lists on the clipboard as <ul>/<ol>. Each item is a paragraph
 *
 *   <p class=MsoListParagraphCxSpFirst style='mso-list:l0 level2 lfo1'>
 *     <!--[if !supportLists]--><span style='mso-list:Ignore'>o&nbsp;&nbsp;</span><!--[endif]-->Text</p>
 *
 * whose style names the list (l0), the nesting level (level2) and whose first span is the
 * typed-out bullet or number. This step turns runs of such paragraphs into nested lists and
 * drops the typed-out markers. It must run before comments are removed: older Word versions
 * mark the bullet only with the `[if !supportLists]` … `[endif]` comments.
 */

import { COMMENT_NODE, isElement, isIgnorable, tagOf } from './dom-utils.ts';
import { readInlineStyle } from './inline-style.ts';

interface ListParagraph {
  readonly paragraph: Element;
  /** Word's list id ("l0"); a new id at the top level starts a new list. */
  readonly listId: string;
  readonly level: number;
  readonly ordered: boolean;
}

interface OpenList {
  readonly level: number;
  readonly listId: string;
  readonly list: Element;
  lastItem: Element | null;
}

const MSO_LIST = /^(l\d+)\s+level(\d+)/;
const MAX_LEVEL = 9; // Word's own limit.

/**
 * A number, letter or roman numeral followed by "." or ")": "1.", "a)", "(iv)", "2.3.", "1.1".
 * Anything else Word types out (·, o, §, •, –, -, Symbol/Wingdings glyphs) is a bullet.
 */
const ORDERED_MARKER = /^\(?(?:\d+|[a-z]{1,3}|[ivxlcdm]+)[.)]$|^\d+(?:\.\d+)+\.?$/i;

export function isOrderedMarker(marker: string): boolean {
  return ORDERED_MARKER.test(marker);
}

function listStyle(p: Element): RegExpExecArray | null {
  const value = readInlineStyle(p).get('mso-list');
  return value === undefined ? null : MSO_LIST.exec(value);
}

function isListParagraph(node: Node): node is Element {
  return tagOf(node) === 'p' && listStyle(node as Element) !== null;
}

/** An indented paragraph Word styles as part of a list but without a bullet of its own. */
function isContinuation(node: Node): node is Element {
  return tagOf(node) === 'p' && /\bMsoListParagraph/.test((node as Element).getAttribute('class') ?? '');
}

function isIgnoreSpan(el: Element): boolean {
  return readInlineStyle(el).get('mso-list') === 'ignore';
}

function conditional(node: Node, text: RegExp): boolean {
  return node.nodeType === COMMENT_NODE && text.test(node.nodeValue ?? '');
}

/** Removes the typed-out bullet/number from a list paragraph and returns its text. */
function takeMarker(p: Element): string {
  const span = Array.from(p.querySelectorAll('span')).find(isIgnoreSpan);
  if (span !== undefined) {
    const text = span.textContent ?? '';
    span.remove();
    return text.replace(/\s+/gu, ' ').trim();
  }
  // No Ignore span: take whatever sits between the supportLists conditional comments.
  const walker = p.ownerDocument.createTreeWalker(p, 0x80 /* NodeFilter.SHOW_COMMENT */);
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    if (!conditional(node, /^\s*\[if !supportLists\]/i)) continue;
    let text = '';
    for (let next = node.nextSibling; next !== null && !conditional(next, /^\s*\[endif\]/i); ) {
      const following: ChildNode | null = next.nextSibling;
      text += next.textContent ?? '';
      next.remove();
      next = following;
    }
    return text.replace(/\s+/gu, ' ').trim();
  }
  return '';
}

function readListParagraph(p: Element): ListParagraph | null {
  const match = listStyle(p);
  if (match === null) return null;
  const level = Math.min(Math.max(Number(match[2]), 1), MAX_LEVEL);
  return { paragraph: p, listId: match[1] ?? '', level, ordered: isOrderedMarker(takeMarker(p)) };
}

function moveChildren(from: Element, to: Element): void {
  while (from.firstChild !== null) to.appendChild(from.firstChild);
}

/** Builds the lists for one run of adjacent list paragraphs; returns the top-level lists. */
function buildLists(run: readonly Element[]): Element[] {
  const doc = run[0]!.ownerDocument;
  const roots: Element[] = [];
  const stack: OpenList[] = [];

  for (const paragraph of run) {
    const item = readListParagraph(paragraph);
    const top = stack.at(-1);
    if (item === null) {
      // A continuation paragraph: another line of the item above it.
      if (top?.lastItem) {
        top.lastItem.appendChild(doc.createElement('br'));
        moveChildren(paragraph, top.lastItem);
        continue;
      }
    }
    const level = item?.level ?? 1;
    const tag = item?.ordered === true ? 'ol' : 'ul';
    const listId = item?.listId ?? '';

    while ((stack.at(-1)?.level ?? 0) > level) stack.pop();
    let open = stack.at(-1);
    // Same level but a different kind of list (or, at the top, a different Word list): new list.
    if (open !== undefined && open.level === level && (tagOf(open.list) !== tag || (stack.length === 1 && open.listId !== listId))) {
      stack.pop();
      open = stack.at(-1);
    }
    if (open === undefined || open.level < level) {
      const list = doc.createElement(tag);
      if (open === undefined) {
        roots.push(list);
      } else {
        if (open.lastItem === null) {
          open.lastItem = doc.createElement('li');
          open.list.appendChild(open.lastItem);
        }
        open.lastItem.appendChild(list);
      }
      open = { level, listId, list, lastItem: null };
      stack.push(open);
    }
    const li = doc.createElement('li');
    moveChildren(paragraph, li);
    open.list.appendChild(li);
    open.lastItem = li;
  }
  return roots;
}

/** Converts every run of Word list paragraphs under `root` into real nested lists. */
export function convertWordLists(root: Element): void {
  const seen = new Set<Element>();
  for (const first of Array.from(root.querySelectorAll('p'))) {
    if (seen.has(first) || !isListParagraph(first)) continue;
    const run: Element[] = [first];
    seen.add(first);
    for (let node = first.nextSibling; node !== null; node = node.nextSibling) {
      if (isIgnorable(node)) continue;
      if (!isElement(node) || !(isListParagraph(node) || isContinuation(node))) break;
      run.push(node);
      seen.add(node);
    }
    const lists = buildLists(run);
    first.before(...lists);
    for (const paragraph of run) paragraph.remove();
  }
  // Markers outside lists (numbered headings, say) are typed-out numbering too: drop them.
  for (const span of Array.from(root.querySelectorAll('span'))) {
    if (isIgnoreSpan(span)) span.remove();
  }
}
