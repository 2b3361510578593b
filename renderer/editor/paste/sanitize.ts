/**
 * The DOMPurify pass: the security boundary of the paste pipeline. Everything before it
 * only rearranges the pasted DOM; this is what guarantees that no element outside the
 * allow-list and no attribute except <a href> and <sup data-footnote=""> gets through,
 * including the parser-level (mutation XSS) tricks DOMPurify is built to catch.
 */

import DOMPurify, { type Config, type DOMPurify as Purifier, type WindowLike } from 'dompurify';
import { DROPPED_WITH_CONTENT, FOOTNOTE_ATTR, isAllowedAttr, SANITIZER_ALLOWED_ATTRS, SANITIZER_ALLOWED_TAGS } from './paste-policy.ts';

const CONFIG: Config = {
  ALLOWED_TAGS: [...SANITIZER_ALLOWED_TAGS],
  ALLOWED_ATTR: [...SANITIZER_ALLOWED_ATTRS],
  ALLOW_ARIA_ATTR: false,
  ALLOW_DATA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  // DOMPurify tests hrefs with whitespace and control characters removed, the way
  // browsers read them; safeLinkUrl checks again, stricter, after this pass.
  ALLOWED_URI_REGEXP: /^(?:https?|mailto):/i,
  KEEP_CONTENT: true,
  // Replaces DOMPurify's default list, which also drops <thead> with its text.
  FORBID_CONTENTS: [...DROPPED_WITH_CONTENT, 'annotation-xml', 'foreignobject', 'desc', 'mi', 'mn', 'mo', 'ms', 'mtext', 'selectedcontent'],
  WHOLE_DOCUMENT: false,
  RETURN_DOM: false,
  RETURN_DOM_FRAGMENT: false,
  RETURN_TRUSTED_TYPE: false,
};

/**
 * One purifier per window, made with the factory: the app-wide default instance may carry
 * hooks or config set by other code, and jsdom in tests is a different window from the
 * one `dompurify` binds to on import.
 */
const purifiers = new WeakMap<WindowLike, Purifier>();

/**
 * DOMPurify's attribute allow-list is global; this narrows it per element, so href lives only
 * on <a> and the footnote mark only on <sup>, and only empty (it is a flag, never data).
 */
function restrictAttributesToTheirTags(purifier: Purifier): void {
  purifier.addHook('uponSanitizeAttribute', (node, event) => {
    const tag = node.nodeName.toLowerCase();
    const name = event.attrName.toLowerCase();
    if (!isAllowedAttr(tag, name) || (name === FOOTNOTE_ATTR && event.attrValue !== '')) event.keepAttr = false;
  });
}

function purifierFor(win: WindowLike): Purifier | null {
  let purifier = purifiers.get(win);
  if (purifier === undefined) {
    purifier = DOMPurify(win);
    restrictAttributesToTheirTags(purifier);
    purifiers.set(win, purifier);
  }
  return purifier.isSupported ? purifier : null;
}

/** Sanitized HTML (body content), or null when this window cannot run DOMPurify. */
export function sanitizeHtml(html: string, win: WindowLike): string | null {
  const purifier = purifierFor(win);
  if (purifier === null) return null;
  const clean = purifier.sanitize(html, CONFIG);
  return typeof clean === 'string' ? clean : String(clean);
}
