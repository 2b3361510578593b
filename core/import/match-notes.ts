/**
 * Footnotes written as text: the closing list of definitions ("[1] …", "¹ …") is cut from
 * the end of the statement and each definition becomes the note of its reference. Nothing
 * is dropped: a reference without a definition stays as typed, a definition nobody refers
 * to stays as a paragraph, and both are reported.
 */
import { definitionLabel, isFirstLabel, markerStyle, splitReferences, type MarkerStyle } from './note-markers.ts';
import { blockText, inlineText, text, type ImportBlock, type ImportInline, type NoteDefinition } from './model.ts';
import type { UiLocale } from '../i18n/ui-locale.ts';
import type { ReportEntry } from './report.ts';
import { importReportMessages } from './report-messages.ts';

/** `written`: the definition's blocks as they stood in the text, kept if nothing refers to it. */
type Definition = NoteDefinition & { style: MarkerStyle | 'markdown'; written: ImportBlock[] };

/** `roman`: the notes were labelled i, ii, iii, so the statement numbers them so too. */
export type MatchedNotes = { blocks: ImportBlock[]; footnotes: number; roman: boolean; entries: ReportEntry[] };

/** Where the closing list of notes starts: a definition labelled 1 (or i), or any definition after a separator. */
export function notesStart(blocks: readonly ImportBlock[]): number {
  for (let i = 1; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (block.kind !== 'paragraph') continue;
    const found = definitionLabel(inlineText(block.inlines));
    if (found && (isFirstLabel(found.label) || blocks[i - 1]!.kind === 'separator')) return i;
  }
  return -1;
}

/** A paragraph's inline runs without its first `length` characters (the "[1] " marker). */
function dropPrefix(inlines: readonly ImportInline[], length: number): ImportInline[] {
  const out: ImportInline[] = [];
  let rest = length;
  for (const inline of inlines) {
    if (rest > 0 && inline.kind === 'text') {
      if (inline.text.length <= rest) {
        rest -= inline.text.length;
        continue;
      }
      out.push(text(inline.text.slice(rest), inline.format));
      rest = 0;
    } else if (rest > 0 && inline.kind === 'ref') {
      rest -= inline.source.length;
    } else {
      out.push(inline);
    }
  }
  return out;
}

function definitionsIn(zone: readonly ImportBlock[]): Definition[] {
  const found: Definition[] = [];
  for (const block of zone) {
    if (block.kind === 'separator') continue;
    const label = block.kind === 'paragraph' ? definitionLabel(inlineText(block.inlines)) : null;
    if (block.kind === 'paragraph' && label) {
      const inlines = dropPrefix(block.inlines, label.prefixLength);
      const blocks: ImportBlock[] = inlineText(inlines).trim() === '' ? [] : [{ ...block, inlines }];
      found.push({ label: label.label, blocks, line: block.line, style: label.style, written: [block] });
    } else if (found.length > 0) {
      // A note of several paragraphs: what follows a definition belongs to it.
      found[found.length - 1]!.blocks.push(block);
      found[found.length - 1]!.written.push(block);
    }
  }
  return found;
}

/** Splits every text run of the body at its references ("[1]" -> a reference). Links keep theirs as text. */
function withReferences(inlines: readonly ImportInline[]): ImportInline[] {
  return inlines.flatMap((inline) => (inline.kind === 'text' ? splitReferences(inline) : [inline]));
}

function mapInlines(block: ImportBlock, map: (inlines: ImportInline[]) => ImportInline[]): ImportBlock {
  switch (block.kind) {
    case 'list':
      return { ...block, items: block.items.map(map) };
    case 'separator':
      return block;
    default:
      return { ...block, inlines: map(block.inlines) };
  }
}

export function matchNotes(blocks: readonly ImportBlock[], given: readonly NoteDefinition[] = [], locale: UiLocale = 'en'): MatchedNotes {
  const m = importReportMessages[locale];
  const describeLabel = (label: string, style: Definition['style'] | MarkerStyle) => m.note({ label, superscript: style === 'superscript' });
  const entries: ReportEntry[] = [];
  const start = notesStart(blocks);
  const body = (start < 0 ? blocks : blocks.slice(0, start)).filter((b, i, all) => b.kind !== 'separator' || all.slice(i + 1).some((n) => n.kind !== 'separator'));
  const definitions: Definition[] = [...given.map((d) => ({ ...d, style: 'markdown' as const, written: [{ kind: 'paragraph' as const, inlines: [text(`[^${d.label}]:`)], line: d.line }, ...d.blocks] })), ...(start < 0 ? [] : definitionsIn(blocks.slice(start)))];

  const byLabel = new Map<string, Definition>();
  const unused: Definition[] = [];
  for (const definition of definitions) {
    if (byLabel.has(definition.label)) {
      entries.push({ line: definition.line, kind: 'text', message: m.secondNote(describeLabel(definition.label, definition.style)) });
      unused.push(definition);
    } else {
      byLabel.set(definition.label, definition);
    }
  }
  const hasSuperscriptNotes = definitions.some((d) => d.style === 'superscript');
  const used = new Set<string>();
  let footnotes = 0;

  const resolve = (inlines: ImportInline[], line: number): ImportInline[] =>
    withReferences(inlines).map((inline): ImportInline => {
      if (inline.kind !== 'ref') return inline;
      const style = markerStyle(inline);
      const definition = byLabel.get(inline.label);
      // "m²" is not a note when the text has no superscript notes at all.
      if (style === 'superscript' && !hasSuperscriptNotes) return text(inline.source);
      if (!definition) {
        entries.push({ line, kind: 'warning', message: m.referenceWithoutNote(inline.source) });
        return inline;
      }
      if (used.has(inline.label)) {
        entries.push({ line, kind: 'warning', message: m.referenceAgain(inline.source) });
        return inline;
      }
      used.add(inline.label);
      footnotes++;
      const noteText = definition.blocks.map(blockText).join(' ').trim();
      if (noteText === '') entries.push({ line: definition.line, kind: 'warning', message: m.noteEmpty(describeLabel(definition.label, definition.style)) });
      else if (/:\s*$/u.test(noteText)) entries.push({ line: definition.line, kind: 'warning', message: m.noteCutOff(describeLabel(definition.label, definition.style)) });
      else entries.push({ line: definition.line, kind: 'recognised', message: m.footnote(describeLabel(definition.label, definition.style), line) });
      return { kind: 'note', blocks: definition.blocks };
    });

  const resolved = body.map((block) => (block.kind === 'separator' ? block : mapInlines(block, (inlines) => resolve(inlines, block.line))));
  for (const definition of byLabel.values()) if (!used.has(definition.label)) unused.push(definition);
  unused.sort((a, b) => a.line - b.line);
  for (const definition of unused) {
    if (!byLabel.has(definition.label) || byLabel.get(definition.label) !== definition) continue; // reported above
    entries.push({ line: definition.line, kind: 'text', message: m.noteUnreferenced(describeLabel(definition.label, definition.style)) });
  }
  const orphans = unused.flatMap((d) => d.written);
  const roman = used.size > 0 && [...used].every((label) => /^[ivxlc]+$/.test(label));
  return { blocks: [...resolved, ...orphans], footnotes, roman, entries };
}
