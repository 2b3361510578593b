/**
 * Cleans HTML from the clipboard (Word, Google Docs, web pages) down to the structure a
 * statement can hold. The pasted markup is parsed into a separate, inert document made by
 * DOMParser: it is never put into the live page, so nothing in it loads or runs while it is
 * being cleaned.
 *
 * Steps, in order, and why that order:
 *  0. Footnotes       – pairs references with notes by their ids, names and in-page hrefs,
 *                       which later steps drop; each note is then cleaned on its own by
 *                       steps 1–12 and put back, as <sup data-footnote>, at the very end.
 *  1. Word lists      – need the conditional comments and mso-list styles, so come first.
 *  2. Non-content     – comments, <script>, <style>, <img>… go before anything moves them.
 *  3. Word styles     – Title/Quote live in class names, which the sanitizer drops.
 *  4. Style semantics – bold/italic/… from inline styles, which the sanitizer drops.
 *  5. Presentational – <span>, <font>, unknown tags unwrapped, their styles now read.
 *  6. Inline pushdown – <a>/<b>/… wrapped around blocks moves inside them.
 *  7. Containers      – tables and divs to paragraphs, before DOMPurify would merge cells.
 *  8. Lists           – nested lists into their items, loose items into lists.
 *  9. Nested blocks   – <p> inside <li> and the like become lines.
 * 10. DOMPurify       – the security boundary: allow-listed tags, href only.
 * 11. Links           – every href through safeLinkUrl; unsafe links become plain text.
 * 12. Output shape    – canonical tags, allow-list re-check, whitespace and empties.
 */

import type { WindowLike } from 'dompurify';
import { dissolveContainers, flattenNestedTextBlocks } from './block-structure.ts';
import { cleanFootnotes, extractFootnotes, NO_FOOTNOTES, spliceFootnotes, type FootnoteCounts } from './footnotes.ts';
import { pushInlineIntoBlocks } from './inline-around-blocks.ts';
import { rewriteLinks } from './links.ts';
import { normalizeLists } from './list-structure.ts';
import { shapeOutput } from './output-shape.ts';
import { MAX_PASTE_HTML_CHARS } from './paste-policy.ts';
import { removeNonContent } from './remove-non-content.ts';
import { sanitizeHtml } from './sanitize.ts';
import { applyStyleSemantics } from './style-semantics.ts';
import { unwrapPresentational } from './unwrap-presentational.ts';
import { convertWordLists } from './word-lists.ts';
import { applyWordParagraphStyles } from './word-paragraph-styles.ts';

/** The window whose DOMParser and DOM classes do the work: the renderer's, or jsdom's in tests. */
export type PasteWindow = WindowLike;

export interface CleanPasteOptions {
  /** Defaults to the global `window`. */
  readonly window?: PasteWindow;
}

/**
 * `ok: true` – `html` is the cleaned HTML: only p, h1–h3, ul, ol, li, blockquote, a[href],
 *   b, i, u, s, sup, sup[data-footnote=""], sub and br; hrefs are absolute http(s)/mailto
 *   URLs. It may be "" when nothing pasteable was left (an image alone, say). Inline-only
 *   input stays inline (no <p> around it), so pasting part of a sentence merges into the
 *   current paragraph. Each footnote is `<sup data-footnote="">note</sup>` where its
 *   reference was (see footnotes.ts for the note's shape); `footnotes` counts them, and the
 *   references and notes that could not be paired (kept as text and as paragraphs).
 * `ok: false` – do not use the HTML flavour; paste the clipboard's plain text instead.
 *   'too-large': over MAX_PASTE_HTML_CHARS; 'unavailable': no DOM to clean with (or an
 *   unexpected failure inside it), so the HTML cannot be made safe.
 */
export type CleanPasteResult =
  | { readonly ok: true; readonly html: string; readonly footnotes: FootnoteCounts }
  | { readonly ok: false; readonly reason: 'too-large' | 'unavailable' };

function parse(html: string, win: PasteWindow): Document {
  return new win.DOMParser().parseFromString(html, 'text/html');
}

function defaultWindow(): PasteWindow | undefined {
  return typeof window === 'undefined' ? undefined : window;
}

/**
 * Steps 1–12 on the content of `root`: the cleaned result in a fresh document's body, or
 * null when DOMPurify cannot run in this window.
 */
function cleanTree(root: HTMLElement, win: PasteWindow): HTMLElement | null {
  convertWordLists(root);
  removeNonContent(root);
  applyWordParagraphStyles(root);
  applyStyleSemantics(root);
  unwrapPresentational(root);
  pushInlineIntoBlocks(root);
  dissolveContainers(root);
  normalizeLists(root);
  flattenNestedTextBlocks(root);

  const sanitized = sanitizeHtml(root.innerHTML, win);
  if (sanitized === null) return null;

  // A fresh inert document again, so the last two steps see exactly what DOMPurify returned.
  const clean = parse(sanitized, win).body;
  rewriteLinks(clean);
  shapeOutput(clean);
  return clean;
}

/** Never throws: any input, however broken, yields a result. */
export function cleanPastedHtml(html: string, options: CleanPasteOptions = {}): CleanPasteResult {
  if (typeof html !== 'string') return { ok: true, html: '', footnotes: NO_FOOTNOTES };
  // Checked before parsing: cleaning takes about a second per 5 MB in Chromium, and a paste
  // must not freeze the editor for longer than that.
  if (html.length > MAX_PASTE_HTML_CHARS) return { ok: false, reason: 'too-large' };
  const win = options.window ?? defaultWindow();
  if (win === undefined) return { ok: false, reason: 'unavailable' };
  try {
    const body = parse(html, win).body;
    const footnotes = extractFootnotes(body);
    const clean = cleanTree(body, win);
    const notes = clean === null ? null : cleanFootnotes(footnotes, parse('', win).body, (root) => cleanTree(root, win));
    if (clean === null || notes === null) return { ok: false, reason: 'unavailable' };
    const counts = spliceFootnotes(clean, footnotes, notes);
    return { ok: true, html: clean.innerHTML, footnotes: counts };
  } catch {
    return { ok: false, reason: 'unavailable' };
  }
}
