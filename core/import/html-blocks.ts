/**
 * HTML to blocks, parsed by parse5 (the WHATWG parsing algorithm, no DOM: core runs in
 * main too). Only text and its structure survive: scripts, styles, embedded objects,
 * forms and event handlers are dropped and counted, and only http, https and mailto links
 * are kept. Footnotes as Word, Google Docs and Markdown renderers write them ("[1]" links,
 * <sup>1</sup>, a closing <ol> of notes) become "[n]" text for the shared note matcher.
 */
import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import type { UiLocale } from '../i18n/ui-locale.ts';
import { safeExternalUrl } from '../links/external-url.ts';
import { BOLD, ITALIC, text, type HeadingLevel, type ImportBlock, type ImportInline, type ImportNotice, type ParsedBlocks } from './model.ts';
import { importReportMessages } from './report-messages.ts';

type Node = DefaultTreeAdapterTypes.ChildNode;
type Element = DefaultTreeAdapterTypes.Element;

/** Dropped with everything inside. */
const DROPPED = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'applet', 'svg', 'math', 'canvas', 'audio', 'video', 'head', 'button', 'select', 'textarea', 'input', 'nav']);
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'hgroup', 'hr', 'html', 'li', 'main', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);
/** Deeper nesting is read as plain text: hostile pages nest thousands of levels to exhaust the stack. */
const MAX_DEPTH = 100;
const NOTE_CONTAINER = /foot|endnote|fn-?list|\bnotes?\b/i;
const SUPERSCRIPT_LABEL = /^\s*\[?\s*(\d{1,3}|[ivxlc]{1,8})\s*\]?\s*$/;

type Context = { firstLine: number; notices: ImportNotice[]; scripts: number; handlers: number; unsafeLinks: number };

const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value ?? null;
const lineOf = (node: Node, ctx: Context) => (node.sourceCodeLocation?.startLine ?? 1) + ctx.firstLine - 1;
const isElement = (node: Node): node is Element => 'tagName' in node;

/** All text below a node, iteratively (for over-deep markup). */
function plainText(node: Node): string {
  const stack: Node[] = [node];
  let out = '';
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (current.nodeName === '#text') out += (current as DefaultTreeAdapterTypes.TextNode).value;
    else if (isElement(current) && !DROPPED.has(current.tagName)) {
      for (let i = current.childNodes.length - 1; i >= 0; i--) stack.push(current.childNodes[i]!);
    }
  }
  return out;
}

function countHostile(el: Element, ctx: Context): void {
  for (const a of el.attrs) if (/^on/i.test(a.name)) ctx.handlers++;
}

function collapse(value: string): string {
  return value.replace(/[ \t\n\r\f]+/g, ' ');
}

function inlinesOf(nodes: readonly Node[], format: number, ctx: Context, depth: number): ImportInline[] {
  const out: ImportInline[] = [];
  for (const node of nodes) {
    if (node.nodeName === '#text') {
      out.push(text(collapse((node as DefaultTreeAdapterTypes.TextNode).value), format));
      continue;
    }
    if (!isElement(node)) continue;
    const tag = node.tagName;
    countHostile(node, ctx);
    if (DROPPED.has(tag)) {
      if (tag === 'script') ctx.scripts++;
      continue;
    }
    if (depth > MAX_DEPTH) {
      out.push(text(collapse(plainText(node)), format));
      continue;
    }
    switch (tag) {
      case 'br':
        out.push({ kind: 'break' });
        break;
      case 'b':
      case 'strong':
        out.push(...inlinesOf(node.childNodes, format | BOLD, ctx, depth + 1));
        break;
      case 'i':
      case 'em':
        out.push(...inlinesOf(node.childNodes, format | ITALIC, ctx, depth + 1));
        break;
      case 'img': {
        const alt = attr(node, 'alt');
        if (alt) out.push(text(alt, format));
        break;
      }
      case 'sup': {
        const label = SUPERSCRIPT_LABEL.exec(plainText(node));
        if (label) out.push({ kind: 'ref', label: label[1]!, source: `[${label[1]}]` });
        else out.push(...inlinesOf(node.childNodes, format, ctx, depth + 1));
        break;
      }
      case 'a': {
        const href = attr(node, 'href') ?? '';
        const children = inlinesOf(node.childNodes, format, ctx, depth + 1);
        // A note's way back to its reference ("↩"): the note needs no such link.
        if (href.startsWith('#') && /^\s*[↩↑^]\s*$/u.test(plainText(node))) break;
        const url = href.startsWith('#') || href === '' ? null : safeExternalUrl(href);
        if (url) out.push({ kind: 'link', url, children: children.filter((c) => c.kind === 'text' || c.kind === 'ref') as Array<Extract<ImportInline, { kind: 'text' | 'ref' }>> });
        else {
          if (href !== '' && !href.startsWith('#')) ctx.unsafeLinks++;
          out.push(...children);
        }
        break;
      }
      default:
        out.push(...(BLOCKS.has(tag) ? [text(' ')] : []), ...inlinesOf(node.childNodes, format, ctx, depth + 1));
    }
  }
  return out;
}

