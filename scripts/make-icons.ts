/**
 * Draws the app and document icons from their SVG sources in build/ into every size the
 * installers use, and writes them beside the sources. The outputs are committed, so
 * packaging needs no script; run this after changing an SVG:
 *
 *   node_modules/.bin/node scripts/make-icons.ts
 */
import { Resvg } from '@resvg/resvg-js';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { encodeIcns, ICNS_SIZES } from './icons/icns.ts';
import { encodeIco } from './icons/ico.ts';
import type { IconImage } from './icons/png-size.ts';

const BUILD = join(import.meta.dirname, '..', 'build');
/** Linux picks from build/icons/NxN.png; the installers' own formats take subsets. */
const PNG_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];

/** Each size is drawn from the vector source, not scaled down from a big bitmap, so small icons stay sharp. */
function draw(svg: Buffer, sizes: readonly number[]): IconImage[] {
  return sizes.map((size) => ({ size, png: new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng() }));
}

async function makeIcons(source: string, outputName: string, pngFolder?: string): Promise<void> {
  const svg = await readFile(join(BUILD, source));
  const images = draw(svg, PNG_SIZES);
  const pick = (sizes: readonly number[]) => images.filter((image) => sizes.includes(image.size));
  await writeFile(join(BUILD, `${outputName}.ico`), encodeIco(pick(ICO_SIZES)));
  await writeFile(join(BUILD, `${outputName}.icns`), encodeIcns(pick(ICNS_SIZES)));
  if (pngFolder !== undefined) {
    await mkdir(join(BUILD, pngFolder), { recursive: true });
    for (const image of images) await writeFile(join(BUILD, pngFolder, `${image.size}x${image.size}.png`), image.png);
    await writeFile(join(BUILD, `${outputName}.png`), images.at(-1)!.png);
  }
}

await makeIcons('icon.svg', 'icon', 'icons');
await makeIcons('document.svg', 'document');
console.log(`Icons written to ${BUILD}`);
