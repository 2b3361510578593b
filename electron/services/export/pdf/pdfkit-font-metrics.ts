import type PDFDocument from 'pdfkit';
import type { FontFace, FontMetrics } from '../../../../core/export/pdf/font-metrics.ts';

/** The part of pdfkit's embedded font we measure with (not in its published types). */
type EmbeddedFont = { widthOfString(text: string, size: number): number; ascender: number; descender: number };
type WithFont = { _font: EmbeddedFont };

/**
 * Measures with the fonts the document embeds, through pdfkit's own shaping (fontkit, with
 * kerning and ligatures): what the layout measures is what pdfkit then draws.
 */
export function pdfkitFontMetrics(doc: PDFKit.PDFDocument, faceNames: Readonly<Record<FontFace, string>>): FontMetrics {
  const fonts = {} as Record<FontFace, EmbeddedFont>;
  for (const face of Object.keys(faceNames) as FontFace[]) {
    doc.font(faceNames[face]);
    fonts[face] = (doc as unknown as WithFont)._font;
  }
  const regular = fonts.regular;
  return {
    advance: (text, face) => fonts[face].widthOfString(text, 1),
    ascent: regular.ascender / 1000,
    descent: -regular.descender / 1000,
  };
}

export type { PDFDocument };
