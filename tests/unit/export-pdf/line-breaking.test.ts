import { describe, expect, it } from 'vitest';
import { breakLines } from '../../../core/export/pdf/line-breaker.ts';
import { typeScale } from '../../../core/export/pdf/page-setup.ts';
import { styledText, type StyledText } from '../../../core/export/pdf/styled-text.ts';
import { TextMeasurer } from '../../../core/export/pdf/text-measurer.ts';
import { lineItems } from '../../../core/export/pdf/line-items.ts';
import type { GlyphRun } from '../../../core/export/pdf/display-list.ts';
import type { InlineRun } from '../../../core/document/model.ts';
import { fakeMetrics, printedLines, run } from './fake-metrics.ts';

const SIZE = 10;
// At size 10 a regular character is 5 pt wide: a 100 pt line holds 20 characters.
const measurer = () => new TextMeasurer(fakeMetrics);
let structs = 0;
const st = (...runs: InlineRun[]): StyledText => styledText(runs, { base: { face: 'regular', size: SIZE }, scale: typeScale(SIZE), newLinkStruct: () => ++structs });
const lines = (text: StyledText, width: number, hyphenate = true) => breakLines(text, measurer(), { widthOf: () => width, hyphenate });

describe('line breaking', () => {
  it('fills lines first-fit at spaces, no line wider than the measure, all words kept in order', () => {
    const text = st(run('the court upheld the sentence of seven years in a colony of strict regime on appeal'));
    const boxes = lines(text, 100, false);
    expect(printedLines(text, boxes)).toEqual(['the court upheld the', 'sentence of seven', 'years in a colony of', 'strict regime on', 'appeal']);
    for (const box of boxes) expect(box.width).toBeLessThanOrEqual(100);
    expect(boxes.map((b) => b.last)).toEqual([false, false, false, false, true]);
  });

  it('breaks at Unicode opportunities: after a hyphen, not inside a number or before closing punctuation', () => {
    const text = st(run('ill-treatment 12 345 (custody).'));
    const boxes = lines(text, 50, false);
    const printed = printedLines(text, boxes);
    expect(printed).toEqual(['ill-', 'treatment', '12 345', '(custody).']);
  });

  it('ends a line at a line break in the text, and that line is not stretched', () => {
    const text = st(run('Bishkek'), { kind: 'break' }, run('Vienna and Almaty'));
    const boxes = lines(text, 200);
    expect(printedLines(text, boxes)).toEqual(['Bishkek', 'Vienna and Almaty']);
    expect(boxes[0]!.last).toBe(true);
  });

  it('hyphenates a lower-case word rather than leave a loose line', () => {
    const text = st(run('we demand an independent investigation'));
    // 30 characters a line: "investigation" does not fit after "independent", "in-" does.
    expect(printedLines(text, lines(text, 150))).toEqual(['we demand an independent in-', 'vestigation']);
    expect(printedLines(text, lines(text, 150, false))).toEqual(['we demand an independent', 'investigation']);
  });

  it('hyphenates Russian words with Russian patterns', () => {
    const text = st(run('власти обязаны немедленно освободить правозащитника'));
    expect(printedLines(text, lines(text, 160))).toEqual(['власти обязаны немедленно осво-', 'бодить правозащитника']);
  });

  it('never hyphenates names, capitals or all-caps words', () => {
    for (const word of ['Hudayramov', 'HUDAYRAMOV', 'Международные', 'Turkmenistan']) {
      const text = st(run(`we call on ${word} ${word} ${word}`));
      for (const width of [60, 70, 80, 90, 100, 110]) {
        for (const line of printedLines(text, lines(text, width))) expect(line).not.toMatch(/-\s*$/);
      }
    }
  });

  it('cuts a word longer than the line (a URL in a note) where it must, losing nothing', () => {
    const url = 'https://www.ohchr.org/en/treaty-bodies/cat/individual-communications';
    const text = st(run(url));
    const boxes = lines(text, 60, false);
    expect(boxes.length).toBeGreaterThan(1);
    for (const box of boxes) expect(box.width).toBeLessThanOrEqual(60.001);
    expect(printedLines(text, boxes).join('')).toBe(url);
  });

  it('measures each distinct word once per face (the width cache)', () => {
    const m = measurer();
    const text = st(run('torture torture torture torture torture torture'), run(' torture', 'bold'));
    breakLines(text, m, { widthOf: () => 1000, hyphenate: false });
    expect(m.cachedCount).toBeLessThanOrEqual(4);
  });
});

describe('justification', () => {
  const runsOf = (text: StyledText, width: number, align: 'justify' | 'start' | 'end' | 'center') =>
    lines(text, width, false).map((box) => lineItems(text, box, measurer(), { x: 0, align, struct: 0 }, 0.8, 0.2).filter((i): i is GlyphRun => i.kind === 'text'));

  it('stretches the spaces of a justified line to the right edge, but not the last line', () => {
    const text = st(run('the court upheld the sentence of seven years in a colony'));
    const [first, , last] = runsOf(text, 100, 'justify');
    const end = (runs: GlyphRun[]) => Math.max(...runs.map((r) => r.x + r.width));
    expect(end(first!)).toBeCloseTo(100, 5);
    expect(end(last!)).toBeLessThan(100);
    // Each word carries its space, so text copied from the PDF keeps it.
    expect(first!.map((r) => r.text)).toEqual(['the ', 'court ', 'upheld ', 'the']);
  });

  it('aligns to the end and the centre', () => {
    const text = st(run('short line'));
    const [end] = runsOf(text, 100, 'end');
    const [centre] = runsOf(text, 100, 'center');
    expect(end![0]!.x + end![0]!.width).toBeCloseTo(100, 5);
    expect(centre![0]!.x).toBeCloseTo((100 - 50) / 2, 5);
  });

  it('gives links an area and note references a jump to their note and a destination back', () => {
    const text = st(run('see '), { kind: 'link', href: 'https://example.org/', runs: [run('the report')] }, { kind: 'noteref', noteId: 'fn-1', number: 1, label: '1' });
    const [items] = lines(text, 300).map((box) => lineItems(text, box, measurer(), { x: 0, align: 'start', struct: 0 }, 0.8, 0.2));
    expect(items!.filter((i) => i.kind === 'link').map((i) => (i.kind === 'link' ? i.href : ''))).toEqual(['https://example.org/']);
    expect(items!.filter((i) => i.kind === 'goto').map((i) => (i.kind === 'goto' ? i.destination : ''))).toEqual(['note-fn-1']);
    expect(items!.filter((i) => i.kind === 'destination').map((i) => (i.kind === 'destination' ? i.name : ''))).toEqual(['ref-fn-1']);
    const label = items!.find((i) => i.kind === 'text' && i.text === '1') as GlyphRun;
    expect(label.size).toBeLessThan(SIZE);
    expect(label.baseline).toBeLessThan(0);
  });
});
