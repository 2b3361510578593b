import fc from 'fast-check';

const NASTY = ['\u0000', '\uFEFF', '\u202E', '\r\n', '\r', '\t', '"', "'", ',', ';', '{{', '}}', '---', '[^1]', '[1]', '<', '>', '&amp;', '\\', '\uD800', '💥', 'ё', '\u0301'];

/**
 * Line-level mutations of a valid text file: lines dropped, duplicated, swapped, or given
 * random or hostile text, and the whole sometimes cut short.
 */
export function mutatedLines(valid: string): fc.Arbitrary<string> {
  const lines = valid.split('\n');
  const edit = fc.record({
    kind: fc.constantFrom('drop', 'duplicate', 'swap', 'insert', 'nasty'),
    at: fc.nat({ max: Math.max(0, lines.length - 1) }),
    other: fc.nat({ max: Math.max(0, lines.length - 1) }),
    text: fc.string({ unit: 'binary', maxLength: 40 }),
    nasty: fc.constantFrom(...NASTY),
  });
  return fc.tuple(fc.array(edit, { minLength: 1, maxLength: 6 }), fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { freq: 8 })).map(([edits, cut]) => {
    const copy = [...lines];
    for (const e of edits) {
      const at = Math.min(e.at, copy.length - 1);
      if (at < 0) break;
      if (e.kind === 'drop') copy.splice(at, 1);
      else if (e.kind === 'duplicate') copy.splice(at, 0, copy[at]!);
      else if (e.kind === 'swap') [copy[at], copy[Math.min(e.other, copy.length - 1)]] = [copy[Math.min(e.other, copy.length - 1)]!, copy[at]!];
      else if (e.kind === 'insert') copy.splice(at, 0, e.text);
      else copy[at] = `${copy[at]!.slice(0, e.other % 20)}${e.nasty}${copy[at]!.slice(e.other % 20)}`;
    }
    const text = copy.join('\n');
    return cut === null ? text : text.slice(0, Math.floor(text.length * cut));
  });
}

/** Random text of every kind: any code unit, lone surrogates, and short hostile tokens glued together. */
export function randomText(maxLength = 400): fc.Arbitrary<string> {
  return fc.oneof(
    fc.string({ unit: 'binary', maxLength }),
    fc.string({ unit: 'grapheme', maxLength }),
    fc.array(fc.constantFrom(...NASTY, 'a', ' ', '\n', '0'), { maxLength: 60 }).map((parts) => parts.join('')),
  );
}
