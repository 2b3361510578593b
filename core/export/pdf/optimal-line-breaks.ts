import type { LineBox, LineBreakOptions, LineWord } from './line-breaker.ts';
import { hyphenOffsets, hyphenWidth, type Segment } from './line-segments.ts';
import { rangeWidth } from './styled-range.ts';
import type { StyledText } from './styled-text.ts';
import type { TextMeasurer } from './text-measurer.ts';

/**
 * Total-fit line breaking after Knuth and Plass, for justified paragraphs: of all the ways to
 * break the paragraph at spaces and hyphenation points, the one whose lines are together the
 * least stretched or squeezed, with hyphens costing a little, two in a row more, and one
 * before the last line more still. First fit decides each line alone and leaves a gappy line
 * whenever the next word is a name it may not hyphenate; this moves a word from the lines
 * before instead.
 */

/** A word, or part of one between hyphenation points. */
type Fragment = {
  start: number;
  end: number;
  width: number;
  /** Natural width of the space after it (0 inside a word or where no space follows). */
  space: number;
  /** A break after it puts a hyphen. */
  hyphen: boolean;
  /** A line break in the text follows. */
  required: boolean;
};

/** How far spaces may stretch and shrink, as shares of their natural width. */
const STRETCH = 0.6;
const SHRINK = 0.2;
const HYPHEN_PENALTY = 50;
const DOUBLE_HYPHEN_DEMERITS = 3000;
const FINAL_HYPHEN_DEMERITS = 5000;
/** A line with no space to stretch that does not reach the margin: worse than any gappy line. */
const UNSTRETCHABLE = 1e12;

function fragmentsOf(st: StyledText, segments: readonly Segment[], measurer: TextMeasurer, hyphenate: boolean): Fragment[] | null {
  const fragments: Fragment[] = [];
  for (const segment of segments) {
    if (segment.wordEnd === segment.start) {
      // An empty line (two line breaks) is first fit's to set; leading spaces are dropped.
      if (segment.required) return null;
      continue;
    }
    const cuts = hyphenate ? hyphenOffsets(st.text, segment) : [];
    cuts.push(segment.wordEnd);
    let from = segment.start;
    for (const cut of cuts) {
      if (cut <= from) continue;
      const last = cut === segment.wordEnd;
      const space = last && !segment.required && segment.end > segment.wordEnd ? rangeWidth(st, segment.wordEnd, segment.wordEnd + 1, measurer) : 0;
      fragments.push({ start: from, end: cut, width: rangeWidth(st, from, cut, measurer), space, hyphen: !last, required: last && segment.required });
      from = cut;
    }
  }
  return fragments;
}

/** The lines, or null where no set of breaks fits (a word wider than the line): first fit then cuts it. */
export function optimalLines(st: StyledText, segments: readonly Segment[], measurer: TextMeasurer, options: LineBreakOptions): LineBox[] | null {
  const fragments = fragmentsOf(st, segments, measurer, options.hyphenate);
  if (fragments === null || fragments.length === 0) return null;
  const n = fragments.length;
  const widths = new Float64Array(n + 1);
  const spaces = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) {
    widths[i + 1] = widths[i]! + fragments[i]!.width;
    spaces[i + 1] = spaces[i]! + fragments[i]!.space;
  }
  const hyphens = fragments.map((f) => (f.hyphen ? hyphenWidth(st, f.end, measurer) : 0));
  const firstWidth = options.widthOf(0);
  const otherWidth = options.widthOf(1);

  // best[e]: least demerits of lines ending after fragment e; from[e]: where that last line starts.
  const best = new Float64Array(n).fill(Infinity);
  const from = new Int32Array(n).fill(-1);
  for (let e = 0; e < n; e++) {
    const end = fragments[e]!;
    const final = e === n - 1 || end.required;
    for (let s = e; s >= 0; s--) {
      // A line never runs across a line break in the text.
      if (s < e && fragments[s]!.required) break;
      const before = s === 0 ? 0 : best[s - 1]!;
      const available = s === 0 ? firstWidth : otherWidth;
      const glue = spaces[e]! - spaces[s]!;
      const natural = widths[e + 1]! - widths[s]! + glue + hyphens[e]!;
      if (natural - glue * SHRINK > available) {
        if (s === e) return null;
        break;
      }
      if (before === Infinity) continue;
      let badness: number;
      if (natural > available) badness = 100 * ((natural - available) / (glue * SHRINK)) ** 3;
      else if (final) badness = 0;
      else if (glue > 0) badness = 100 * ((available - natural) / (glue * STRETCH)) ** 3;
      else badness = available - natural > 0.5 ? UNSTRETCHABLE * (1 + available - natural) : 0;
      let demerits = (10 + badness) ** 2;
      if (end.hyphen) demerits += HYPHEN_PENALTY ** 2;
      const afterHyphen = s > 0 && fragments[s - 1]!.hyphen;
      if (end.hyphen && afterHyphen) demerits += DOUBLE_HYPHEN_DEMERITS;
      if (final && afterHyphen) demerits += FINAL_HYPHEN_DEMERITS;
      if (before + demerits < best[e]!) {
        best[e] = before + demerits;
        from[e] = s;
      }
    }
  }
  if (best[n - 1] === Infinity) return null;

  const ranges: Array<[number, number]> = [];
  for (let e = n - 1; e >= 0; e = from[e]! - 1) ranges.unshift([from[e]!, e]);
  return ranges.map(([s, e], index) => lineOf(st, fragments, s, e, hyphens[e]!, index === 0 ? firstWidth : otherWidth, e === n - 1 || fragments[e]!.required, measurer));
}

/** Fragments s..e as a line of words, each word measured whole (kerning across its cuts). */
function lineOf(st: StyledText, fragments: readonly Fragment[], s: number, e: number, hyphen: number, available: number, last: boolean, measurer: TextMeasurer): LineBox {
  const words: LineWord[] = [];
  const spaces: number[] = [];
  let width = 0;
  let start = fragments[s]!.start;
  for (let i = s; i <= e; i++) {
    const fragment = fragments[i]!;
    const wordEnds = i === e || fragment.space > 0 || !fragment.hyphen;
    if (!wordEnds) continue;
    const hyphenated = i === e && fragment.hyphen;
    const word: LineWord = { start, end: fragment.end, hyphen: hyphenated, width: rangeWidth(st, start, fragment.end, measurer) + (hyphenated ? hyphen : 0) };
    if (words.length > 0) width += spaces[spaces.length - 1]!;
    words.push(word);
    width += word.width;
    if (i < e) spaces.push(fragment.space);
    start = fragments[i + 1]?.start ?? fragment.end;
  }
  return { words, spaces, width, available, last };
}
