import { describe, expect, it } from 'vitest';
import type { InlineRun } from '../../../core/document/model.ts';
import { breakLines, type LineBox } from '../../../core/export/pdf/line-breaker.ts';
import { typeScale } from '../../../core/export/pdf/page-setup.ts';
import { styledText, type StyledText } from '../../../core/export/pdf/styled-text.ts';
import { TextMeasurer } from '../../../core/export/pdf/text-measurer.ts';
import { fakeMetrics, printedLines, run } from './fake-metrics.ts';

const SIZE = 10;
const st = (...runs: InlineRun[]): StyledText => styledText(runs, { base: { face: 'regular', size: SIZE }, scale: typeScale(SIZE), newLinkStruct: () => 0 });
const lines = (text: StyledText, width: number, justify: boolean, hyphenate = true) => breakLines(text, new TextMeasurer(fakeMetrics), { widthOf: () => width, hyphenate, justify });

/** How far the spaces of the loosest stretched line grow, in spaces (5 pt each here). */
function worstStretch(boxes: readonly LineBox[]): number {
  return Math.max(...boxes.filter((b) => !b.last).map((b) => (b.available - b.width) / Math.max(1, b.spaces.filter((s) => s > 0).length) / 5));
}

const TEXT =
  'The authorities of Turkmenistan detained Allamurat HUDAYRAMOV in Mary and told his family of his death three days later while the Ministry of National Security kept silent about the causes of the death in custody and refused to hand over the report of the autopsy to the relatives';

describe('total-fit line breaking of justified paragraphs', () => {
  it('evens out the lines that first fit leaves gappy before a name it may not hyphenate', () => {
    for (const width of [150, 170, 190, 230, 260]) {
      const text = st(run(TEXT));
      const greedy = lines(text, width, false);
      const optimal = lines(text, width, true);
      expect(worstStretch(optimal), `width ${width}`).toBeLessThanOrEqual(worstStretch(greedy) + 1e-9);
    }
    const text = st(run(TEXT));
    expect(worstStretch(lines(text, 190, true))).toBeLessThan(worstStretch(lines(text, 190, false)));
  });

  it('keeps every word in order, hyphenating only lower-case words, never overfilling a line beyond what its spaces can give', () => {
    const text = st(run(TEXT));
    for (const width of [120, 150, 200, 300]) {
      const boxes = lines(text, width, true);
      const printed = printedLines(text, boxes);
      expect(printed.join(' ').replace(/- /g, '')).toBe(TEXT);
      for (const line of printed) if (line.endsWith('-')) expect(line).toMatch(/ [a-z]+-$/);
      for (const box of boxes) {
        const glue = box.spaces.reduce((a, b) => a + b, 0);
        expect(box.width - box.available).toBeLessThanOrEqual(glue * 0.2 + 1e-6);
      }
    }
  });

  it('ends lines at the line breaks in the text', () => {
    const text = st(run('first line of a justified paragraph'), { kind: 'break' }, run('second line after the break in the text'));
    const printed = printedLines(text, lines(text, 400, true));
    expect(printed).toEqual(['first line of a justified paragraph', 'second line after the break in the text']);
  });

  it('falls back to first fit, cutting a word wider than the line', () => {
    const url = 'https://www.ohchr.org/en/treaty-bodies/cat/individual-communications';
    const text = st(run(`see ${url} for the decisions`));
    const boxes = lines(text, 80, true);
    // The URL is cut, never hyphenated: it comes back whole from the words set.
    expect(boxes.flatMap((b) => b.words.map((w) => text.text.slice(w.start, w.end))).join('')).toBe(`see${url}forthedecisions`);
    expect(boxes.flatMap((b) => b.words).filter((w) => w.hyphen && text.text.slice(w.start, w.end).includes('/'))).toEqual([]);
    for (const box of boxes) expect(box.width).toBeLessThanOrEqual(80.001);
  });
});
