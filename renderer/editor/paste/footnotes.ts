/**
 * Pasted footnotes become the editor's footnotes: each reference is replaced, where it
 * stands, by <sup data-footnote="">note…</sup>, and the notes section at the end goes.
 *
 * Two steps around the rest of the pipeline:
 *
 *  extractFootnotes (first of all, while ids, names and hrefs are still there): pairs each
 *    reference with its note (see footnote-links.ts), moves the note's content into a body
 *    of its own and drops its "[1]" back-link, and puts a placeholder where the reference
 *    was: <sup data-footnote="">TOKEN</sup>, TOKEN being private-use characters around a
 *    per-paste nonce and the note's number. <sup data-footnote> already in the paste (the
 *    editor's own HTML) is taken the same way, so cleaning is idempotent.
 *  cleanFootnotes: the notes go through the same steps as the text (steps 1–12 of
 *    clean-pasted-html.ts), all of them in one pass, apart from the text.
 *  spliceFootnotes (last): each TOKEN in the cleaned text becomes a <sup data-footnote="">
 *    holding its cleaned note. The placeholder's own <sup> passes the sanitizer (which keeps
 *    data-footnote on <sup> only) but may be merged or unwrapped on the way; the token is
 *    plain text, so it survives whatever the steps do to the markup around it, and a token
 *    is the only thing that makes a footnote: a data-footnote that did not come from one is
 *    dropped.
 *
 * The spliced <sup> sits directly in its line (p, h1–h3, li, blockquote) or at the top
 * level: it is taken out of any <b>, <a>… around it, so that formatting of the text does not
 * leak into the note. Its content is the note's inline content when the note is one
 * paragraph. A note of several paragraphs keeps them as <p> inside the <sup>, except when
 * the reference is in a <p>: an HTML parser closes the outer <p> at the inner <p> tag, which
 * would turn the note's paragraphs into paragraphs of the statement. There the note's
 * paragraphs become lines (<br>), as paragraphs inside a list item do elsewhere in the paste.
 *
 * Notes cannot nest: references inside a note stay as their plain text.
 */

import { hasVisibleText, isElement, rename, tagOf, unwrap } from './dom-utils.ts';
import {
  BLOCKS,
  footnoteRole,
  indexTargets,
  inPageTarget,
  isCommentLink,
  isHeading,
  nearestBlock,
  ownKeys,
  soleWrapper,
} from './footnote-links.ts';
import { DISSOLVED_CONTAINERS, FOOTNOTE_ATTR } from './paste-policy.ts';

export interface FootnoteCounts {
  /** References that became footnotes. */
  readonly matched: number;
  /** References without a note (kept as their text, "[1]"), or inside another note. */
  readonly unmatchedReferences: number;
  /** Notes no reference in the paste points to (kept as ordinary paragraphs). */
  readonly unmatchedDefinitions: number;
}

export const NO_FOOTNOTES: FootnoteCounts = { matched: 0, unmatchedReferences: 0, unmatchedDefinitions: 0 };

export interface FootnoteExtraction {
  /** Each note's content, in a body of its own, still to be cleaned. */
  readonly notes: readonly HTMLElement[];
  /** Finds the placeholders' tokens; group 1 is the index into `notes`. */
  readonly token: RegExp;
  /** The text of the paragraph that marks where note `index` starts, when they are cleaned together. */
  readonly separator: (index: number) => string;
  /** The note a separator paragraph's text names, or null if the text is not a separator. */
  readonly separatorIndex: (text: string) => number | null;
  readonly unmatchedReferences: number;
  readonly unmatchedDefinitions: number;
}

const TOKEN_START = '\ue000';
const TOKEN_END = '\ue001';
const SEPARATOR_START = '\ue002';
const SEPARATOR_END = '\ue003';

/** A footnote found in the paste: the reference link, what replaces it, its note's link. */
interface Pair {
  readonly reference: Element;
  readonly referenceOuter: Element;
  readonly backLink: Element;
  readonly note: NoteContent;
}

/** The nodes that make up a note, and where removing them may leave an empty container. */
interface NoteContent {
  readonly nodes: readonly Node[];
  readonly emptied: Element;
}

/** Containers whose following paragraphs continue a note: Word's and Docs' per-note <div>. */
const NOTE_CONTAINERS: ReadonlySet<string> = new Set([...DISSOLVED_CONTAINERS, 'li']);
const LINE_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * Word's downlevel-revealed conditionals, "<![if !supportFootnotes]>" … "<![endif]>", are
 * comments to an HTML parser (removed later with the others), but arrive as literal text
 * when something on the way escaped them. As text they would survive as text: drop them.
 */
