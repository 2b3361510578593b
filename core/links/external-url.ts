/** Schemes the app hands to the operating system or writes into exports as links. */
const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/**
 * The normalised URL if it is an absolute http, https or mailto link, else null. Control
 * characters and white space inside are refused outright, since browsers strip them and so
 * "java\tscript:" would otherwise become "javascript:".
 */
export function safeExternalUrl(raw: string): string | null {
  const trimmed = raw.trim();
  if (trimmed.length === 0 || trimmed.length > 8192 || /[\u0000-\u001f\u007f\s]/.test(trimmed)) return null;
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return null;
  }
  if (!ALLOWED_PROTOCOLS.has(url.protocol)) return null;
  if (url.protocol !== 'mailto:' && url.hostname === '') return null;
  return url.href;
}
