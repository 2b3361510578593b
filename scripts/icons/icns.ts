import { checkIconImage, type IconImage } from './png-size.ts';

/**
 * The macOS icon types that hold PNG data, by pixel size. The @2x types (ic11–ic14, ic10)
 * reuse the pixels of the next size up, so one 512 image serves as 512 and as 256@2x.
 */
const TYPES_BY_SIZE: ReadonlyMap<number, readonly string[]> = new Map([
  [16, ['icp4']],
  [32, ['icp5', 'ic11']],
  [64, ['icp6', 'ic12']],
  [128, ['ic07']],
  [256, ['ic08', 'ic13']],
  [512, ['ic09', 'ic14']],
  [1024, ['ic10']],
]);

/** Icon sizes an .icns can hold. */
export const ICNS_SIZES: readonly number[] = [...TYPES_BY_SIZE.keys()];

/**
 * An Apple .icns: the magic 'icns' and total length, then one chunk per icon type, each
 * a four-letter type, its length (header included, big-endian) and the PNG file.
 */
export function encodeIcns(images: readonly IconImage[]): Uint8Array {
  const chunks: Array<{ type: string; png: Uint8Array }> = [];
  for (const image of images) {
    checkIconImage(image);
    const types = TYPES_BY_SIZE.get(image.size);
    if (types === undefined) throw new Error(`An .icns has no PNG slot for ${image.size} pixels.`);
    for (const type of types) chunks.push({ type, png: image.png });
  }
  if (chunks.length === 0) throw new Error('An icon needs at least one image.');
  const total = 8 + chunks.reduce((sum, chunk) => sum + 8 + chunk.png.byteLength, 0);
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  const ascii = (text: string, at: number) => out.set([...text].map((c) => c.charCodeAt(0)), at);
  ascii('icns', 0);
  view.setUint32(4, total);
  let offset = 8;
  for (const chunk of chunks) {
    ascii(chunk.type, offset);
    view.setUint32(offset + 4, 8 + chunk.png.byteLength);
    out.set(chunk.png, offset + 8);
    offset += 8 + chunk.png.byteLength;
  }
  return out;
}