const LITERAL_CONDITIONAL = /<!(?:--)?\[(?:if\s[^\]]*|endif)\](?:--)?>/giu;

function dropLiteralConditionals(root: Element): void {
  const walker = root.ownerDocument.createTreeWalker(root, 0x4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    const text = node as Text;
    if (!text.data.includes('<![') && !text.data.includes('<!--[')) continue;
    const stripped = text.data.replace(LITERAL_CONDITIONAL, '');
    if (stripped !== text.data) text.data = stripped;
  }
}

function makeNonce(): string {
  let nonce = '';
  while (nonce.length < 12) nonce += Math.random().toString(36).slice(2);
  return nonce.slice(0, 12);
}

/** The ids and names a note's back-link may point to: the reference's and its wrappers'. */
function referenceKeys(reference: Element, outer: Element): Set<string> {
  const keys = new Set<string>();
  for (let el: Element | null = reference; el !== null; el = el === outer ? null : el.parentElement) {
    for (const key of ownKeys(el)) keys.add(key);
  }
  for (const inner of Array.from(reference.querySelectorAll('[id], a[name]'))) for (const key of ownKeys(inner)) keys.add(key);
  return keys;
}

/** In-page links inside an element, by what they point to (the first link for each). */
type LinksByTarget = Map<string, Element>;

/**
 * The link in or around `target` that points back to one of `keys`: the target itself
 * (Word, Docs), a link inside it (a list item of notes), or one in the line it is in.
 * What an element holds is looked up once and kept in `cache`, so that many references
 * to one large element do not each search all of it.
 */
function findBackLink(target: Element, keys: ReadonlySet<string>, root: Element, cache: Map<Element, LinksByTarget>): Element | null {
  const own = tagOf(target) === 'a' ? inPageTarget(target) : null;
  if (own !== null && keys.has(own) && !isCommentLink(target)) return target;
  const linksIn = (el: Element): LinksByTarget => {
    let links = cache.get(el);
    if (links === undefined) {
      links = new Map();
      for (const a of Array.from(el.querySelectorAll('a[href]'))) {
        const key = inPageTarget(a);
        if (key !== null && !links.has(key) && !isCommentLink(a)) links.set(key, a);
      }
      cache.set(el, links);
    }
    return links;
  };
  const scopes = [target];
  if (tagOf(target) === 'a' || !NOTE_CONTAINERS.has(tagOf(target))) {
    const block = nearestBlock(target, root);
    if (block !== null) scopes.push(block);
  }
  for (const scope of scopes) {
    const links = linksIn(scope);
    for (const key of keys) {
      const found = links.get(key);
      if (found !== undefined) return found;
    }
  }
  return null;
}

/** Whether a following sibling starts something else: another note, or a heading. */
function endsNote(node: Node, backLinks: ReadonlySet<Element>): boolean {
  if (!isElement(node)) return false;
  if (isHeading(node) || backLinks.has(node)) return true;
  return Array.from(node.querySelectorAll('a[href]')).some((a) => backLinks.has(a));
}

/**
 * The content of the note whose back-link is `backLink`: its paragraph and the paragraphs
 * after it in the same note container (Word's <div style='mso-element:footnote'>, Docs'
 * <div>), or the content of the list item or container it is in; null if that would take
 * the reference itself along.
 */
function noteContent(backLink: Element, reference: Element, root: Element, backLinks: ReadonlySet<Element>): NoteContent | null {
  const block = nearestBlock(backLink, root);
  let content: NoteContent;
  if (block === null) {
    // Loose in the root: the note is its line, up to the next block or line break.
    let top: Node = backLink;
    while (top.parentNode !== root && top.parentNode !== null) top = top.parentNode;
    const nodes: Node[] = [top];
    for (let next = top.nextSibling; next !== null && !BLOCKS.has(tagOf(next)) && tagOf(next) !== 'br' && !endsNote(next, backLinks); next = next.nextSibling) {
      nodes.push(next);
    }
    content = { nodes, emptied: root };
  } else if (LINE_TAGS.has(tagOf(block))) {
    const nodes: Node[] = [block];
    const parent = block.parentElement;
    if (parent !== null && parent !== root && NOTE_CONTAINERS.has(tagOf(parent)) && !parent.contains(reference)) {
      for (let next = block.nextSibling; next !== null && !endsNote(next, backLinks); next = next.nextSibling) nodes.push(next);
    }
    content = { nodes, emptied: parent ?? root };
  } else {
    content = { nodes: Array.from(block.childNodes), emptied: block };
  }
  return content.nodes.some((node) => node === reference || node.contains(reference)) ? null : content;
}

