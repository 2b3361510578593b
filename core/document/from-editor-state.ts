import type { SerializedNode } from '../statement/editor-state.ts';
import { MAX_DEPTH, type ConversionContext } from './conversion-context.ts';
import { INLINE_TYPES, inlineRuns } from './inline-runs.ts';
import type { Align, Heading, InlineRun, List, ListItem, NoteBlock, Paragraph, Quote } from './model.ts';
import { passageLanguage } from './passage-language.ts';
import { runsText } from './plain-text.ts';

/**
 * The block walk over Lexical's serialized state: paragraphs, headings, lists and quotes
 * become model blocks, whatever is not a block is gathered into a paragraph, and anything
 * unknown keeps its text. Pure JSON in, model out: no Lexical runtime, no DOM.
 */

const KNOWN_BLOCKS: ReadonlySet<string> = new Set(['paragraph', 'heading', 'quote', 'list', 'listitem', 'footnote-body', 'root']);

const ALIGNMENTS: Readonly<Record<string, Align>> = { center: 'center', right: 'end', end: 'end', justify: 'justify' };

/** Whether an unknown container (a pasted table, say) holds blocks somewhere below its own unknown children. */
function holdsBlocks(node: SerializedNode, depth = 0): boolean {
  if (depth > 8 || !Array.isArray(node.children)) return false;
  return node.children.some((child) => KNOWN_BLOCKS.has(child.type) || (!INLINE_TYPES.has(child.type) && holdsBlocks(child, depth + 1)));
}

/** Empty paragraphs are the writer's spacing in the editor; exporters space blocks themselves. */
function isBlank(runs: readonly InlineRun[]): boolean {
  return runs.every((run) => run.kind === 'break' || (run.kind === 'text' && run.text.trim() === ''));
}

function withStyle<T extends Paragraph | Heading>(block: T, node: SerializedNode | null, ctx: ConversionContext): T {
  const align = node !== null && typeof node['format'] === 'string' ? ALIGNMENTS[node['format']] : undefined;
  if (align !== undefined) block.align = align;
  const lang = passageLanguage(runsText(block.runs), ctx.language);
  if (lang !== undefined) block.lang = lang;
  return block;
}

function paragraphOf(runs: InlineRun[], node: SerializedNode | null, ctx: ConversionContext): Paragraph | null {
  return isBlank(runs) ? null : withStyle<Paragraph>({ kind: 'paragraph', runs }, node, ctx);
}

function headingOf(node: SerializedNode, ctx: ConversionContext, path: string): Heading | null {
  const runs = inlineRuns(node.children ?? [], ctx, path);
  if (isBlank(runs)) return null;
  const match = typeof node['tag'] === 'string' ? /^h([1-6])$/.exec(node['tag']) : null;
  if (match === null) ctx.warn(path, `heading without a level (tag ${JSON.stringify(node['tag'])}): printed as a level 2 heading`);
  const level = (match === null ? 2 : Number(match[1])) as Heading['level'];
  return withStyle<Heading>({ kind: 'heading', level, runs }, node, ctx);
}

/** A quote holds paragraphs: a heading or list pasted into one keeps its text as paragraphs. */
function paragraphsOf(blocks: readonly NoteBlock[]): Paragraph[] {
  return blocks.flatMap((block): Paragraph[] => {
    switch (block.kind) {
      case 'paragraph':
        return [block];
      case 'heading': {
        const { level: _level, ...rest } = block;
        return [{ ...rest, kind: 'paragraph' }];
      }
      case 'quote':
        return block.paragraphs;
      case 'list':
        return block.items.flatMap((item) => paragraphsOf(item.blocks as NoteBlock[]));
    }
  });
}

function quoteOf(node: SerializedNode, ctx: ConversionContext, path: string): Quote | null {
  const paragraphs = paragraphsOf(blocksOf(node.children ?? [], ctx, path, node));
  return paragraphs.length === 0 ? null : { kind: 'quote', paragraphs };
}

function listOf(node: SerializedNode, ctx: ConversionContext, path: string): List | null {
  const items: ListItem[] = [];
  (node.children ?? []).forEach((child, i) => {
    const here = `${path}.children[${i}]`;
    const blocks = child.type === 'listitem' ? blocksOf(child.children ?? [], ctx, here) : blocksOf([child], ctx, path, null, i);
    if (blocks.length === 0) return;
    // Lexical keeps a nested list in an item of its own; it belongs to the item before it.
    const previous = items[items.length - 1];
    if (previous !== undefined && blocks.every((block) => block.kind === 'list')) previous.blocks.push(...blocks);
    else items.push({ blocks });
  });
  if (items.length === 0) return null;
  const start = typeof node['start'] === 'number' && Number.isInteger(node['start']) && node['start'] >= 0 ? node['start'] : 1;
  return { kind: 'list', ordered: node['listType'] === 'number', start, items };
}

/**
 * The blocks of `nodes`, children of the node at `path` from child `firstIndex` on. `host` is
 * the element whose alignment a paragraph gathered from loose inline nodes takes (a quote's).
 */
export function blocksOf(nodes: readonly SerializedNode[], ctx: ConversionContext, path: string, host: SerializedNode | null = null, firstIndex = 0): NoteBlock[] {
  if (ctx.depth >= MAX_DEPTH) {
    ctx.warn(path, `nesting deeper than ${MAX_DEPTH} levels: the rest left out`);
    return [];
  }
  ctx.depth++;
  const out: NoteBlock[] = [];
  const push = (block: NoteBlock | null) => {
    if (block !== null) out.push(block);
  };
  let looseFrom = -1;
  const flushLoose = (end: number) => {
    if (looseFrom < 0) return;
    push(paragraphOf(inlineRuns(nodes.slice(looseFrom, end), ctx, path, firstIndex + looseFrom), host, ctx));
    looseFrom = -1;
  };
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    const here = `${path}.children[${firstIndex + i}]`;
    const isBlock = KNOWN_BLOCKS.has(node.type) || (!INLINE_TYPES.has(node.type) && holdsBlocks(node));
    if (!isBlock) {
      // Text, links and references (and unknown leaves) run on into one paragraph.
      if (looseFrom < 0) looseFrom = i;
      continue;
    }
    flushLoose(i);
    switch (node.type) {
      case 'paragraph':
        push(paragraphOf(inlineRuns(node.children ?? [], ctx, here), node, ctx));
        break;
      case 'heading':
        push(headingOf(node, ctx, here));
        break;
      case 'quote':
        push(quoteOf(node, ctx, here));
        break;
      case 'list':
        push(listOf(node, ctx, here));
        break;
      case 'listitem':
      case 'footnote-body':
      case 'root':
        out.push(...blocksOf(node.children ?? [], ctx, here, node));
        break;
      default:
        ctx.warn(here, `unknown node type "${String(node.type)}": its contents kept`);
        out.push(...blocksOf(node.children ?? [], ctx, here));
    }
  }
  flushLoose(nodes.length);
  ctx.depth--;
  return out;
}
