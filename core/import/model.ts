/**
 * What every importer (plain text, Markdown, HTML) turns its input into before the shared
 * steps run: blocks of inline runs, each with the line it came from, so that the title,
 * date, notes and signatories are recognised once for all formats and the report can say
 * where each thing was found.
 */
import type { ReportEntry } from './report.ts';

/** Lexical's text format bits: the only marks an import keeps. */
export const BOLD = 1;
export const ITALIC = 2;

export type TextInline = { kind: 'text'; text: string; format: number };
/** A footnote reference as written ("[1]", "[i]", "¹", Markdown "[^1]"); `source` is kept when no note matches. */
export type RefInline = { kind: 'ref'; label: string; source: string };
/** A reference already matched with its note, e.g. by the Markdown parser. */
export type NoteInline = { kind: 'note'; blocks: ImportBlock[] };
export type LinkInline = { kind: 'link'; url: string; children: Array<TextInline | RefInline> };
export type BreakInline = { kind: 'break' };
export type ImportInline = TextInline | RefInline | NoteInline | LinkInline | BreakInline;

export type HeadingLevel = 1 | 2 | 3;

export type ImportBlock =
  | { kind: 'paragraph'; inlines: ImportInline[]; line: number }
  | { kind: 'heading'; level: HeadingLevel; inlines: ImportInline[]; line: number }
  | { kind: 'quote'; inlines: ImportInline[]; line: number }
  | { kind: 'list'; ordered: boolean; start: number; items: ImportInline[][]; line: number }
  /** A rule such as "_____" or <hr>: notes usually follow it; it is not kept. */
  | { kind: 'separator'; line: number };

/** Something the importer noticed on the way, for the report. */
export type ImportNotice = ReportEntry;

/** A note's text found by the format itself (a Markdown "[^1]: …" definition), matched later with its references. */
export type NoteDefinition = { label: string; blocks: ImportBlock[]; line: number };

/** An importer's output: the blocks, a title the format names outside the text (HTML's <title>), used when the text shows none, notes and notices. */
export type ParsedBlocks = {
  blocks: ImportBlock[];
  title: { text: string; line: number } | null;
  notes: NoteDefinition[];
  notices: ImportNotice[];
};

export const text = (value: string, format = 0): TextInline => ({ kind: 'text', text: value, format });

/** The plain text of inline runs, with references as written. */
export function inlineText(inlines: readonly ImportInline[]): string {
  let out = '';
  for (const inline of inlines) {
    if (inline.kind === 'text') out += inline.text;
    else if (inline.kind === 'ref') out += inline.source;
    else if (inline.kind === 'link') out += inlineText(inline.children);
    else if (inline.kind === 'break') out += '\n';
  }
  return out;
}

/** The plain text of a block (list items joined by new lines). */
export function blockText(block: ImportBlock): string {
  switch (block.kind) {
    case 'list':
      return block.items.map(inlineText).join('\n');
    case 'separator':
      return '';
    default:
      return inlineText(block.inlines);
  }
}
