/**
 * The part of pdfkit's embedded font we write with (not in its published types; pdfkit's
 * version is pinned, and the export tests read back what it wrote): its resource name, its
 * subset, and the widths and text of each subset glyph that pdfkit writes into the PDF.
 */
export type EmbeddedFont = {
  id: string;
  subset: { includeGlyph(glyphId: number): number };
  widths: Array<number | undefined>;
  unicode: Array<readonly number[] | undefined>;
  ref(): unknown;
};

type WithFont = { _font: EmbeddedFont };

/** pdfkit's font object for each registered name. */
export function embeddedFonts<Face extends string>(doc: PDFKit.PDFDocument, names: Readonly<Record<Face, string>>): Record<Face, EmbeddedFont> {
  const fonts = {} as Record<Face, EmbeddedFont>;
  for (const face of Object.keys(names) as Face[]) {
    doc.font(names[face]);
    fonts[face] = (doc as unknown as WithFont)._font;
  }
  return fonts;
}
