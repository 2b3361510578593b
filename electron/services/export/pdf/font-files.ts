import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
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

export type FontFiles = Readonly<Record<FontFace, Uint8Array>>;

const loaded = new Map<string, Promise<FontFiles>>();

/** The four faces' bytes, read once per process (about 2 MiB). */
export function loadFontFiles(directory?: string): Promise<FontFiles> {
  const key = directory ?? '';
  let files = loaded.get(key);
  if (files === undefined) {
    files = (async () => {
      const [regular, bold, italic, boldItalic] = await Promise.all(
        (['regular', 'bold', 'italic', 'boldItalic'] as const).map((face) => readFile(fontFilePath(face, directory))),
      );
      return { regular: regular!, bold: bold!, italic: italic!, boldItalic: boldItalic! };
    })();
    files.catch(() => loaded.delete(key));
    loaded.set(key, files);
  }
  return files;
}
