/**
 * Which URLs may become links in a statement or be handed to the operating system: only
 * absolute http:, https: and mailto: URLs. Everything else (javascript:, data:, vbscript:,
 * file:, relative and protocol-relative URLs) either runs code, embeds content or points
 * somewhere meaningless. One rule for paste, the link dialog, the checks, export and
 * shell.openExternal.
 */

const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/** Longer hrefs are junk (or a smuggled payload), not a link a writer means to keep. */
const MAX_URL_LENGTH = 8192;

/**
 * Characters that must never appear inside an href. Browsers silently delete tabs and
 * newlines from URLs, so "java\tscript:" runs as "javascript:"; rejecting them (and every
 * other control, zero-width and bidi-control character) closes that whole family of tricks.
 * A plain space is allowed: "mailto:a@b.org?subject=Joint statement" is a real link.
 */
const FORBIDDEN_CHARS = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]|[^\S ]/u;

/** Cheap pre-check so that only strings that already look like an allowed URL reach the parser. */
const ALLOWED_PREFIX = /^(?:https?:|mailto:)/i;

/**
 * The normalised href for a link that may be kept, or null if the link must go.
 * The input is the attribute value as the DOM gives it, so character references such as
 * "&#x09;" have already been decoded and are caught here as the characters they stand for.
 */
export function safeExternalUrl(raw: string): string | null {
  if (typeof raw !== 'string') return null;
  const candidate = raw.trim();
  if (candidate === '' || candidate.length > MAX_URL_LENGTH) return null;
  if (FORBIDDEN_CHARS.test(candidate) || !ALLOWED_PREFIX.test(candidate)) return null;

  let url: URL;
  try {
    url = new URL(candidate); // No base: relative URLs throw and are rejected.
  } catch {
    return null;
  }
  if (!ALLOWED_PROTOCOLS.has(url.protocol)) return null;

  if (url.protocol === 'mailto:') {
    return url.pathname === '' && url.search === '' ? null : url.href;
  }
  // "https://ohchr.org@evil.example/" shows one site and opens another: no credentials.
  if (url.hostname === '' || url.username !== '' || url.password !== '') return null;
  return url.href;
}

/** Whether a link with this href may be kept. */
export function isSafeExternalUrl(raw: string): boolean {
  return safeExternalUrl(raw) !== null;
}
