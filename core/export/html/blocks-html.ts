import type { Align, Block, Heading, List, ListItem, Paragraph, PassageLanguage, SignatoryBlock } from '../../document/model.ts';
import { escapeHtml } from './escape.ts';
import { runsHtml, type InlineContext } from './inline-html.ts';
import type { HtmlLabels } from './labels.ts';

export type BlockContext = InlineContext & {
  labels: HtmlLabels;
  /** The level of the last heading written: the title is h1, so this starts at 1. */
  lastLevel: number;
  /** In a note's body headings are set as paragraphs: the notes list must not break the outline. */
  inNote: boolean;
};

const ALIGN_CLASSES: Readonly<Record<Align, string>> = { start: '', center: 'align-center', end: 'align-end', justify: 'align-justify' };
/** BCP 47 in the simple form the model uses; anything else is left out rather than escaped into place. */
const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;

/** ` class="align-center" lang="ru"`: alignment as a class (ours, never the content's CSS), language as lang. */
function blockAttributes(align: Align | undefined, lang: PassageLanguage | undefined, extraClass = ''): string {
  const classes = [extraClass, align === undefined ? '' : (ALIGN_CLASSES[align] ?? '')].filter((c) => c !== '').join(' ');
  let attributes = classes === '' ? '' : ` class="${classes}"`;
  if (lang !== undefined && LANGUAGE_TAG.test(lang)) attributes += ` lang="${lang}"`;
  return attributes;
}

export function paragraphHtml(block: Paragraph, ctx: BlockContext, tail = ''): string {
  return `<p${blockAttributes(block.align, block.lang)}>${runsHtml(block.runs, ctx)}${tail}</p>`;
}

/**
 * Under the h1 title the editor's levels move down one; a skipped level is closed up, so the
 * outline has no gaps (assistive technology and validators both expect none).
 */
function headingHtml(block: Heading, ctx: BlockContext): string {
  if (ctx.inNote) return `<p${blockAttributes(block.align, block.lang, 'note-heading')}><strong>${runsHtml(block.runs, ctx)}</strong></p>`;
  const level = Math.max(2, Math.min(6, block.level + 1, ctx.lastLevel + 1));
  ctx.lastLevel = level;
  return `<h${level}${blockAttributes(block.align, block.lang)}>${runsHtml(block.runs, ctx)}</h${level}>`;
}

/** A lone paragraph is set straight in its <li>, as word processors and websites show a list. */
function listItemHtml(item: ListItem, ctx: BlockContext): string {
  const [first, ...rest] = item.blocks;
  if (first?.kind === 'paragraph' && !rest.some((block) => block.kind === 'paragraph')) {
    return `<li${blockAttributes(first.align, first.lang)}>${runsHtml(first.runs, ctx)}${blocksHtml(rest, ctx)}</li>`;
  }
  return `<li>${blocksHtml(item.blocks, ctx)}</li>`;
}

function listHtml(block: List, ctx: BlockContext): string {
  const items = block.items.map((item) => listItemHtml(item, ctx)).join('');
  if (!block.ordered) return `<ul>${items}</ul>`;
  const start = Number.isInteger(block.start) && block.start !== 1 ? ` start="${block.start}"` : '';
  return `<ol${start}>${items}</ol>`;
}

/** Headings and notes of the block as paragraphs, each run of signers as one list. */
function signatoriesHtml(block: SignatoryBlock, ctx: BlockContext): string {
  let out = `<section class="signatories" aria-label="${escapeHtml(ctx.labels.signatories)}">`;
  let inList = false;
  for (const entry of block.entries) {
    const lines = entry.lines.map((line) => runsHtml(line, ctx)).join('<br>');
    if (entry.role === 'signer') {
      if (!inList) out += '<ul class="signatory-list">';
      inList = true;
      out += `<li>${lines}</li>`;
      continue;
    }
    if (inList) out += '</ul>';
    inList = false;
    out += `<p class="signatory-${entry.role === 'heading' ? 'heading' : 'note'}">${lines}</p>`;
  }
  if (inList) out += '</ul>';
  return `${out}</section>`;
}

function blockHtml(block: Block, ctx: BlockContext): string {
  switch (block.kind) {
    case 'paragraph':
      return paragraphHtml(block, ctx);
    case 'heading':
      return headingHtml(block, ctx);
    case 'list':
      return listHtml(block, ctx);
    case 'quote':
      return `<blockquote>${block.paragraphs.map((p) => paragraphHtml(p, ctx)).join('')}</blockquote>`;
    case 'signatories':
      return signatoriesHtml(block, ctx);
  }
}

export function blocksHtml(blocks: readonly Block[], ctx: BlockContext, separator = ''): string {
  return blocks.map((block) => blockHtml(block, ctx)).join(separator);
}
