import type { DocumentMeta, StatementDocument } from '../../document/model.ts';
import { anchors } from './anchors.ts';
import { blocksHtml, type BlockContext } from './blocks-html.ts';
import { escapeHtml } from './escape.ts';
import { HTML_LABELS, htmlLanguage } from './labels.ts';
import { notesHtml } from './notes-html.ts';

export type HtmlFragmentOptions = {
  /** Put before every id ("s1-" makes "s1-fn-3"), for a web page that shows several statements. */
  idPrefix?: string;
};

/** The title, or the words for a statement without one: a page needs its h1 and its title. */
export function displayTitle(meta: DocumentMeta): string {
  return meta.title !== '' ? meta.title : HTML_LABELS[htmlLanguage(meta.language)].untitled;
}

/** The dateline with its date as <time>, so that sites and search engines can read it. */
function datelineHtml(meta: DocumentMeta): string {
  if (meta.dateline === '') return '';
  if (meta.dateText === '' || !meta.dateline.endsWith(meta.dateText) || !/^\d{4}-\d{2}-\d{2}$/.test(meta.date)) {
    return `<p class="dateline">${escapeHtml(meta.dateline)}</p>`;
  }
  const places = meta.dateline.slice(0, meta.dateline.length - meta.dateText.length);
  return `<p class="dateline">${escapeHtml(places)}<time datetime="${meta.date}">${escapeHtml(meta.dateText)}</time></p>`;
}

/**
 * The statement as one <article>, no stylesheet: what a website's editor takes. `lang` is on
 * the article because the page around it may be in another language.
 */
export function toHtmlFragment(doc: StatementDocument, options: HtmlFragmentOptions = {}): string {
  const lang = htmlLanguage(doc.meta.language);
  const labels = HTML_LABELS[lang];
  const ctx: BlockContext = { anchors: anchors(options.idPrefix), referenced: new Set(), labels, lastLevel: 1, inNote: false };
  const header = `<header><h1>${escapeHtml(displayTitle(doc.meta))}</h1>${datelineHtml(doc.meta)}</header>`;
  const body = blocksHtml(doc.blocks, ctx, '\n');
  const notes = notesHtml(doc.footnotes, doc.meta.footnoteStyle, ctx);
  return [`<article class="statement" lang="${lang}">`, header, body, notes, '</article>'].filter((part) => part !== '').join('\n');
}
