import type { FontFace, FontMetrics } from '../../../../core/export/pdf/font-metrics.ts';

/**
 * The part of pdfkit's embedded font we measure and write with (not in its published types;
 * pdfkit's version is pinned, and the export tests read back what it wrote).
 */
export type EmbeddedFont = {
  id: string;
  ascender: number;
  descender: number;
  widthOfString(text: string, size: number): number;
  /** Glyph ids as 4-digit hex (added to the subset), and positions in 1/1000 em. */
  encode(text: string): [string[], Array<{ xAdvance: number; advanceWidth: number }>];
  ref(): unknown;
};
type WithFont = { _font: EmbeddedFont };

/** pdfkit's font object for each face, registered under `faceNames`. */
export function embeddedFonts(doc: PDFKit.PDFDocument, faceNames: Readonly<Record<FontFace, string>>): Record<FontFace, EmbeddedFont> {
  const fonts = {} as Record<FontFace, EmbeddedFont>;
  for (const face of Object.keys(faceNames) as FontFace[]) {
    doc.font(faceNames[face]);
    fonts[face] = (doc as unknown as WithFont)._font;
  }
  return fonts;
}

/**
 * Measures with the fonts the document embeds, through pdfkit's own shaping (fontkit, with
 * kerning and ligatures): what the layout measures is what pdfkit then draws.
 */
export function pdfkitFontMetrics(fonts: Readonly<Record<FontFace, EmbeddedFont>>): FontMetrics {
  const regular = fonts.regular;
  return {
    advance: (text, face) => fonts[face].widthOfString(text, 1),
    ascent: regular.ascender / 1000,
    descent: -regular.descender / 1000,
  };
}