/** Inline runs without leading and trailing white space, neighbouring runs of one format merged. */
function tidyInlines(inlines: readonly ImportInline[]): ImportInline[] {
  const merged: ImportInline[] = [];
  for (const inline of inlines) {
    const last = merged[merged.length - 1];
    if (inline.kind === 'text' && last?.kind === 'text' && last.format === inline.format) merged[merged.length - 1] = text(last.text + inline.text, last.format);
    else merged.push(inline);
  }
  for (let i = 0; i < merged.length; i++) {
    const inline = merged[i]!;
    if (inline.kind !== 'text') continue;
    let value = inline.text.replace(/ {2,}/g, ' ');
    if (i === 0 || merged[i - 1]!.kind === 'break') value = value.replace(/^ +/, '');
    if (i === merged.length - 1 || merged[i + 1]!.kind === 'break') value = value.replace(/ +$/, '');
    merged[i] = text(value, inline.format);
  }
  return merged.filter((i) => i.kind !== 'text' || i.text !== '');
}

const hasText = (inlines: readonly ImportInline[]) => inlines.some((i) => i.kind !== 'break' && (i.kind !== 'text' || i.text.trim() !== ''));

function blocksOf(nodes: readonly Node[], ctx: Context, depth: number, inNotes: boolean, out: ImportBlock[]): void {
  let pending: ImportInline[] = [];
  let pendingLine = 0;
  const flush = () => {
    const inlines = tidyInlines(pending);
    if (hasText(inlines)) out.push({ kind: 'paragraph', inlines, line: pendingLine });
    pending = [];
  };
  for (const node of nodes) {
    const inline = !isElement(node) || !BLOCKS.has(node.tagName) || depth > MAX_DEPTH;
    if (inline) {
      if (pending.length === 0) pendingLine = lineOf(node, ctx);
      pending.push(...inlinesOf([node], 0, ctx, depth));
      continue;
    }
    flush();
    const el = node as Element;
    countHostile(el, ctx);
    const line = lineOf(el, ctx);
    const tag = el.tagName;
    const heading = /^h([1-6])$/.exec(tag);
    if (heading) {
      const inlines = tidyInlines(inlinesOf(el.childNodes, 0, ctx, depth + 1));
      if (hasText(inlines)) out.push({ kind: 'heading', level: Math.min(Number(heading[1]), 3) as HeadingLevel, inlines, line });
    } else if (tag === 'p' || tag === 'dt' || tag === 'dd' || tag === 'figcaption' || tag === 'summary' || tag === 'address') {
      const inlines = tidyInlines(inlinesOf(el.childNodes, 0, ctx, depth + 1));
      if (hasText(inlines)) out.push({ kind: 'paragraph', inlines, line });
    } else if (tag === 'hr') {
      out.push({ kind: 'separator', line });
    } else if (tag === 'blockquote') {
      const inner: ImportBlock[] = [];
      blocksOf(el.childNodes, ctx, depth + 1, inNotes, inner);
      const inlines = inner.flatMap((b, i) => [...(i > 0 ? [{ kind: 'break' as const }] : []), ...(b.kind === 'list' ? b.items.flat() : b.kind === 'separator' ? [] : b.inlines)]);
      if (hasText(inlines)) out.push({ kind: 'quote', inlines, line });
    } else if (tag === 'ul' || tag === 'ol') {
      listOf(el, ctx, depth, inNotes || NOTE_CONTAINER.test(`${attr(el, 'id') ?? ''} ${attr(el, 'class') ?? ''}`), out);
    } else if (tag === 'pre') {
      plainText(el).split('\n').forEach((l, i) => {
        if (l.trim() !== '') out.push({ kind: 'paragraph', inlines: [text(l.trim())], line: line + i });
      });
    } else if (tag === 'tr') {
      const cells = el.childNodes.filter(isElement).map((cell) => tidyInlines(inlinesOf(cell.childNodes, 0, ctx, depth + 1)));
      const inlines = cells.filter(hasText).flatMap((cell, i) => (i > 0 ? [text(' | '), ...cell] : cell));
      if (hasText(inlines)) out.push({ kind: 'paragraph', inlines, line });
    } else {
      const notes = inNotes || NOTE_CONTAINER.test(`${attr(el, 'id') ?? ''} ${attr(el, 'class') ?? ''} ${attr(el, 'role') ?? ''}`);
      blocksOf(el.childNodes, ctx, depth + 1, notes, out);
    }
  }
  flush();
}

