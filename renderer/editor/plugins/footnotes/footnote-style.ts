import { createContext, useContext } from 'react';
import type { FootnoteStyle } from '../../../../core/statement/schema.ts';

/** How notes are numbered in this statement (1, 2, 3 or i, ii, iii); set per statement. */
export const FootnoteStyleContext = createContext<FootnoteStyle>('decimal');
export const useFootnoteStyle = (): FootnoteStyle => useContext(FootnoteStyleContext);

const ROMAN: Array<[number, string]> = [
  [1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'],
  [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i'],
];

export function formatFootnoteNumber(n: number, style: FootnoteStyle): string {
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
