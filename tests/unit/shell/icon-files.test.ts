import { describe, expect, it } from 'vitest';
import { encodeIcns } from '../../../scripts/icons/icns.ts';
import { encodeIco } from '../../../scripts/icons/ico.ts';
import { pngSize, type IconImage } from '../../../scripts/icons/png-size.ts';

/** A PNG header with the given size: enough for the containers, which never decode pixels. */
function fakePng(size: number, filler = 0): Uint8Array {
  const png = new Uint8Array(40).fill(filler);
  png.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  const view = new DataView(png.buffer);
  view.setUint32(16, size);
  view.setUint32(20, size);
  return png;
}
const image = (size: number): IconImage => ({ size, png: fakePng(size, size % 200) });

describe('PNG size', () => {
  it('is read from the IHDR chunk', () => {
    expect(pngSize(fakePng(48))).toEqual({ width: 48, height: 48 });
  });
  it('refuses what is not a PNG', () => {
    expect(() => pngSize(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toThrow(/Not a PNG/);
  });
});

describe('.ico', () => {
  it('has a header, an entry per image pointing at its PNG, and 256 written as 0', () => {
    const images = [image(16), image(256)];
    const ico = encodeIco(images);
    const view = new DataView(ico.buffer);
    expect([view.getUint16(0, true), view.getUint16(2, true), view.getUint16(4, true)]).toEqual([0, 1, 2]);
    expect([ico[6], ico[7]]).toEqual([16, 16]);
    expect([ico[22], ico[23]]).toEqual([0, 0]);
    images.forEach((img, i) => {
      const entry = 6 + 16 * i;
      expect(view.getUint16(entry + 6, true)).toBe(32);
      const length = view.getUint32(entry + 8, true);
      const offset = view.getUint32(entry + 12, true);
      expect(ico.subarray(offset, offset + length)).toEqual(img.png);
    });
    expect(ico.byteLength).toBe(6 + 32 + 80);
  });
  it('refuses images over 256 pixels and images whose size is mislabelled', () => {
    expect(() => encodeIco([image(512)])).toThrow(/at most 256/);
    expect(() => encodeIco([{ size: 32, png: fakePng(16) }])).toThrow(/16×16 given as 32×32/);
    expect(() => encodeIco([])).toThrow(/at least one/);
  });
});

describe('.icns', () => {
  function chunks(icns: Uint8Array): Array<{ type: string; data: Uint8Array }> {
    const view = new DataView(icns.buffer);
    const found: Array<{ type: string; data: Uint8Array }> = [];
    for (let offset = 8; offset < icns.byteLength; ) {
      const length = view.getUint32(offset + 4);
      found.push({ type: new TextDecoder().decode(icns.subarray(offset, offset + 4)), data: icns.subarray(offset + 8, offset + length) });
      offset += length;
    }
    return found;
  }
  it('has the magic, its total length, and the PNG in each slot of its size, 1x and 2x', () => {
    const icns = encodeIcns([image(32), image(512), image(1024)]);
    expect(new TextDecoder().decode(icns.subarray(0, 4))).toBe('icns');
    expect(new DataView(icns.buffer).getUint32(4)).toBe(icns.byteLength);
    const found = chunks(icns);
    expect(found.map((chunk) => chunk.type)).toEqual(['icp5', 'ic11', 'ic09', 'ic14', 'ic10']);
    expect(found.find((chunk) => chunk.type === 'ic10')!.data).toEqual(image(1024).png);
    expect(found.find((chunk) => chunk.type === 'ic14')!.data).toEqual(image(512).png);
  });
  it('refuses a size it has no slot for', () => {
    expect(() => encodeIcns([image(48)])).toThrow(/no PNG slot for 48/);
  });
});
