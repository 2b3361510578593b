/**
 * A passage cut into sentences, with where each starts, so that a fact is read with the
 * person of its own sentence. Lines are sentences too (a list of people pasted as lines).
 * A full stop after "Mr", "b", "г", "ст" or an initial does not end a sentence.
 */
export type Sentence = { start: number; text: string };

const ABBREVIATIONS = new Set(['mr', 'ms', 'mrs', 'dr', 'st', 'b', 'no', 'art', 'p', 'г', 'гг', 'ст', 'ч', 'р', 'т', 'им', 'ул', 'д', 'см']);
const END = /[.!?…]+["”»’)]*\s+|\n+/gu;

export function sentencesOf(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  END.lastIndex = 0;
  for (let m = END.exec(text); m !== null; m = END.exec(text)) {
    const end = m.index + m[0].length;
    if (!m[0].startsWith('\n')) {
      const word = /([\p{L}]+)$/u.exec(text.slice(start, m.index))?.[1] ?? '';
      const next = text.charAt(end);
      if (ABBREVIATIONS.has(word.toLowerCase()) || /^\p{Lu}$/u.test(word) || !/[\p{Lu}\d„“"«(—–-]/u.test(next)) continue;
    }
    push(out, text, start, end);
    start = end;
  }
  push(out, text, start, text.length);
  return out;
}

function push(out: Sentence[], text: string, start: number, end: number): void {
  const raw = text.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  const trimmed = raw.trim();
  if (trimmed !== '') out.push({ start: start + lead, text: trimmed });
}
