/**
 * The one place that says what pasted HTML may contain. The pipeline steps and the
 * DOMPurify configuration both read these lists, so they cannot drift apart.
 */

/** HTML larger than this is not cleaned; the caller pastes the plain-text flavour instead. */
export const MAX_PASTE_HTML_CHARS = 5 * 1024 * 1024;

/** Tags DOMPurify lets through. Everything else is unwrapped, keeping its text. */
export const SANITIZER_ALLOWED_TAGS: readonly string[] = [
  'p', 'br', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'blockquote',
  'a', 'b', 'strong', 'i', 'em', 'u', 's', 'strike', 'del', 'sup', 'sub',
];

/**
 * Marks a <sup> as a footnote reference whose note is the sup's content (see footnotes.ts).
 * Always written with an empty value: `<sup data-footnote="">note…</sup>`.
 */
export const FOOTNOTE_ATTR = 'data-footnote';

/**
 * The only attributes that survive, each only on its own element and nowhere else: a link's
 * target, and the footnote mark on a superscript. The sanitizer and the output pass both
 * enforce this per element.
 */
export const ALLOWED_ATTRS_BY_TAG: Readonly<Record<string, readonly string[]>> = {
  a: ['href'],
  sup: [FOOTNOTE_ATTR],
};

/** Every attribute of ALLOWED_ATTRS_BY_TAG, for DOMPurify's global allow-list. */
export const SANITIZER_ALLOWED_ATTRS: readonly string[] = [...new Set(Object.values(ALLOWED_ATTRS_BY_TAG).flat())];

/** Whether `attr` may stay on a `tag` element (both lower-case). */
export function isAllowedAttr(tag: string, attr: string): boolean {
  return Object.hasOwn(ALLOWED_ATTRS_BY_TAG, tag) && ALLOWED_ATTRS_BY_TAG[tag]!.includes(attr);
}

/**
 * Tags in the final output. Synonyms are folded into one spelling each (strong→b, em→i,
 * strike/del→s, h4–h6→h3) because the editor has exactly these formats and block types,
 * and Lexical does not import <strike> or <del> at all.
 */
export const OUTPUT_TAGS: ReadonlySet<string> = new Set([
  'p', 'br', 'h1', 'h2', 'h3', 'ul', 'ol', 'li', 'blockquote', 'a', 'b', 'i', 'u', 's', 'sup', 'sub',
]);

export const CANONICAL_TAG: Readonly<Record<string, string>> = {
  strong: 'b', em: 'i', strike: 's', del: 's', h4: 'h3', h5: 'h3', h6: 'h3',
};

/**
 * Elements removed together with everything inside them: their "text" is code, styling,
 * metadata, alternative content or form state, never part of the statement being pasted.
 * (Unknown elements are instead unwrapped, so a page's odd markup never loses its text.)
 */
export const DROPPED_WITH_CONTENT: readonly string[] = [
  'script', 'style', 'noscript', 'template', 'head', 'title', 'meta', 'link', 'base',
  'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'param', 'noembed', 'noframes',
  'svg', 'math', 'img', 'picture', 'source', 'video', 'audio', 'track', 'canvas', 'map', 'area',
  'input', 'button', 'select', 'option', 'optgroup', 'textarea', 'datalist', 'output', 'progress', 'meter',
  'xmp', 'plaintext', 'listing', 'nav', 'dialog', 'xml',
];

/** Block elements the output keeps as blocks. */
export const KEPT_BLOCKS: ReadonlySet<string> = new Set([
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'blockquote',
]);

/** Blocks whose content is a line of text: a block inside one of them becomes line breaks. */
export const TEXT_BLOCKS: ReadonlySet<string> = new Set([
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'blockquote',
]);

/**
 * Layout containers with no counterpart in a statement. They are dissolved: a container of
 * plain text becomes a paragraph (so table cells keep their text, one paragraph each), a
 * container of blocks is replaced by those blocks.
 */
export const DISSOLVED_CONTAINERS: ReadonlySet<string> = new Set([
  'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'figure', 'figcaption',
  'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'dl', 'dt', 'dd',
  'address', 'center', 'pre', 'details', 'summary', 'fieldset', 'legend', 'hgroup', 'form',
  'search',
]);

/** Legacy spellings of a bulleted list. */
export const LIST_SYNONYMS: ReadonlySet<string> = new Set(['menu', 'dir']);

/** Everything the structural steps treat as a block rather than as a run of text. */
export const ALL_BLOCKS: ReadonlySet<string> = new Set([...KEPT_BLOCKS, ...DISSOLVED_CONTAINERS, ...LIST_SYNONYMS, 'hr']);
