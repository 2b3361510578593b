/**
 * Reads an element's style attribute as written. We parse the raw text rather than use
 * `element.style`, because CSSOM implementations drop properties they do not know, and the
 * ones that matter for Word (mso-list, mso-*) are exactly those.
 */

/** Property → value, both lower-case, `!important` removed; later declarations win. */
export function readInlineStyle(el: Element): Map<string, string> {
  const declarations = new Map<string, string>();
  const text = el.getAttribute('style');
  if (text === null || text === '') return declarations;
  for (const part of text.split(';')) {
    const colon = part.indexOf(':');
    if (colon <= 0) continue;
    const property = part.slice(0, colon).trim().toLowerCase();
    const value = part
      .slice(colon + 1)
      .replace(/!\s*important\s*$/i, '')
      .trim()
      .toLowerCase();
    if (property !== '' && value !== '') declarations.set(property, value);
  }
  return declarations;
}
