import type { GlyphRun, Rgb } from '../../../../core/export/pdf/display-list.ts';
import type { FontFace } from '../../../../core/export/pdf/font-metrics.ts';
import type { EmbeddedFont } from './pdfkit-fonts.ts';
import type { ShapedWord, WordShaper } from './word-shaper.ts';

type PageWithFonts = { fonts: Record<string, unknown>; height: number };

/** PDF numbers: two decimals are a hundredth of a point, finer than any printer. */
const num = (value: number) => String(Math.round(value * 100) / 100);

export type TextFace = { embedded: EmbeddedFont; shaper: WordShaper };

/**
 * Glyph runs written as one PDF text object into pdfkit's page, with pdfkit's embedded fonts
 * (their subsets and ToUnicode maps) but our shaping: pdfkit's text() wraps every run in its
 * own graphics state and text object and shapes each word again for every document, and a
 * long statement has tens of thousands of runs.
 *
 * Words are shaped apart, spaces between them, as pdfkit does; kerning inside a word becomes
 * TJ adjustments. Glyph offsets (combining marks placed by GPOS) are not applied: statements
 * arrive in NFC, where the letters of our alphabets are precomposed.
 */
export class TextObject {
  private readonly doc: PDFKit.PDFDocument;
  private readonly faces: Readonly<Record<FontFace, TextFace>>;
  /** Per font: subset glyph id as the 4-digit hex the content stream uses. */
  private readonly hex = new Map<EmbeddedFont, string[]>();
  /** Per font: each shaped word as it is written in this document. */
  private readonly words = new Map<EmbeddedFont, Map<ShapedWord, string>>();
  private parts: string[] = [];
  private font = '';
  private color: Rgb | null = null;

  constructor(doc: PDFKit.PDFDocument, faces: Readonly<Record<FontFace, TextFace>>) {
    this.doc = doc;
    this.faces = faces;
  }

  add(run: GlyphRun): void {
    const page = (this.doc as unknown as { page: PageWithFonts }).page;
    const { embedded, shaper } = this.faces[run.face];
    if (page.fonts[embedded.id] === undefined) page.fonts[embedded.id] = embedded.ref();
    if (this.parts.length === 0) this.parts.push(`q 1 0 0 -1 0 ${num(page.height)} cm BT`);
    if (run.color !== this.color) {
      this.color = run.color;
      this.parts.push(`${num(run.color[0])} ${num(run.color[1])} ${num(run.color[2])} rg`);
    }
    const tf = `/${embedded.id} ${num(run.size)} Tf`;
    if (tf !== this.font) {
      this.font = tf;
      this.parts.push(tf);
    }
    this.parts.push(`1 0 0 1 ${num(run.x)} ${num(page.height - run.baseline)} Tm`);

    let words = this.words.get(embedded);
    if (words === undefined) this.words.set(embedded, (words = new Map()));
    let tj = '';
    let kerned = false;
    const text = run.text;
    let start = 0;
    while (start < text.length) {
      // A word, or a run of spaces.
      const space = text.charCodeAt(start) === 32;
      let end = start + 1;
      while (end < text.length && (text.charCodeAt(end) === 32) === space) end++;
      const shaped = shaper.shape(text.slice(start, end));
      let encoded = words.get(shaped);
      if (encoded === undefined) words.set(shaped, (encoded = this.encode(shaped, embedded)));
      tj += encoded;
      kerned ||= encoded.includes('>');
      start = end;
    }
    // `tj` is hex digits with "> -12 <" between kerned glyphs.
    this.parts.push(kerned ? `[<${tj}>] TJ` : `<${tj}> Tj`);
  }

  /** A word's glyphs in the subset as hex, kerning as TJ adjustments: once per word and document. */
  private encode(shaped: ShapedWord, embedded: EmbeddedFont): string {
    let hexes = this.hex.get(embedded);
    if (hexes === undefined) this.hex.set(embedded, (hexes = []));
    let out = '';
    const last = shaped.glyphs.length - 1;
    for (let g = 0; g <= last; g++) {
      const sub = embedded.subset.includeGlyph(shaped.glyphs[g]!);
      let h = hexes[sub];
      if (h === undefined) {
        h = hexes[sub] = sub.toString(16).padStart(4, '0');
        embedded.widths[sub] ??= shaped.widths[g]!;
        embedded.unicode[sub] ??= shaped.codePoints[g]!;
      }
      out += h;
      const kern = shaped.advances[g]! - shaped.widths[g]!;
      // The last glyph's kerning is against the next word's first, which pdfkit drops too.
      if (g < last && Math.abs(kern) > 0.001) out += `> ${num(-kern)} <`;
    }
    return out;
  }

  /** Ends the text object, if one is open. */
  flush(): void {
    if (this.parts.length === 0) return;
    this.parts.push('ET Q');
    this.doc.addContent(this.parts.join('\n'));
    this.parts = [];
    this.font = '';
    this.color = null;
  }
}
