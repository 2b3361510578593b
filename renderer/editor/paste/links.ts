/**
 * Every link's href goes through safeLinkUrl. A link that may not stay (javascript:, data:,
 * a relative or in-page "#_ftn1" anchor, Word's <a name=_Toc…> bookmarks) is unwrapped so
 * its text stays in the statement; a kept link gets the normalised href and nothing else.
 */

import { hasVisibleText, unwrap } from './dom-utils.ts';
import { safeLinkUrl } from './safe-url.ts';

export function rewriteLinks(root: Element): void {
  for (const a of Array.from(root.querySelectorAll('a'))) {
    const raw = a.getAttribute('href');
    const href = raw === null ? null : safeLinkUrl(raw);
    if (href === null || !hasVisibleText(a)) {
      unwrap(a);
      continue;
    }
    for (const name of a.getAttributeNames()) if (name !== 'href') a.removeAttribute(name);
    a.setAttribute('href', href);
  }
}
