import { formatFootnoteNumber } from '../footnotes/numbering.ts';
import { safeExternalUrl } from '../links/external-url.ts';
import type { SerializedNode } from '../statement/editor-state.ts';
import { MAX_DEPTH, type ConversionContext } from './conversion-context.ts';
import type { InlineRun, LineBreakRun, LinkRun, Mark, NoteRefRun } from './model.ts';
import { marksOfFormat } from './text-marks.ts';

/** Node types that live inside a line of text. */
export const INLINE_TYPES: ReadonlySet<string> = new Set(['text', 'linebreak', 'tab', 'link', 'autolink', 'footnote', 'case-text', 'lead-sentence']);
/** Containers whose text, met inside a line, is kept with the line (a paragraph pasted into a link). */
const BLOCK_TYPES: ReadonlySet<string> = new Set(['paragraph', 'heading', 'quote', 'list', 'listitem', 'footnote-body', 'root']);

const BREAK: LineBreakRun = Object.freeze({ kind: 'break' });

/** Lexical merges neighbouring text of one format; so do we, after links and tabs are unwrapped. */
function pushText(out: InlineRun[], text: string, marks: readonly Mark[]): void {
  if (text === '') return;
  const last = out[out.length - 1];
  if (last !== undefined && last.kind === 'text' && last.marks === marks) last.text += text;
  else out.push({ kind: 'text', text, marks });
}

/** Shortened for messages: a pasted URL can be kilobytes of payload. */
function shown(url: unknown): string {
  const text = typeof url === 'string' ? url : String(url);
  return JSON.stringify(text.length > 80 ? `${text.slice(0, 77)}...` : text);
}

function noteReference(node: SerializedNode, ctx: ConversionContext, path: string): NoteRefRun | null {
  if (ctx.inNote) {
    ctx.warn(path, 'a footnote inside a footnote: left out');
    return null;
  }
  const number = ctx.notes.length + 1;
  const id = `fn-${number}`;
  const label = formatFootnoteNumber(number, ctx.footnoteStyle);
  // Reserve the number before reading the body, so document order holds whatever the body does.
  const note = { id, number, label, blocks: [] as ReturnType<ConversionContext['noteBody']> };
  ctx.notes.push(note);
  const body = (node['$slots'] as Record<string, unknown> | undefined)?.['body'];
  if (typeof body === 'object' && body !== null && !Array.isArray(body)) {
    ctx.inNote = true;
    try {
      note.blocks = ctx.noteBody(body as SerializedNode, `${path}.$slots.body`);
    } finally {
      ctx.inNote = false;
    }
  } else {
    ctx.warn(path, `footnote ${label} has no body: printed empty`);
  }
  return { kind: 'noteref', noteId: id, number, label };
}

function appendLink(node: SerializedNode, ctx: ConversionContext, path: string, out: InlineRun[], inLink: boolean): void {
  const children = node.children ?? [];
  // Links do not nest in HTML or PDF: the inner one's text joins the outer link.
  if (inLink) {
    appendInline(children, ctx, path, out, true);
    return;
  }
  const href = typeof node['url'] === 'string' ? safeExternalUrl(node['url']) : null;
  if (href === null) {
    ctx.warn(path, `link to ${shown(node['url'])} is not an http, https or mailto address: kept as plain text`);
    appendInline(children, ctx, path, out, false);
    return;
  }
  const runs: InlineRun[] = [];
  appendInline(children, ctx, path, runs, true);
  if (runs.length > 0) out.push({ kind: 'link', href, runs: runs as LinkRun['runs'] });
}

function appendInline(nodes: readonly SerializedNode[], ctx: ConversionContext, path: string, out: InlineRun[], inLink: boolean, firstIndex = 0): void {
  if (ctx.depth >= MAX_DEPTH) {
    ctx.warn(path, `nesting deeper than ${MAX_DEPTH} levels: the rest left out`);
    return;
  }
  ctx.depth++;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    const here = `${path}.children[${firstIndex + i}]`;
    switch (node.type) {
      case 'text':
        pushText(out, typeof node.text === 'string' ? node.text : '', marksOfFormat(node['format']));
        break;
      case 'tab':
        pushText(out, '\t', marksOfFormat(node['format']));
        break;
      case 'linebreak':
        out.push(BREAK);
        break;
      case 'footnote': {
        const ref = noteReference(node, ctx, here);
        if (ref !== null) out.push(ref);
        break;
      }
      case 'link':
      case 'autolink':
        appendLink(node, ctx, here, out, inLink);
        break;
      // The issuing organisations, as the editor last wrote them from the signatory list.
      case 'lead-sentence':
        if (typeof node.text === 'string') pushText(out, node.text, marksOfFormat(0));
        break;
      // Text written from a library case is ordinary text in print; its link to the case is the editor's.
      case 'case-text':
        if (Array.isArray(node.children)) appendInline(node.children, ctx, here, out, inLink);
        break;
      default:
        if (BLOCK_TYPES.has(node.type)) {
          ctx.warn(here, `a "${node.type}" inside a line of text: its text kept in the line`);
        } else {
          ctx.warn(here, `unknown node type "${String(node.type)}": its text kept`);
          if (typeof node.text === 'string') pushText(out, node.text, marksOfFormat(node['format']));
        }
        if (Array.isArray(node.children)) appendInline(node.children, ctx, here, out, inLink);
    }
  }
  ctx.depth--;
}

/**
 * The runs of a line: `nodes` are children of the node at `path` (a paragraph, heading, list
 * item), starting at child `firstIndex`; the index only names places in warnings.
 */
export function inlineRuns(nodes: readonly SerializedNode[], ctx: ConversionContext, path: string, firstIndex = 0): InlineRun[] {
  const out: InlineRun[] = [];
  appendInline(nodes, ctx, path, out, false, firstIndex);
  return out;
}