/** hasVisibleText that stops at the first visible character: containers can be large. */
function holdsText(el: Element): boolean {
  const walker = el.ownerDocument.createTreeWalker(el, 0x4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) if (hasVisibleText(node)) return true;
  return false;
}

/**
 * Removes those of `elements`, and then of their ancestors below `root`, that hold no text.
 * Level by level, so that a parent shared by many (Word's notes list, a list of notes) is
 * looked at once, not once per note.
 */
function removeEmptied(elements: Iterable<Element>, root: Element): void {
  for (let level = new Set(elements); level.size > 0; ) {
    const parents = new Set<Element>();
    for (const el of level) {
      if (el === root || !root.contains(el) || holdsText(el)) continue;
      if (el.parentElement !== null) parents.add(el.parentElement);
      el.remove();
    }
    level = parents;
  }
}

/** Strips leading whitespace (no-break spaces too) from the first text of a note. */
function trimNoteStart(body: Element): void {
  const walker = body.ownerDocument.createTreeWalker(body, 0x4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    const text = node as Text;
    text.data = text.data.replace(/^[\s\u200b]+/u, '');
    if (text.data !== '') return;
  }
}

function pairsIn(root: Element, links: readonly Element[]): Pair[] {
  const targets = indexTargets(root);
  const backLinks = new Set<Element>();
  const candidates: { reference: Element; referenceOuter: Element; backLink: Element }[] = [];
  const used = new Set<Element>();
  const cache = new Map<Element, LinksByTarget>();
  for (const reference of links) {
    if (used.has(reference)) continue;
    const target = targets.get(inPageTarget(reference) ?? '');
    if (target === undefined || target === reference || target.contains(reference) || reference.contains(target)) continue;
    const referenceOuter = soleWrapper(reference, root);
    const backLink = findBackLink(target, referenceKeys(reference, referenceOuter), root, cache);
    if (backLink === null || backLink === reference || used.has(backLink)) continue;
    // Of the two ends of a pair, the reference comes first: notes follow the text.
    if ((reference.compareDocumentPosition(backLink) & 0x4) /* DOCUMENT_POSITION_FOLLOWING */ === 0) continue;
    used.add(reference);
    used.add(backLink);
    backLinks.add(backLink);
    candidates.push({ reference, referenceOuter, backLink });
  }
  const pairs: Pair[] = [];
  for (const candidate of candidates) {
    const note = noteContent(candidate.backLink, candidate.reference, root, backLinks);
    if (note !== null) pairs.push({ ...candidate, note });
  }
  // A reference inside another note would be a note in a note: it stays text.
  const inNotes = new Set<Node>(pairs.flatMap((pair) => pair.note.nodes));
  const isInNote = (node: Node): boolean => {
    for (let current: Node | null = node; current !== null && current !== root; current = current.parentNode) if (inNotes.has(current)) return true;
    return false;
  };
  return pairs.filter((pair) => !isInNote(pair.reference));
}

/**
 * Takes the footnotes out of `root` (see the top of this file). Each note's content is put
 * in a detached element of root's (inert) document, for cleanFootnotes.
 */
