import type { Align, Block, Heading, List, Paragraph, Quote, SignatoryBlock } from '../../document/model.ts';
import { BLACK, GREY, type StructRole } from './display-list.ts';
import type { FlowLine } from './flow.ts';
import type { FontFace } from './font-metrics.ts';
import type { TypeScale } from './page-setup.ts';
import { baselineOffset, paragraphLines, type FontBox } from './paragraph-lines.ts';
import type { StructureBuilder } from './structure.ts';
import { styledText, type StyledText } from './styled-text.ts';
import type { TextMeasurer } from './text-measurer.ts';

/** Where a block is set: its measure, the element it belongs to, and the size of its text. */
export type Frame = { x: number; width: number; parent: number; size: number; leading: number; gap: number };

/** The bullets of nested lists, outermost first. */
const BULLETS = ['•', '–', '·'];
const HEADING_ROLES: readonly StructRole[] = ['H2', 'H3', 'H4', 'H4', 'H4', 'H4'];

/**
 * Lays blocks out as flow lines, building the structure tree on the way: paragraphs justified
 * and hyphenated, headings kept with what follows, lists with hanging labels, quotes indented,
 * signatory entries whole and never hyphenated.
 */
export class BlockFlow {
  readonly lines: FlowLine[] = [];
  /** For each note, the element whose text references it (its Note element goes under it). */
  readonly referenceParents = new Map<string, number>();

  private readonly measurer: TextMeasurer;
  private readonly font: FontBox;
  private readonly scale: TypeScale;
  private readonly structure: StructureBuilder;

  constructor(measurer: TextMeasurer, font: FontBox, scale: TypeScale, structure: StructureBuilder) {
    this.measurer = measurer;
    this.font = font;
    this.scale = scale;
    this.structure = structure;
  }

  blocks(blocks: readonly Block[], frame: Frame): void {
    blocks.forEach((block, i) => this.block(block, frame, i === 0 ? 0 : frame.gap));
  }

  block(block: Block, frame: Frame, spaceBefore: number): void {
    switch (block.kind) {
      case 'paragraph':
        this.paragraph(block, frame, spaceBefore);
        break;
      case 'heading':
        this.heading(block, frame, spaceBefore);
        break;
      case 'list':
        this.list(block, frame, spaceBefore, 0);
        break;
      case 'quote':
        this.quote(block, frame, spaceBefore);
        break;
      case 'signatories':
        this.signatories(block, frame, spaceBefore);
        break;
    }
  }

  /** The text of a block, with its Link elements made under `struct`. */
  styled(runs: Parameters<typeof styledText>[0], struct: number, face: FontFace, size: number): StyledText {
    const st = styledText(runs, { base: { face, size }, scale: this.scale, newLinkStruct: () => this.structure.add('Link', struct) });
    for (const span of st.spans) if (span.style.noteRef !== undefined) this.referenceParents.set(span.style.noteRef.noteId, struct);
    return st;
  }

  paragraph(p: Paragraph, frame: Frame, spaceBefore: number, extra: { firstIndent?: number; role?: StructRole } = {}): FlowLine[] {
    const struct = this.structure.add(extra.role ?? 'P', frame.parent, p.lang === undefined ? {} : { lang: p.lang });
    const st = this.styled(p.runs, struct, 'regular', frame.size);
    const lines = paragraphLines(
      st,
      { x: frame.x, width: frame.width, firstIndent: extra.firstIndent ?? 0, align: p.align ?? 'justify', hyphenate: true, struct, size: frame.size, leading: frame.leading, spaceBefore },
      this.measurer,
      this.font,
    );
    this.lines.push(...lines);
    return lines;
  }

  heading(h: Heading, frame: Frame, spaceBefore: number): void {
    const inNote = frame.size < this.scale.body.size;
    const type = this.scale.headings[Math.min(h.level, this.scale.headings.length) - 1]!;
    const size = inNote ? frame.size : type.size;
    const leading = inNote ? frame.leading : type.leading;
    const struct = this.structure.add(HEADING_ROLES[h.level - 1] ?? 'H4', frame.parent, h.lang === undefined ? {} : { lang: h.lang });
    const st = this.styled(h.runs, struct, 'bold', size);
    const align: Align = h.align === undefined || h.align === 'justify' ? 'start' : h.align;
    const gap = inNote ? spaceBefore : spaceBefore + leading * 0.5;
    this.lines.push(...paragraphLines(st, { x: frame.x, width: frame.width, align, hyphenate: false, struct, size, leading, spaceBefore: gap, keepTogether: true, keepWithNext: true }, this.measurer, this.font));
  }

  /** The statement's title, the document's one H1, kept with what follows. */
  title(text: string, frame: Frame, spaceBefore: number): void {
    const type = this.scale.title;
    const struct = this.structure.add('H1', frame.parent);
    const st = this.styled([{ kind: 'text', text, marks: [] }], struct, 'bold', type.size);
    const setting = { x: frame.x, width: frame.width, align: 'start' as const, hyphenate: false, struct, size: type.size, leading: type.leading, spaceBefore, keepTogether: true, keepWithNext: true };
    this.lines.push(...paragraphLines(st, setting, this.measurer, this.font));
  }

