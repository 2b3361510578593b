import type { Align } from '../../document/model.ts';
import type { FlowLine } from './flow.ts';
import { breakLines } from './line-breaker.ts';
import { lineItems } from './line-items.ts';
import type { StyledText } from './styled-text.ts';
import type { TextMeasurer } from './text-measurer.ts';

/** How one paragraph is set. */
export type ParagraphSetting = {
  x: number;
  width: number;
  /** Width taken from the first line's start (a hanging label sits outside, not here). */
  firstIndent?: number;
  align: Align;
  hyphenate: boolean;
  struct: number;
  /** Body size of the paragraph: sets where the baseline sits in the line. */
  size: number;
  leading: number;
  spaceBefore: number;
  /** No page break inside (a signatory's entry). */
  keepTogether?: boolean;
  /** No page break after the last line (a heading). */
  keepWithNext?: boolean;
};

/** Fewest lines of a paragraph left alone at the foot (orphans) or head (widows) of a page. */
export const MIN_LINES_AT_BREAK = 2;

/** Whether a page may end after line `i` of `n`. */
export function breakAllowedAfter(i: number, n: number, setting: Pick<ParagraphSetting, 'keepTogether' | 'keepWithNext'>): boolean {
  if (i === n - 1) return setting.keepWithNext !== true;
  if (setting.keepTogether === true) return false;
  return i + 1 >= MIN_LINES_AT_BREAK && n - i - 1 >= MIN_LINES_AT_BREAK;
}

export type FontBox = { ascent: number; descent: number };

/** Distance from a line's top to its baseline, the text centred in its leading. */
export function baselineOffset(leading: number, size: number, font: FontBox): number {
  return (leading - (font.ascent + font.descent) * size) / 2 + font.ascent * size;
}

/** The paragraph as flow lines, each with its baseline placed in its leading. */
export function paragraphLines(st: StyledText, setting: ParagraphSetting, measurer: TextMeasurer, font: FontBox): FlowLine[] {
  const indent = setting.firstIndent ?? 0;
  const boxes = breakLines(st, measurer, { widthOf: (i) => (i === 0 ? setting.width - indent : setting.width), hyphenate: setting.hyphenate, justify: setting.align === 'justify' });
  const baseline = baselineOffset(setting.leading, setting.size, font);
  const noteAt = new Map<number, string>();
  for (const span of st.spans) if (span.style.noteRef !== undefined) noteAt.set(span.start, span.style.noteRef.noteId);

  return boxes.map((box, i) => {
    const items = lineItems(st, box, measurer, { x: setting.x + (i === 0 ? indent : 0), align: setting.align, struct: setting.struct }, font.ascent, font.descent);
    for (const item of items) {
      if (item.kind === 'text') item.baseline += baseline;
      else item.y += baseline;
    }
    const noteIds: string[] = [];
    if (noteAt.size > 0) {
      for (const word of box.words) {
        for (const [offset, id] of noteAt) if (offset >= word.start && offset < word.end) noteIds.push(id);
      }
    }
    return { height: setting.leading, spaceBefore: i === 0 ? setting.spaceBefore : 0, breakAfter: breakAllowedAfter(i, boxes.length, setting), noteIds, items };
  });
}
