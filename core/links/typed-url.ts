import { safeExternalUrl } from './external-url.ts';

/**
 * What a writer types into the link field ("ohchr.org/…", "press@example.org",
 * "https://…") made into a full http(s) or mailto URL, or null when it is none of those.
 */
export function normalizeTypedUrl(typed: string): string | null {
  const text = typed.trim();
  if (text === '') return null;
  if (/^[^\s@/:]+@[^\s@/]+\.[^\s@/]+$/.test(text)) return safeExternalUrl(`mailto:${text}`);
  if (/^[a-z][a-z0-9+.-]*:/i.test(text)) return safeExternalUrl(text);
  return safeExternalUrl(`https://${text}`);
}
