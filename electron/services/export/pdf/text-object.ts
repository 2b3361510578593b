import type { GlyphRun, Rgb } from '../../../../core/export/pdf/display-list.ts';
import type { FontFace } from '../../../../core/export/pdf/font-metrics.ts';
import type { EmbeddedFont } from './pdfkit-font-metrics.ts';

type PageWithFonts = { fonts: Record<string, unknown>; height: number };

/** PDF numbers: two decimals are a hundredth of a point, finer than any printer. */
const num = (value: number) => String(Math.round(value * 100) / 100);

/**
 * Glyph runs written as one PDF text object, through pdfkit's embedded fonts (their shaping
 * cache and subsets) but not its text() call: text() wraps every run in its own graphics
 * state and text object, and a long statement has tens of thousands of runs.
 *
 * Kerning comes as TJ adjustments, as pdfkit writes it. Glyph offsets (combining marks
 * placed by GPOS) are not applied: statements arrive in NFC, where the letters of our
 * alphabets are precomposed.
 */
export class TextObject {
  private readonly doc: PDFKit.PDFDocument;
  private readonly fonts: Readonly<Record<FontFace, EmbeddedFont>>;
  private parts: string[] = [];
  private font = '';
  private color: Rgb | null = null;

  constructor(doc: PDFKit.PDFDocument, fonts: Readonly<Record<FontFace, EmbeddedFont>>) {
    this.doc = doc;
    this.fonts = fonts;
  }

  add(run: GlyphRun): void {
    const page = (this.doc as unknown as { page: PageWithFonts }).page;
    const font = this.fonts[run.face];
    if (page.fonts[font.id] === undefined) page.fonts[font.id] = font.ref();
    if (this.parts.length === 0) this.parts.push(`q 1 0 0 -1 0 ${num(page.height)} cm BT`);
    if (run.color !== this.color) {
      this.color = run.color;
      this.parts.push(`${num(run.color[0])} ${num(run.color[1])} ${num(run.color[2])} rg`);
    }
    const tf = `/${font.id} ${num(run.size)} Tf`;
    if (tf !== this.font) {
      this.font = tf;
      this.parts.push(tf);
    }
    this.parts.push(`1 0 0 1 ${num(run.x)} ${num(page.height - run.baseline)} Tm`);
    const [encoded, positions] = font.encode(run.text);
    let hex = '';
    let kerned = false;
    const segments: string[] = [];
    for (let i = 0; i < encoded.length; i++) {
      hex += encoded[i];
      const position = positions[i]!;
      const kern = position.xAdvance - position.advanceWidth;
      if (kern !== 0 && i < encoded.length - 1) {
        segments.push(`<${hex}> ${num(-kern)}`);
        hex = '';
        kerned = true;
      }
    }
    if (!kerned) this.parts.push(`<${hex}> Tj`);
    else {
      if (hex !== '') segments.push(`<${hex}>`);
      this.parts.push(`[${segments.join(' ')}] TJ`);
    }
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