export function extractFootnotes(root: Element): FootnoteExtraction {
  const doc = root.ownerDocument;
  const nonce = makeNonce();
  const notes: HTMLElement[] = [];
  const newBody = (): HTMLElement => doc.createElement('div');
  let unmatchedReferences = 0;
  let unmatchedDefinitions = 0;

  const token = new RegExp(`${TOKEN_START}${nonce}\\.(\\d+)${TOKEN_END}`, 'gu');
  const separator = new RegExp(`^${SEPARATOR_START}${nonce}\\.(\\d+)${SEPARATOR_END}$`, 'u');
  const placeholder = (note: HTMLElement): Element => {
    const sup = doc.createElement('sup');
    sup.setAttribute(FOOTNOTE_ATTR, '');
    sup.textContent = `${TOKEN_START}${nonce}.${notes.length}${TOKEN_END}`;
    notes.push(note);
    return sup;
  };
  /** A note inside a note is impossible: the inner one becomes its text, in place. */
  const flattenInnerNotes = (body: Element): void => {
    for (const inner of Array.from(body.querySelectorAll(`sup[${FOOTNOTE_ATTR}]`)).reverse()) {
      unmatchedReferences++;
      const [match] = Array.from((inner.textContent ?? '').matchAll(token));
      const taken = match === undefined ? undefined : notes[Number(match[1])];
      if (taken !== undefined) {
        inner.replaceWith(...Array.from(taken.childNodes)); // the inner note's text, now plain text here
      } else {
        unwrap(inner);
      }
    }
  };

  dropLiteralConditionals(root);

  // The editor's own footnotes, in HTML copied from it: outermost first.
  for (const sup of Array.from(root.querySelectorAll(`sup[${FOOTNOTE_ATTR}]`))) {
    if (!root.contains(sup)) continue; // inside one already taken
    const body = newBody();
    while (sup.firstChild !== null) body.appendChild(sup.firstChild);
    flattenInnerNotes(body);
    sup.replaceWith(placeholder(body));
  }

  const links = Array.from(root.querySelectorAll('a[href]')).filter((a) => inPageTarget(a) !== null && !isCommentLink(a));
  const pairs = pairsIn(root, links);
  const paired = new Set(pairs.flatMap((pair) => [pair.reference, pair.backLink]));

  // Links left without a partner: a reference keeps its text ("[3]"), a note stays where
  // it is and becomes an ordinary paragraph.
  for (const a of links) {
    if (paired.has(a)) continue;
    const role = footnoteRole(a, root);
    if (role === 'definition') {
      unmatchedDefinitions++;
    } else if (role === 'reference') {
      unmatchedReferences++;
      const outer = soleWrapper(a, nearestBlock(a, root) ?? root);
      outer.replaceWith(doc.createTextNode(outer.textContent ?? ''));
    }
  }

  for (const pair of pairs) {
    const body = newBody();
    for (const node of pair.note.nodes) body.appendChild(node);
    soleWrapper(pair.backLink, body).remove();
    trimNoteStart(body);
    flattenInnerNotes(body);
    pair.referenceOuter.replaceWith(placeholder(body));
  }
  // Once all notes are out: the containers they leave empty, and Word's footnote and
  // endnote lists, which keep only a rule and a <br> by then.
  const emptied = new Set(pairs.map((pair) => pair.note.emptied));
  for (const list of Array.from(root.querySelectorAll('[style*="mso-element"]'))) {
    if (/mso-element:\s*(?:foot|end)note-list/i.test(list.getAttribute('style') ?? '')) emptied.add(list);
  }
  removeEmptied(emptied, root);

  return {
    notes,
    token,
    separator: (index) => `${SEPARATOR_START}${nonce}.${index}${SEPARATOR_END}`,
    separatorIndex: (text) => {
      const match = separator.exec(text);
      return match === null ? null : Number(match[1]);
    },
    unmatchedReferences,
    unmatchedDefinitions,
  };
}

/**
 * Cleans all notes with `clean` (steps 1–12) in one pass: a pass per note would run
 * DOMPurify, and parse, once per note, which for a report with hundreds of notes is most
 * of the paste's time. The notes go into `body` one after the other, each after a paragraph
 * naming it. Such a paragraph is a block with text, so the steps neither drop it nor let
 * content cross it (lists, Word list runs and loose inline text all stop at a block), and
 * cleaning the notes together gives what cleaning each alone would; a note that was only
 * inline text comes back as one paragraph, which fill() unwraps again. Returns the cleaned
 * notes in `extraction.notes` order, or null when `clean` could not run.
 */
export function cleanFootnotes(
  extraction: FootnoteExtraction,
  body: HTMLElement,
  clean: (root: HTMLElement) => HTMLElement | null,
): HTMLElement[] | null {
  if (extraction.notes.length === 0) return [];
  const doc = body.ownerDocument;
  extraction.notes.forEach((note, index) => {
    body.appendChild(doc.createElement('p')).textContent = extraction.separator(index);
    while (note.firstChild !== null) body.appendChild(note.firstChild);
  });
  const cleaned = clean(body);
  if (cleaned === null) return null;
  const notes = extraction.notes.map(() => cleaned.ownerDocument.createElement('div'));
  let current: HTMLElement | undefined;
  for (const node of Array.from(cleaned.childNodes)) {
    const index = tagOf(node) === 'p' ? extraction.separatorIndex(node.textContent ?? '') : null;
    if (index !== null) current = notes[index];
    else current?.appendChild(node);
  }
  return notes;
}

const INLINE_FORMATS = new Set(['a', 'b', 'i', 'u', 's', 'sup', 'sub']);
const LISTS = new Set(['ul', 'ol']);
const NOTE_BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'blockquote', 'ul', 'ol']);

