import type { Mark } from './model.ts';

/**
 * Lexical's TextNode format bitmask (lexical/src/LexicalConstants.ts, 0.52) read as marks.
 * The serialized state stores only the number, and core has no Lexical runtime to ask.
 */
const FORMAT_BITS: ReadonlyArray<readonly [number, Mark]> = [
  [1, 'bold'],
  [2, 'italic'],
  [8, 'underline'],
  [4, 'strikethrough'],
  [16, 'code'],
  [32, 'subscript'],
  [64, 'superscript'],
];
const KNOWN_BITS = FORMAT_BITS.reduce((all, [bit]) => all | bit, 0);
const SUBSCRIPT = 32;
const SUPERSCRIPT = 64;

/** One frozen array per distinct set, so runs with equal marks share it and compare with ===. */
const cache = new Map<number, readonly Mark[]>();

export const NO_MARKS: readonly Mark[] = Object.freeze([]);

export function marksOfFormat(format: unknown): readonly Mark[] {
  if (typeof format !== 'number' || !Number.isInteger(format) || format <= 0) return NO_MARKS;
  let bits = format & KNOWN_BITS;
  // Lexical makes the two exclusive when toggling; a hand-edited file may set both.
  if (bits & SUBSCRIPT && bits & SUPERSCRIPT) bits &= ~SUBSCRIPT;
  if (bits === 0) return NO_MARKS;
  let marks = cache.get(bits);
  if (marks === undefined) {
    marks = Object.freeze(FORMAT_BITS.filter(([bit]) => bits & bit).map(([, mark]) => mark));
    cache.set(bits, marks);
  }
  return marks;
}
