import type { FontMetrics } from '../../../core/export/pdf/font-metrics.ts';
import type { Mark, TextRun } from '../../../core/document/model.ts';
import type { LineBox } from '../../../core/export/pdf/line-breaker.ts';
import type { StyledText } from '../../../core/export/pdf/styled-text.ts';

/** Every character half an em wide (bold a little wider): widths a test can count by hand. */
export const fakeMetrics: FontMetrics & { calls: number } = {
  calls: 0,
  advance(text, face) {
    this.calls++;
    return text.length * (face === 'bold' || face === 'boldItalic' ? 0.55 : 0.5);
  },
  ascent: 0.8,
  descent: 0.2,
};

export const run = (text: string, ...marks: Mark[]): TextRun => ({ kind: 'text', text, marks });

/** The words of the lines as printed: hyphens shown where a word was split. */
export function printedLines(st: StyledText, lines: readonly LineBox[]): string[] {
  return lines.map((line) => line.words.map((w, i) => st.text.slice(w.start, w.end) + (w.hyphen ? '-' : '') + (i < line.spaces.length && line.spaces[i]! > 0 ? ' ' : '')).join(''));
}
