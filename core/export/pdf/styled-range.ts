import type { StyledSpan, StyledText } from './styled-text.ts';
import type { TextMeasurer } from './text-measurer.ts';

/** Index of the span that holds character `offset` (spans are sorted and cover the text). */
export function spanAt(spans: readonly StyledSpan[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (spans[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Calls `visit` for each stretch of one style inside [start, end). */
export function forEachPiece(st: StyledText, start: number, end: number, visit: (span: StyledSpan, from: number, to: number) => void): void {
  for (let i = spanAt(st.spans, start); i < st.spans.length && start < end; i++) {
    const span = st.spans[i]!;
    const to = Math.min(end, span.end);
    if (to > start) visit(span, start, to);
    start = to;
  }
}

/** Width of [start, end) of the text, each style measured in its face and size. */
export function rangeWidth(st: StyledText, start: number, end: number, measurer: TextMeasurer): number {
  let width = 0;
  forEachPiece(st, start, end, (span, from, to) => {
    width += measurer.width(st.text.slice(from, to), span.style.face, span.style.size);
  });
  return width;
}
