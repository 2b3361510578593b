import type { Font } from 'fontkit';

/** A word as glyphs: ids, advances with kerning and without (1/1000 em), and the text of each. */
export type ShapedWord = {
  glyphs: readonly number[];
  /** Advance after kerning, what the pen moves. */
  advances: readonly number[];
  /** The glyph's own advance, what the PDF font's widths say. */
  widths: readonly number[];
  codePoints: ReadonlyArray<readonly number[]>;
  /** Whole advance in em. */
  advance: number;
};

/** A worker exports statement after statement: forget old words rather than grow for ever. */
const CACHE_LIMIT = 100_000;

/**
 * Words shaped by fontkit (ligatures, kerning) once per process and font: measuring and
 * drawing read the same shapes, and the next export of a statement with the same words does
 * not shape them again. pdfkit's own cache lives and dies with each document.
 */
export class WordShaper {
  private readonly font: Font;
  private readonly scale: number;
  private readonly cache = new Map<string, ShapedWord>();

  constructor(font: Font) {
    this.font = font;
    this.scale = 1000 / font.unitsPerEm;
  }

  shape(text: string): ShapedWord {
    let shaped = this.cache.get(text);
    if (shaped === undefined) {
      const run = this.font.layout(text);
      const glyphs: number[] = [];
      const advances: number[] = [];
      const widths: number[] = [];
      const codePoints: number[][] = [];
      let advance = 0;
      run.glyphs.forEach((glyph, i) => {
        glyphs.push(glyph.id);
        advances.push(run.positions[i]!.xAdvance * this.scale);
        widths.push(glyph.advanceWidth * this.scale);
        codePoints.push(glyph.codePoints);
        advance += run.positions[i]!.xAdvance * this.scale;
      });
      shaped = { glyphs, advances, widths, codePoints, advance: advance / 1000 };
      if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
      this.cache.set(text, shaped);
    }
    return shaped;
  }
}

const shapers = new WeakMap<Font, WordShaper>();

export function shaperFor(font: Font): WordShaper {
  let shaper = shapers.get(font);
  if (shaper === undefined) shapers.set(font, (shaper = new WordShaper(font)));
  return shaper;
}
