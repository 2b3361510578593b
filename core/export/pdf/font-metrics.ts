/** The four faces of the text family; a mark (bold, italic) picks one. */
export const FONT_FACES = ['regular', 'bold', 'italic', 'boldItalic'] as const;
export type FontFace = (typeof FONT_FACES)[number];

export function faceOf(bold: boolean, italic: boolean): FontFace {
  if (bold) return italic ? 'boldItalic' : 'bold';
  return italic ? 'italic' : 'regular';
}

/**
 * What the layout needs to know about the fonts, supplied by whoever draws (the pdfkit writer
 * measures with the very fonts it embeds; tests pass a fake). Sizes are in em: the width of
 * `text` at 1 pt, so one measurement serves every size.
 */
export interface FontMetrics {
  /** Advance width of `text` set in `face` at 1 pt, in points (kerning included). */
  advance(text: string, face: FontFace): number;
  /** Height above the baseline, in em (positive). */
  readonly ascent: number;
  /** Depth below the baseline, in em (positive). */
  readonly descent: number;
}
