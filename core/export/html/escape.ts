/**
 * The one escape of the HTML exporter, for text and for double-quoted attribute values
 * alike: every string from a statement passes through it, so no content can open a tag,
 * close an attribute or start a character reference.
 *
 * It also removes what HTML forbids in a document (control characters other than tab, line
 * feed and carriage return; lone surrogates become U+FFFD): pasted text carries them, and
 * validators and some website editors reject the page for them.
 */
const SPECIAL = /[&<>"']/g;
const REPLACEMENTS: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/** One test for the common case: plain prose needs no rewriting at all. */
const ANY = /[&<>"'\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ud800-\udfff]/;

export function escapeHtml(text: string): string {
  if (!ANY.test(text)) return text;
  return text
    .replace(FORBIDDEN, '')
    .replace(LONE_SURROGATE, '\ufffd')
    .replace(SPECIAL, (char) => REPLACEMENTS[char]!);
}
