/** Paste clean-up for the editor: turns clipboard HTML into the structure a statement holds. */
export { cleanPastedHtml, type CleanPasteOptions, type CleanPasteResult, type PasteWindow } from './clean-pasted-html.ts';
export { isSafeLinkUrl, safeLinkUrl } from './safe-url.ts';
export { MAX_PASTE_HTML_CHARS } from './paste-policy.ts';
export type { FootnoteCounts } from './footnotes.ts';
