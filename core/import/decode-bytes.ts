/**
 * The bytes of an imported file as text. Statements come as UTF-8 (with or without a BOM),
 * UTF-16 from Windows tools, and Windows-1251 from older Russian-language Word and e-mail.
 * Other files opened by mistake (PDF, ZIP, images) are refused with a message naming them.
 * TextDecoder is a web-platform global, in Node and in browsers alike.
 */
import { MAX_IMPORT_BYTES } from './limits.ts';

export type ImportEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1251' | 'windows-1252';
export type DecodedText = { text: string; encoding: ImportEncoding };
export type DecodeFailure = { error: string };

const SIGNATURES: ReadonlyArray<{ bytes: number[]; what: string }> = [
  { bytes: [0x25, 0x50, 0x44, 0x46], what: 'a PDF file; import the Word document or web page it was made from' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'a ZIP archive (a Word .docx file is one: import it as a Word document)' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], what: 'an old Word .doc file; save it as .docx or as text first' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: 'a GIF image' },
];

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) => prefix.every((b, i) => bytes[i] === b);

/** UTF-16 without a BOM: in Latin or Cyrillic text every other byte is (nearly) always the same small value. */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const sample = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (sample < 8) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = sample / 2;
  if (oddZero / pairs > 0.3 && evenZero / pairs < 0.05) return 'utf-16le';
  if (evenZero / pairs > 0.3 && oddZero / pairs < 0.05) return 'utf-16be';
  return null;
}

/**
 * Windows-1251 or Windows-1252 for bytes that are not UTF-8. In 1251 the letters а–я and
 * А–Я are the bytes 0xC0–0xFF; Russian text is mostly those, so when they are most of the
 * high bytes and their lower-case half dominates (as in running text), it is 1251.
 */
function singleByteEncoding(bytes: Uint8Array): 'windows-1251' | 'windows-1252' {
  let high = 0;
  let cyrillicLetters = 0;
  let lowerCase = 0;
  for (const b of bytes) {
    if (b < 0x80) continue;
    high++;
    if (b >= 0xc0) cyrillicLetters++;
    if (b >= 0xe0) lowerCase++;
  }
  return high > 0 && cyrillicLetters / high > 0.7 && lowerCase / Math.max(cyrillicLetters, 1) > 0.5 ? 'windows-1251' : 'windows-1252';
}

function decode(bytes: Uint8Array, encoding: ImportEncoding, fatal = false): string {
  return new TextDecoder(encoding, { fatal, ignoreBOM: false }).decode(bytes);
}

export function decodeImportBytes(bytes: Uint8Array): DecodedText | DecodeFailure {
  if (bytes.length > MAX_IMPORT_BYTES) return { error: `The file is ${Math.round(bytes.length / 1_048_576)} MiB; an import takes at most ${Math.round(MAX_IMPORT_BYTES / 1_048_576)} MiB. Split it and import the parts.` };
  if (bytes.length === 0) return { error: 'The file is empty: there is no text to import.' };
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { text: decode(bytes, 'utf-8'), encoding: 'utf-8' };
  if (startsWith(bytes, [0xff, 0xfe])) return { text: decode(bytes, 'utf-16le'), encoding: 'utf-16le' };
  if (startsWith(bytes, [0xfe, 0xff])) return { text: decode(bytes, 'utf-16be'), encoding: 'utf-16be' };
  const signature = SIGNATURES.find((s) => startsWith(bytes, s.bytes));
  if (signature) return { error: `This is ${signature.what}, not text.` };
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return { text: decode(bytes, utf16), encoding: utf16 };
  if (bytes.includes(0)) return { error: 'This file holds binary data (NUL bytes), not text. Open a text, Markdown, HTML or Word file.' };
  try {
    return { text: decode(bytes, 'utf-8', true), encoding: 'utf-8' };
  } catch {
    const encoding = singleByteEncoding(bytes);
    return { text: decode(bytes, encoding), encoding };
  }
}
