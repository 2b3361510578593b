import type { Footnote } from '../../document/model.ts';
import type { FootnoteStyle } from '../../footnotes/numbering.ts';
import { blocksHtml, paragraphHtml, type BlockContext } from './blocks-html.ts';
import { escapeHtml } from './escape.ts';

function backLink(note: Footnote, ctx: BlockContext): string {
  const href = escapeHtml(ctx.anchors.reference(note.number));
  // U+FE0E asks for the text arrow, not an emoji.
  return `<a href="#${href}" role="doc-backlink" aria-label="${escapeHtml(ctx.labels.backToReference(note.label))}">\u21a9\ufe0e</a>`;
}

/** The back link ends the note's last paragraph, or stands after a note that ends in a list. */
function noteHtml(note: Footnote, ctx: BlockContext): string {
  const last = note.blocks[note.blocks.length - 1];
  const link = backLink(note, ctx);
  const body =
    last?.kind === 'paragraph'
      ? blocksHtml(note.blocks.slice(0, -1), ctx) + paragraphHtml(last, ctx, ` ${link}`)
      : `${blocksHtml(note.blocks, ctx)}<p>${link}</p>`;
  return `<li id="${escapeHtml(ctx.anchors.note(note.id))}">${body}</li>`;
}

/**
 * The notes as DPUB-ARIA endnotes: an ordered list whose numbers are the references'
 * labels (type="i" for roman, so it holds without our stylesheet too), each with its way back.
 */
export function notesHtml(notes: readonly Footnote[], style: FootnoteStyle, ctx: BlockContext): string {
  if (notes.length === 0) return '';
  const title = escapeHtml(ctx.anchors.notesTitle);
  const saved = ctx.inNote;
  ctx.inNote = true;
  const items = notes.map((note) => noteHtml(note, ctx)).join('\n');
  ctx.inNote = saved;
  const type = style === 'lower-roman' ? ' type="i"' : '';
  return `<section class="notes" role="doc-endnotes" aria-labelledby="${title}"><h2 id="${title}">${escapeHtml(ctx.labels.notes)}</h2>\n<ol${type}>\n${items}\n</ol></section>`;
}
