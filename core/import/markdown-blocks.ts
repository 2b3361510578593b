/**
 * Markdown to blocks with a real CommonMark parser (mdast-util-from-markdown with GFM, so
 * "[^1]" footnotes, tables and bare URLs are understood as GitHub and Pandoc write them).
 * Raw HTML inside Markdown is not rendered: its text is kept and the tags are reported.
 */
import type { Nodes, Parent, PhrasingContent, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import type { UiLocale } from '../i18n/ui-locale.ts';
import { safeExternalUrl } from '../links/external-url.ts';
import { BOLD, ITALIC, text, type HeadingLevel, type ImportBlock, type ImportInline, type ImportNotice, type NoteDefinition, type ParsedBlocks, type TextInline } from './model.ts';
import { importReportMessages, type ReportText } from './report-messages.ts';

type Context = { firstLine: number; notices: ImportNotice[]; notes: NoteDefinition[]; m: ReportText };

const lineOf = (node: Nodes, ctx: Context) => (node.position?.start.line ?? 1) + ctx.firstLine - 1;

function stripTags(html: string): string {
  return html.replace(/<[^>]*>/g, '');
}

function phrasing(nodes: readonly PhrasingContent[], format: number, ctx: Context): ImportInline[] {
  const out: ImportInline[] = [];
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        out.push(text(node.value, format));
        break;
      case 'emphasis':
        out.push(...phrasing(node.children, format | ITALIC, ctx));
        break;
      case 'strong':
        out.push(...phrasing(node.children, format | BOLD, ctx));
        break;
      case 'delete':
        out.push(...phrasing(node.children, format, ctx));
        break;
      case 'inlineCode':
        out.push(text(node.value, format));
        break;
      case 'break':
        out.push({ kind: 'break' });
        break;
      case 'image':
        if (node.alt) out.push(text(node.alt, format));
        ctx.notices.push({ line: lineOf(node, ctx), kind: 'removed', message: ctx.m.image(node.url.slice(0, 60), Boolean(node.alt)) });
        break;
      case 'link': {
        const children = phrasing(node.children, format, ctx).filter((c): c is TextInline => c.kind === 'text');
        const url = safeExternalUrl(node.url);
        if (url) out.push({ kind: 'link', url, children });
        else {
          out.push(...children);
          ctx.notices.push({ line: lineOf(node, ctx), kind: 'text', message: ctx.m.linkAsText(node.url.slice(0, 60)) });
        }
        break;
      }
      case 'footnoteReference':
        out.push({ kind: 'ref', label: node.identifier, source: `[^${node.label ?? node.identifier}]` });
        break;
      case 'html': {
        const stripped = stripTags(node.value);
        if (stripped !== '') out.push(text(stripped, format));
        ctx.notices.push({ line: lineOf(node, ctx), kind: 'removed', message: ctx.m.htmlTag(node.value.slice(0, 40)) });
        break;
      }
      default:
        // linkReference, imageReference and the like: keep whatever text they hold.
        if ('children' in node) out.push(...phrasing((node as Parent).children as PhrasingContent[], format, ctx));
        else if ('value' in node) out.push(text(String((node as { value: unknown }).value), format));
    }
  }
  return out;
}

/** The inline content of a container, its paragraphs joined by line breaks. */
function flowInlines(nodes: readonly RootContent[], ctx: Context): ImportInline[] {
  const out: ImportInline[] = [];
  for (const node of nodes) {
    const inlines = node.type === 'paragraph' || node.type === 'heading' ? phrasing(node.children, 0, ctx) : blocksOf([node], ctx).flatMap((b) => (b.kind === 'list' ? b.items.flatMap((item, i) => (i > 0 ? [{ kind: 'break' as const }, ...item] : item)) : b.kind === 'separator' ? [] : b.inlines));
    if (out.length > 0 && inlines.length > 0) out.push({ kind: 'break' });
    out.push(...inlines);
  }
  return out;
}

function blocksOf(nodes: readonly RootContent[], ctx: Context): ImportBlock[] {
  const blocks: ImportBlock[] = [];
  for (const node of nodes) {
    const line = lineOf(node, ctx);
    switch (node.type) {
      case 'paragraph':
        blocks.push({ kind: 'paragraph', inlines: phrasing(node.children, 0, ctx), line });
        break;
      case 'heading':
        blocks.push({ kind: 'heading', level: Math.min(node.depth, 3) as HeadingLevel, inlines: phrasing(node.children, 0, ctx), line });
        break;
      case 'blockquote':
        blocks.push({ kind: 'quote', inlines: flowInlines(node.children, ctx), line });
        break;
      case 'list':
        blocks.push({ kind: 'list', ordered: node.ordered === true, start: node.start ?? 1, items: node.children.map((item) => flowInlines(item.children, ctx)), line });
        break;
      case 'thematicBreak':
        blocks.push({ kind: 'separator', line });
        break;
      case 'code':
        blocks.push(...node.value.split('\n').filter((l) => l.trim() !== '').map((l, i): ImportBlock => ({ kind: 'paragraph', inlines: [text(l)], line: line + 1 + i })));
        break;
      case 'html': {
        const stripped = stripTags(node.value).trim();
        if (stripped !== '') blocks.push({ kind: 'paragraph', inlines: [text(stripped)], line });
        ctx.notices.push({ line, kind: 'removed', message: ctx.m.htmlBlock });
        break;
      }
      case 'table':
        // A statement has no tables: each row becomes a paragraph, cells separated by tabs' worth of space.
        for (const row of node.children) {
          const cells = row.children.map((cell) => phrasing(cell.children, 0, ctx));
          blocks.push({ kind: 'paragraph', inlines: cells.flatMap((cell, i) => (i > 0 ? [text(' | '), ...cell] : cell)), line: lineOf(row, ctx) });
        }
        ctx.notices.push({ line, kind: 'text', message: ctx.m.table });
        break;
      case 'footnoteDefinition':
        ctx.notes.push({ label: node.identifier, blocks: blocksOf(node.children, ctx), line });
        break;
      case 'definition':
        break; // link reference definitions: used by the links themselves
      default:
        break;
    }
  }
  return blocks;
}

export function markdownToBlocks(source: string, firstLine = 1, locale: UiLocale = 'en'): ParsedBlocks {
  const tree = fromMarkdown(source, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  const ctx: Context = { firstLine, notices: [], notes: [], m: importReportMessages[locale] };
  // A leading "# Heading" is the title: the shared front-matter step sees it as the first block.
  return { blocks: blocksOf(tree.children, ctx), title: null, notes: ctx.notes, notices: ctx.notices };
}
