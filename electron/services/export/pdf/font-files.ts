import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { create, type Font } from 'fontkit';
import type { FontFace } from '../../../../core/export/pdf/font-metrics.ts';

/**
 * Noto Serif, the full TrueType files from npm: Latin with the Turkish, Turkmen and Uzbek
 * letters, Cyrillic with the Kazakh, Kyrgyz and Tajik ones, in the four faces. pdfkit embeds
 * them as subsets, so a statement carries only the glyphs it uses.
 */
const FILES: Readonly<Record<FontFace, string>> = {
  regular: '400Regular/NotoSerif_400Regular.ttf',
  bold: '700Bold/NotoSerif_700Bold.ttf',
  italic: '400Regular_Italic/NotoSerif_400Regular_Italic.ttf',
  boldItalic: '700Bold_Italic/NotoSerif_700Bold_Italic.ttf',
};

const PACKAGE = '@expo-google-fonts/noto-serif';

/** Where the face's file is: in the font package, or in `directory` (a packaged app's resources). */
export function fontFilePath(face: FontFace, directory?: string): string {
  if (directory !== undefined) return `${directory}/${FILES[face].split('/')[1]}`;
  return createRequire(import.meta.url).resolve(`${PACKAGE}/${FILES[face]}`);
}

export type ParsedFonts = Readonly<Record<FontFace, Font>>;

const loaded = new Map<string, Promise<ParsedFonts>>();

async function parse(face: FontFace, directory?: string): Promise<Font> {
  const font = create(await readFile(fontFilePath(face, directory)));
  if (!('layout' in font)) throw new Error(`${fontFilePath(face, directory)} is a font collection, not one font`);
  return font;
}

/**
 * The four faces read and parsed once per process (a worker exports many statements): parsing
 * a font's tables costs about as much as laying out a short statement. pdfkit makes each
 * document's subsets from these shared, read-only fonts.
 */
export function loadFonts(directory?: string): Promise<ParsedFonts> {
  const key = directory ?? '';
  let fonts = loaded.get(key);
  if (fonts === undefined) {
    fonts = (async () => {
      const [regular, bold, italic, boldItalic] = await Promise.all((['regular', 'bold', 'italic', 'boldItalic'] as const).map((face) => parse(face, directory)));
      return { regular: regular!, bold: bold!, italic: italic!, boldItalic: boldItalic! };
    })();
    fonts.catch(() => loaded.delete(key));
    loaded.set(key, fonts);
  }
  return fonts;
}
