/**
 * Google Docs (and web pages copied from a browser) express formatting only as inline
 * styles: <span style="font-weight:700">. The sanitizer drops every style attribute, so this
 * step first turns the styles that mean something into elements (<b>, <i>, <u>, <s>, <sup>,
 * <sub>). Only the standard CSS properties count: Word's mso-bidi-font-weight and friends
 * describe other scripts' runs, not the text the writer sees.
 */

import { rename, tagOf, unwrap, wrapChildren } from './dom-utils.ts';
import { readInlineStyle } from './inline-style.ts';

type Format = 'b' | 'i' | 'u' | 's' | 'sup' | 'sub';

/** Elements that already give a format: a style saying the same inside them adds nothing. */
const GIVEN_BY: Readonly<Record<Format, string>> = {
  b: 'b,strong',
  i: 'i,em',
  u: 'u',
  s: 's,strike,del',
  sup: 'sup',
  sub: 'sub',
};

/**
 * Where a format is the container's look rather than emphasis: browsers copy headings and
 * table headers with font-weight:700 and links with underline, and keeping that would make
 * the text bold or underlined for good once it is no longer a heading, header or link.
 */
const IMPLIED_BY: Readonly<Partial<Record<Format, string>>> = {
  b: 'h1,h2,h3,h4,h5,h6,th',
  u: 'a',
};

/** true: bold; false: explicitly not bold; null: the style says nothing about weight. */
function isBoldWeight(value: string | undefined): boolean | null {
  if (value === undefined) return null;
  if (value === 'bold' || value === 'bolder') return true;
  const numeric = Number(value);
  return Number.isFinite(numeric) ? numeric >= 600 : false;
}

function formatsOf(style: ReadonlyMap<string, string>): Format[] {
  const formats: Format[] = [];
  if (isBoldWeight(style.get('font-weight')) === true) formats.push('b');
  if (/^(?:italic|oblique)\b/.test(style.get('font-style') ?? '')) formats.push('i');
  const decoration = `${style.get('text-decoration') ?? ''} ${style.get('text-decoration-line') ?? ''}`;
  if (/\bunderline\b/.test(decoration)) formats.push('u');
  if (/\bline-through\b/.test(decoration)) formats.push('s');
  const align = style.get('vertical-align');
  if (align === 'super') formats.push('sup');
  if (align === 'sub') formats.push('sub');
  return formats;
}

/**
 * Formatting elements that are not formatting: Google Docs wraps the whole clipboard in
 * <b style="font-weight:normal" id="docs-internal-guid-…">, and pages reset <b>/<i> by style.
 */
function isFakeFormatting(el: Element): boolean {
  if ((el.getAttribute('id') ?? '').startsWith('docs-internal-guid')) return true;
  const style = readInlineStyle(el);
  const tag = tagOf(el);
  if (tag === 'b' || tag === 'strong') return isBoldWeight(style.get('font-weight')) === false;
  if (tag === 'i' || tag === 'em') return style.get('font-style') === 'normal';
  return false;
}

/** Google Docs' "Title" style: a paragraph whose text is a 26pt span (Lexical's own heuristic). */
function isDocsTitle(p: Element): boolean {
  const first = p.firstElementChild;
  return first !== null && tagOf(first) === 'span' && readInlineStyle(first).get('font-size') === '26pt'
    && (p.textContent ?? '').trim() === (first.textContent ?? '').trim();
}

export function applyStyleSemantics(root: Element): void {
  for (const el of Array.from(root.querySelectorAll('[id^="docs-internal-guid"], b[style], strong[style], i[style], em[style]'))) {
    if (isFakeFormatting(el)) unwrap(el);
  }
  for (const p of Array.from(root.querySelectorAll('p'))) {
    if (isDocsTitle(p)) rename(p, 'h1');
  }
  // Document order: an ancestor's new <b> is in place before its descendants are looked at,
  // so a bold span inside a bold paragraph does not get a second <b>.
  for (const el of Array.from(root.querySelectorAll('[style]'))) {
    if (el.firstChild === null) continue;
    const formats = formatsOf(readInlineStyle(el)).filter((format) => {
      const implied = IMPLIED_BY[format];
      return el.closest(GIVEN_BY[format]) === null && (implied === undefined || el.closest(implied) === null);
    });
    let target = el;
    for (const format of formats) target = wrapChildren(target, format);
  }
}
