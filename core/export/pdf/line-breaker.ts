import { HYPHEN, hyphenOffsets, hyphenWidth, segmentsOf, type Segment } from './line-segments.ts';
import { optimalLines } from './optimal-line-breaks.ts';
import { rangeWidth } from './styled-range.ts';
import type { StyledText } from './styled-text.ts';
import type { TextMeasurer } from './text-measurer.ts';

/**
 * Breaking a paragraph into lines over the Unicode break opportunities. A justified
 * paragraph gets the breaks that are best for all its lines together (optimal-line-breaks.ts);
 * otherwise, or when no such set exists (a word wider than the line), first fit, with a hyphen
 * where a line would otherwise be left loose and a word too long for any line (a URL in a
 * note) cut where it must.
 */

/** A word set on a line: [start, end) of the text, with a hyphen drawn after it if `hyphen`. */
export type LineWord = { start: number; end: number; hyphen: boolean; width: number };

export type LineBox = {
  words: LineWord[];
  /** Natural width of the spaces after each word but the last, in order. */
  spaces: number[];
  /** Words and spaces at their natural widths. */
  width: number;
  /** The measure the line was set to. */
  available: number;
  /** The paragraph's last line, or one ended by a line break: never stretched. */
  last: boolean;
};

export type LineBreakOptions = {
  /** Width of line `index` (first lines may be indented differently). */
  widthOf: (index: number) => number;
  hyphenate: boolean;
  /** The lines will be justified: choose the breaks for the whole paragraph (Knuth and Plass). */
  justify?: boolean;
};

export { HYPHEN };
/** Hyphenate rather than stretch the spaces of a line by more than this share of a space. */
const LOOSE_STRETCH = 0.6;
/** No more than this many hyphenated lines in a row. */
const MAX_HYPHENS_IN_A_ROW = 2;
const EPSILON = 0.001;

export function breakLines(st: StyledText, measurer: TextMeasurer, options: LineBreakOptions): LineBox[] {
  const { text } = st;
  const lines: LineBox[] = [];
  let words: LineWord[] = [];
  let spaces: number[] = [];
  let width = 0;
  let pendingSpace = 0;
  let hyphensInARow = 0;

  const segments = segmentsOf(text);
  if (options.justify === true) {
    const optimal = optimalLines(st, segments, measurer, options);
    if (optimal !== null) return optimal;
  }
  const available = () => options.widthOf(lines.length);
  const flush = (last: boolean) => {
    const hyphenated = words.length > 0 && words[words.length - 1]!.hyphen;
    hyphensInARow = hyphenated ? hyphensInARow + 1 : 0;
    lines.push({ words, spaces, width, available: available(), last });
    words = [];
    spaces = [];
    width = 0;
    pendingSpace = 0;
  };
  const place = (word: LineWord, spaceAfter: number) => {
    if (words.length > 0) {
      spaces.push(pendingSpace);
      width += pendingSpace;
    }
    words.push(word);
    width += word.width;
    pendingSpace = spaceAfter;
  };

  /** The longest hyphenated head of [start, wordEnd) that fits in `room`, or null. */
  const hyphenatedHead = (segment: Segment, start: number, room: number): LineWord | null => {
    const offsets = hyphenOffsets(text, segment);
    for (let i = offsets.length - 1; i >= 0; i--) {
      const end = offsets[i]!;
      if (end <= start) continue;
      const w = rangeWidth(st, start, end, measurer) + hyphenWidth(st, end, measurer);
      if (w <= room + EPSILON) return { start, end, hyphen: true, width: w };
    }
    return null;
  };

  /** The longest head of at least one character that fits in `room`: the last resort. */
  const forcedHead = (start: number, wordEnd: number, room: number): LineWord => {
    let end = start + 1;
    if (end < wordEnd && /[\uDC00-\uDFFF]/.test(text[end]!)) end++;
    let w = rangeWidth(st, start, end, measurer);
    for (let next = end + 1; next <= wordEnd; next++) {
      if (/[\uDC00-\uDFFF]/.test(text[next - 1]!)) continue;
      const nw = rangeWidth(st, start, next, measurer);
      if (nw > room + EPSILON) break;
      end = next;
      w = nw;
    }
    return { start, end, hyphen: false, width: w };
  };

  for (const segment of segments) {
    let start = segment.start;
    const spaceAfter = segment.end > segment.wordEnd ? rangeWidth(st, segment.wordEnd, segment.wordEnd + 1, measurer) : 0;
    while (start < segment.wordEnd) {
      const wordWidth = rangeWidth(st, start, segment.wordEnd, measurer);
      const before = words.length > 0 ? pendingSpace : 0;
      const room = available() - width - before;
      if (wordWidth <= room + EPSILON) {
        place({ start, end: segment.wordEnd, hyphen: false, width: wordWidth }, spaceAfter);
        break;
      }
      const gaps = Math.max(1, spaces.reduce((n, space) => (space > 0 ? n + 1 : n), 0));
      const loose = words.length === 0 || (available() - width) / gaps > LOOSE_STRETCH * Math.max(pendingSpace, 1);
      const head = options.hyphenate && loose && hyphensInARow < MAX_HYPHENS_IN_A_ROW ? hyphenatedHead(segment, start, room) : null;
      if (head !== null) {
        place(head, 0);
        flush(false);
        start = head.end;
        continue;
      }
      if (words.length === 0) {
        const forced = forcedHead(start, segment.wordEnd, room);
        place(forced, forced.end === segment.wordEnd ? spaceAfter : 0);
        if (forced.end < segment.wordEnd) flush(false);
        start = forced.end;
        continue;
      }
      flush(false);
    }
    if (segment.required) {
      // A break at the very end of the text is the paragraph's end, not an empty line after it.
      if (segment.end < text.length || words.length > 0) flush(true);
    }
  }
  if (words.length > 0 || lines.length === 0) flush(true);
  else lines[lines.length - 1]!.last = true;
  return lines;
}
