import { checkIconImage, type IconImage } from './png-size.ts';

const HEADER = 6;
const ENTRY = 16;

/**
 * A Windows .ico holding PNG images (read by Windows since Vista): an ICONDIR header,
 * one 16-byte entry per image, then the PNG files as they are. A size of 256 is
 * written as 0, as the format has one byte for it.
 */
export function encodeIco(images: readonly IconImage[]): Uint8Array {
  if (images.length === 0) throw new Error('An icon needs at least one image.');
  for (const image of images) {
    checkIconImage(image);
    if (image.size > 256) throw new Error(`An .ico image is at most 256 pixels, not ${image.size}.`);
  }
  const total = HEADER + ENTRY * images.length + images.reduce((sum, image) => sum + image.png.byteLength, 0);
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  view.setUint16(0, 0, true);
  view.setUint16(2, 1, true); // 1 = icon (2 would be a cursor)
  view.setUint16(4, images.length, true);
  let offset = HEADER + ENTRY * images.length;
  images.forEach((image, i) => {
    const entry = HEADER + ENTRY * i;
    view.setUint8(entry, image.size % 256);
    view.setUint8(entry + 1, image.size % 256);
    view.setUint8(entry + 2, 0); // no palette
    view.setUint8(entry + 3, 0);
    view.setUint16(entry + 4, 1, true); // colour planes
    view.setUint16(entry + 6, 32, true); // bits per pixel
    view.setUint32(entry + 8, image.png.byteLength, true);
    view.setUint32(entry + 12, offset, true);
    out.set(image.png, offset);
    offset += image.png.byteLength;
  });
  return out;
}
