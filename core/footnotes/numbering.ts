/** How a statement numbers its notes: 1, 2, 3 or i, ii, iii. Stored per statement. */
export const FOOTNOTE_STYLES = ['decimal', 'lower-roman'] as const;
export type FootnoteStyle = (typeof FOOTNOTE_STYLES)[number];

const ROMAN: ReadonlyArray<readonly [number, string]> = [
  [1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'],
  [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i'],
];

/** The label of note `n` (1-based) in the given style. */
export function formatFootnoteNumber(n: number, style: FootnoteStyle): string {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`footnote numbers start at 1, got ${n}`);
  if (style === 'decimal') return String(n);
  let rest = n;
  let out = '';
  for (const [value, letters] of ROMAN) {
    while (rest >= value) {
      out += letters;
      rest -= value;
    }
  }
  return out;
}
