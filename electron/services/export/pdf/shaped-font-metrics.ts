import type { FontFace, FontMetrics } from '../../../../core/export/pdf/font-metrics.ts';
import type { ParsedFonts } from './font-files.ts';
import { shaperFor } from './word-shaper.ts';

/**
 * The layout's measurements from the very fonts the PDF embeds, shaped as they will be drawn
 * (text-object.ts reads the same shapes): what is measured is what is printed.
 */
export function shapedFontMetrics(fonts: ParsedFonts): FontMetrics {
  const shapers = {
    regular: shaperFor(fonts.regular),
    bold: shaperFor(fonts.bold),
    italic: shaperFor(fonts.italic),
    boldItalic: shaperFor(fonts.boldItalic),
  } satisfies Record<FontFace, unknown>;
  const regular = fonts.regular;
  return {
    advance: (text, face) => shapers[face].shape(text).advance,
    ascent: regular.ascent / regular.unitsPerEm,
    descent: -regular.descent / regular.unitsPerEm,
  };
}