  /** The issuing organisations' names at the head of the first page, centred: a letterhead made of words. */
  letterhead(names: readonly string[], frame: Frame): void {
    const type = this.scale.dateline;
    for (const name of names) {
      const struct = this.structure.add('P', frame.parent);
      const st = this.styled([{ kind: 'text', text: name, marks: [] }], struct, 'bold', type.size);
      const setting = { x: frame.x, width: frame.width, align: 'center' as const, hyphenate: false, struct, size: type.size, leading: type.leading, spaceBefore: 0, keepTogether: true, keepWithNext: true };
      this.lines.push(...paragraphLines(st, setting, this.measurer, this.font));
    }
  }

  /** Places and date above the title, in grey, kept with it. */
  dateline(text: string, frame: Frame, spaceBefore = 0): void {
    const type = this.scale.dateline;
    const struct = this.structure.add('P', frame.parent);
    const st = this.styled([{ kind: 'text', text, marks: [] }], struct, 'regular', type.size);
    for (const span of st.spans) span.style.color = GREY;
    const setting = { x: frame.x, width: frame.width, align: 'start' as const, hyphenate: false, struct, size: type.size, leading: type.leading, spaceBefore, keepTogether: true, keepWithNext: true };
    this.lines.push(...paragraphLines(st, setting, this.measurer, this.font));
  }

  list(list: List, frame: Frame, spaceBefore: number, depth: number): void {
    const struct = this.structure.add('L', frame.parent);
    const indent = this.scale.listIndent;
    list.items.forEach((item, index) => {
      const li = this.structure.add('LI', struct);
      const label = list.ordered ? `${list.start + index}.` : BULLETS[depth % BULLETS.length]!;
      const body = this.structure.add('LBody', li);
      const inner: Frame = { ...frame, x: frame.x + indent, width: frame.width - indent, parent: body };
      const before = index === 0 ? spaceBefore : frame.gap * 0.5;
      item.blocks.forEach((block, b) => {
        const gap = b === 0 ? before : frame.gap * 0.5;
        if (block.kind === 'list') return this.list(block, inner, gap, depth + 1);
        if (block.kind !== 'paragraph' || b > 0) return this.block(block, inner, gap);
        const [first] = this.paragraph(block, inner, gap);
        if (first !== undefined) this.label(first, label, li, frame, indent);
      });
    });
  }

  /** The number or bullet of a list item, right-aligned in the indent of its first line. */
  private label(line: FlowLine, text: string, li: number, frame: Frame, indent: number): void {
    const lbl = this.structure.add('Lbl', li);
    const width = this.measurer.width(text, 'regular', frame.size);
    const x = frame.x + indent - width - frame.size * 0.5;
    line.items.unshift({ kind: 'text', x, baseline: baselineOffset(frame.leading, frame.size, this.font), text, face: 'regular', size: frame.size, color: BLACK, width, struct: lbl });
  }

  quote(quote: Quote, frame: Frame, spaceBefore: number): void {
    const struct = this.structure.add('BlockQuote', frame.parent);
    const indent = this.scale.quoteIndent;
    const inner: Frame = { ...frame, x: frame.x + indent, width: frame.width - 2 * indent, parent: struct };
    quote.paragraphs.forEach((p, i) => {
      this.paragraph({ ...p, runs: p.runs.map((run) => (run.kind === 'text' && !run.marks.includes('italic') ? { ...run, marks: [...run.marks, 'italic'] } : run)) }, inner, i === 0 ? spaceBefore : frame.gap);
    });
  }

  signatories(block: SignatoryBlock, frame: Frame, spaceBefore: number): void {
    const struct = this.structure.add('Sect', frame.parent);
    block.entries.forEach((entry, i) => {
      const heading = entry.role === 'heading';
      const p = this.structure.add(heading ? 'H3' : 'P', struct);
      const gap = i === 0 ? spaceBefore + frame.leading : heading ? frame.leading * 0.8 : frame.gap * 0.3;
      entry.lines.forEach((runs, l) => {
        const st = this.styled(runs, p, heading ? 'bold' : entry.role === 'note' ? 'italic' : 'regular', frame.size);
        const lines = paragraphLines(
          st,
          { x: frame.x, width: frame.width, align: 'start', hyphenate: false, struct: p, size: frame.size, leading: frame.leading, spaceBefore: l === 0 ? gap : 0, keepTogether: true, keepWithNext: heading },
          this.measurer,
          this.font,
        );
        // An entry is never split: only its last line may end a page.
        if (l < entry.lines.length - 1) for (const line of lines) line.breakAfter = false;
        this.lines.push(...lines);
      });
    });
  }
}
