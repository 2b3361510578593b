import { createContext, useContext } from 'react';
import type { FootnoteStyle } from '../../../../core/footnotes/numbering.ts';

export { formatFootnoteNumber } from '../../../../core/footnotes/numbering.ts';

/** How notes are numbered in this statement (1, 2, 3 or i, ii, iii); set per statement. */
export const FootnoteStyleContext = createContext<FootnoteStyle>('decimal');
export const useFootnoteStyle = (): FootnoteStyle => useContext(FootnoteStyleContext);
