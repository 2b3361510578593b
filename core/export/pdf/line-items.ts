import type { Align } from '../../document/model.ts';
import type { GlyphRun, PageItem } from './display-list.ts';
import { HYPHEN, type LineBox } from './line-breaker.ts';
import { forEachPiece } from './styled-range.ts';
import type { InlineStyle, StyledText } from './styled-text.ts';
import type { TextMeasurer } from './text-measurer.ts';

/** Names of the destinations a reference and its note jump between. */
export const noteDestination = (noteId: string) => `note-${noteId}`;
export const referenceDestination = (noteId: string) => `ref-${noteId}`;

export type LinePlacement = {
  /** Left edge of the line's measure. */
  x: number;
  align: Align;
  /** The element (P, H1...) that owns text which is not a link. */
  struct: number;
};

type Piece = { x: number; text: string; width: number; style: InlineStyle; struct: number };

/** Underline and strike-through positions in em below (positive) or above the baseline. */
const UNDERLINE = 0.12;
const STRIKE = -0.28;

function sameLook(a: Piece, b: Piece): boolean {
  const s = a.style;
  const t = b.style;
  return a.struct === b.struct && s.face === t.face && s.size === t.size && s.rise === t.rise && s.color === t.color && s.underline === t.underline && s.strike === t.strike && s.noteRef === t.noteRef;
}

/**
 * The display items of one line, its baseline at y = 0: glyph runs (a run per word when the
 * line is justified, each carrying its space so copied text keeps it), rules for underline
 * and strike-through, link areas and the reference's destination.
 */
export function lineItems(st: StyledText, line: LineBox, measurer: TextMeasurer, placement: LinePlacement, ascent: number, descent: number): PageItem[] {
  // Only real spaces stretch: "ill-|treatment" broken after its hyphen has none between. A
  // justified line may also be a little too long: its spaces then shrink.
  const stretchable = line.spaces.reduce((n, space) => (space > 0 ? n + 1 : n), 0);
  const justify = placement.align === 'justify' && !line.last && stretchable > 0;
  const extra = justify ? (line.available - line.width) / stretchable : 0;
  const slack = Math.max(0, line.available - line.width);
  let x = placement.x;
  if (placement.align === 'end') x += slack;
  else if (placement.align === 'center') x += slack / 2;

  const pieces: Piece[] = [];
  line.words.forEach((word, w) => {
    const first = pieces.length;
    forEachPiece(st, word.start, word.end, (span, from, to) => {
      const text = st.text.slice(from, to);
      const width = measurer.width(text, span.style.face, span.style.size);
      const struct = span.style.noteRef?.struct ?? span.style.link?.struct ?? placement.struct;
      pieces.push({ x, text, width, style: span.style, struct });
      x += width;
    });
    const last = pieces[pieces.length - 1];
    if (last === undefined || pieces.length === first) return;
    if (word.hyphen) {
      const hyphen = measurer.width(HYPHEN, last.style.face, last.style.size);
      last.text += HYPHEN;
      last.width += hyphen;
      x += hyphen;
    }
    const space = line.spaces[w];
    if (space !== undefined && space > 0) x += space + extra;
  });

  // Merge neighbours of one look into one run; the space between them becomes part of it.
  const runs: Piece[] = [];
  for (const piece of pieces) {
    const previous = runs[runs.length - 1];
    const gap = previous === undefined ? 0 : piece.x - (previous.x + previous.width);
    if (previous !== undefined && sameLook(previous, piece) && (!justify || gap < 0.01)) {
      previous.text += gap > 0.01 ? ` ${piece.text}` : piece.text;
      previous.width = piece.x + piece.width - previous.x;
    } else {
      // Copied text keeps its spaces: the space is drawn at the end of the word before.
      if (previous !== undefined && gap > 0.01 && !previous.text.endsWith(' ')) previous.text += ' ';
      runs.push({ ...piece });
    }
  }

  const items: PageItem[] = [];
  for (const run of runs) {
    const s = run.style;
    const glyphs: GlyphRun = { kind: 'text', x: run.x, baseline: -s.rise, text: run.text, face: s.face, size: s.size, color: s.color, width: run.width, struct: run.struct };
    items.push(glyphs);
    if (s.underline || s.link !== undefined) {
      // Links are told by their colour; an underline only where the writer asked for one.
      if (s.underline) items.push({ kind: 'rule', x: run.x, y: UNDERLINE * s.size - s.rise, width: run.width, thickness: s.size * 0.05, color: s.color, struct: null });
    }
    if (s.strike) items.push({ kind: 'rule', x: run.x, y: STRIKE * s.size - s.rise, width: run.width, thickness: s.size * 0.05, color: s.color, struct: null });
    const top = -ascent * s.size - s.rise;
    const height = (ascent + descent) * s.size;
    if (s.link !== undefined) items.push({ kind: 'link', x: run.x, y: top, width: run.width, height, href: s.link.href, struct: s.link.struct });
    if (s.noteRef !== undefined) {
      // The area is a little wider than a small raised digit, so a finger or mouse can hit it.
      const pad = s.size * 0.25;
      items.push({ kind: 'goto', x: run.x - pad, y: top - pad, width: run.width + 2 * pad, height: height + 2 * pad, destination: noteDestination(s.noteRef.noteId), struct: s.noteRef.struct });
      items.push({ kind: 'destination', name: referenceDestination(s.noteRef.noteId), x: run.x, y: top - s.size });
    }
  }
  return items;
}
