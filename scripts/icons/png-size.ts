/** An icon image: a square PNG and the size it was drawn at. */
export type IconImage = { size: number; png: Uint8Array };

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/**
 * The width and height of a PNG from its IHDR chunk, so an icon container never labels
 * an image with a size it does not have. Throws on anything that is not a PNG.
 */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const isPng = png.byteLength >= 24 && SIGNATURE.every((byte, i) => png[i] === byte) && String.fromCharCode(...png.subarray(12, 16)) === 'IHDR';
  if (!isPng) throw new Error('Not a PNG image.');
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** Checks that the image is a square PNG of its stated size. */
export function checkIconImage(image: IconImage): void {
  const { width, height } = pngSize(image.png);
  if (width !== image.size || height !== image.size) throw new Error(`Icon image of ${width}×${height} given as ${image.size}×${image.size}.`);
}
