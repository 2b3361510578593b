import { breakOpportunities } from './break-opportunities.ts';
import { hyphenationPoints } from './hyphenation.ts';
import { spanAt } from './styled-range.ts';
import type { StyledText } from './styled-text.ts';
import type { TextMeasurer } from './text-measurer.ts';

/**
 * Text between two break opportunities: a word [start, wordEnd) and the spaces after it up
 * to `end`; `required` when a line break in the text ends it.
 */
export type Segment = { start: number; wordEnd: number; end: number; required: boolean };

const SPACES = /[ \n\u00a0\u2000-\u200b\u3000]/;
const LETTER_CORE = /^(\P{L}*)(\p{L}+)\P{L}*$/u;

export const HYPHEN = '-';

export function segmentsOf(text: string): Segment[] {
  const segments: Segment[] = [];
  let previous = 0;
  for (const opportunity of breakOpportunities(text)) {
    let wordEnd = opportunity.position;
    while (wordEnd > previous && SPACES.test(text[wordEnd - 1]!)) wordEnd--;
    segments.push({ start: previous, wordEnd, end: opportunity.position, required: opportunity.required });
    previous = opportunity.position;
  }
  return segments;
}

/**
 * Text offsets inside the segment's word where a hyphen may go. Only a word standing alone
 * between spaces is hyphenated: not the parts of "ill-treatment" or of a URL broken at its
 * slashes and hyphens.
 */
export function hyphenOffsets(text: string, segment: Segment): number[] {
  const { start, wordEnd } = segment;
  const alone = (start === 0 || SPACES.test(text[start - 1]!)) && (segment.end > wordEnd || wordEnd === text.length);
  if (!alone) return [];
  const match = LETTER_CORE.exec(text.slice(start, wordEnd));
  if (match === null) return [];
  const coreStart = start + match[1]!.length;
  return hyphenationPoints(match[2]!).map((point) => coreStart + point);
}

/** Width of the hyphen in the style of the letter before `offset`. */
export function hyphenWidth(st: StyledText, offset: number, measurer: TextMeasurer): number {
  const style = st.spans[spanAt(st.spans, Math.max(0, offset - 1))]!.style;
  return measurer.width(HYPHEN, style.face, style.size);
}