/** A list; in a notes section an ordered list is the notes, written out as "[n] …" for the matcher. */
function listOf(el: Element, ctx: Context, depth: number, inNotes: boolean, out: ImportBlock[]): void {
  const ordered = el.tagName === 'ol';
  const start = Number(attr(el, 'start') ?? '1') || 1;
  const items: ImportInline[][] = [];
  const lines: number[] = [];
  for (const li of el.childNodes.filter(isElement)) {
    const inner: ImportBlock[] = [];
    blocksOf(li.tagName === 'li' ? li.childNodes : [li], ctx, depth + 1, inNotes, inner);
    // A nested list's items follow their parent item: the editor's lists are flat here.
    const item = inner.flatMap((b, i) => (b.kind === 'list' || b.kind === 'separator' ? [] : [...(i > 0 ? [{ kind: 'break' as const }] : []), ...b.inlines]));
    items.push(item);
    lines.push(lineOf(li, ctx));
    for (const nested of inner) if (nested.kind === 'list') for (const nestedItem of nested.items) {
      items.push(nestedItem);
      lines.push(nested.line);
    }
  }
  if (inNotes && ordered) {
    out.push({ kind: 'separator', line: lineOf(el, ctx) });
    items.forEach((item, i) => out.push({ kind: 'paragraph', inlines: [text(`[${start + i}] `), ...item], line: lines[i]! }));
    return;
  }
  const kept = items.filter(hasText);
  if (kept.length > 0) out.push({ kind: 'list', ordered, start, items: kept, line: lineOf(el, ctx) });
}

export function htmlToBlocks(source: string, firstLine = 1, locale: UiLocale = 'en'): ParsedBlocks {
  const m = importReportMessages[locale];
  const document = parse(source, { sourceCodeLocationInfo: true });
  const ctx: Context = { firstLine, notices: [], scripts: 0, handlers: 0, unsafeLinks: 0 };
  const html = document.childNodes.find(isElement);
  const head = html?.childNodes.find((n): n is Element => isElement(n) && n.tagName === 'head');
  const titleEl = head?.childNodes.find((n): n is Element => isElement(n) && n.tagName === 'title');
  if (head) for (const n of head.childNodes) if (isElement(n) && n.tagName === 'script') ctx.scripts++;
  const body = html?.childNodes.find((n): n is Element => isElement(n) && n.tagName === 'body');
  const blocks: ImportBlock[] = [];
  if (body) {
    countHostile(body, ctx);
    blocksOf(body.childNodes, ctx, 0, false, blocks);
  }

  if (ctx.scripts > 0) ctx.notices.push({ line: null, kind: 'removed', message: m.scripts(ctx.scripts) });
  if (ctx.handlers > 0) ctx.notices.push({ line: null, kind: 'removed', message: m.handlers(ctx.handlers) });
  if (ctx.unsafeLinks > 0) ctx.notices.push({ line: null, kind: 'text', message: m.unsafeLinks(ctx.unsafeLinks) });
  const pageTitle = titleEl ? collapse(plainText(titleEl)).trim() : '';
  return { blocks, title: pageTitle === '' ? null : { text: pageTitle, line: lineOf(titleEl!, ctx) }, notes: [], notices: ctx.notices };
}