/** An inline element left empty or blank by a split: gone, keeping a separating space. */
function tidySplit(el: Element): void {
  if (el.firstChild === null) el.remove();
  else if (!holdsText(el)) unwrap(el);
}

/** Moves `sup` out of the inline formatting and links around it, splitting them. */
function hoist(sup: Element): void {
  for (let parent = sup.parentElement; parent !== null && INLINE_FORMATS.has(tagOf(parent)); parent = sup.parentElement) {
    const after = parent.cloneNode(false) as Element;
    while (sup.nextSibling !== null) after.appendChild(sup.nextSibling);
    parent.after(sup, after);
    tidySplit(parent);
    tidySplit(after);
  }
}

/** The note's paragraphs as lines: each block's inline content, list items one per line. */
function appendAsLines(sup: Element, blocks: readonly Element[]): void {
  const doc = sup.ownerDocument;
  const line = (nodes: readonly Node[]): void => {
    if (!nodes.some(hasVisibleText)) return;
    if (sup.firstChild !== null) sup.appendChild(doc.createElement('br'));
    for (const node of nodes) sup.appendChild(node);
  };
  for (const block of blocks) {
    if (LISTS.has(tagOf(block))) {
      for (const li of Array.from(block.querySelectorAll('li'))) line(Array.from(li.childNodes).filter((node) => !LISTS.has(tagOf(node))));
    } else {
      line(Array.from(block.childNodes));
    }
  }
}

/** Puts a cleaned note into its reference's <sup> (the shapes are described at the top). */
function fill(sup: Element, note: HTMLElement): void {
  for (const inner of Array.from(note.querySelectorAll(`[${FOOTNOTE_ATTR}]`))) inner.removeAttribute(FOOTNOTE_ATTR);
  const blocks = Array.from(note.children).filter((el) => NOTE_BLOCKS.has(tagOf(el)));
  const single = blocks.length === 1 && !LISTS.has(tagOf(blocks[0]!)) ? blocks[0]! : null;
  if (blocks.length === 0 || single !== null) {
    const source = single ?? note;
    while (source.firstChild !== null) sup.appendChild(source.firstChild);
  } else if (tagOf(sup.parentElement) === 'p') {
    appendAsLines(sup, blocks);
  } else {
    for (const block of blocks) sup.appendChild(LISTS.has(tagOf(block)) || tagOf(block) === 'p' ? block : rename(block, 'p'));
  }
}

/**
 * Replaces each placeholder token in the cleaned text by its cleaned note (`notes[i]` is
 * `extraction.notes[i]` after cleaning). A note whose reference did not survive cleaning
 * (it was inside a <script>, say) is added at the end as paragraphs: never dropped.
 */
export function spliceFootnotes(root: HTMLElement, extraction: FootnoteExtraction, notes: readonly HTMLElement[]): FootnoteCounts {
  const doc = root.ownerDocument;
  for (const sup of Array.from(root.querySelectorAll(`[${FOOTNOTE_ATTR}]`))) sup.removeAttribute(FOOTNOTE_ATTR);

  const texts: Text[] = [];
  const walker = doc.createTreeWalker(root, 0x4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    if ((node as Text).data.includes(TOKEN_START)) texts.push(node as Text);
  }
  const placed = new Set<number>();
  // Last first: hoisting a note out of a <b> moves what follows it into a new <b>, and
  // from the end that is only the text up to the next note, however many there are.
  for (const text of texts.reverse()) {
    const matches = Array.from(text.data.matchAll(extraction.token)).reverse(); // last first: offsets stay valid
    for (const match of matches) {
      const index = Number(match[1]);
      const token = text.splitText(match.index);
      token.splitText(match[0].length);
      const note = notes[index];
      if (note === undefined || placed.has(index)) {
        token.remove();
        continue;
      }
      placed.add(index);
      const sup = doc.createElement('sup');
      sup.setAttribute(FOOTNOTE_ATTR, '');
      token.replaceWith(sup);
      hoist(sup);
      fill(sup, note);
    }
  }
  let lost = 0;
  notes.forEach((note, index) => {
    if (placed.has(index) || !hasVisibleText(note)) return;
    lost++;
    const hasBlocks = Array.from(note.children).some((el) => NOTE_BLOCKS.has(tagOf(el)));
    if (hasBlocks) while (note.firstChild !== null) root.appendChild(note.firstChild);
    else root.appendChild(doc.createElement('p')).append(...Array.from(note.childNodes));
  });

  return {
    matched: placed.size,
    unmatchedReferences: extraction.unmatchedReferences,
    unmatchedDefinitions: extraction.unmatchedDefinitions + lost,
  };
}
