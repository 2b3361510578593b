/**
 * Footnote references and definitions as plain text writes them: "[1]" or "[i]" (web pages,
 * Word's and Google Docs' exports), "[^1]" (Markdown), superscript digits "¹²" (copied
 * from a PDF or a word processor). Labels are compared in one form, so "¹" meets "[1]".
 */
import { text, type ImportInline, type RefInline, type TextInline } from './model.ts';

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const LABEL = String.raw`(\d{1,3}|[ivxlc]{1,8})`;
const REFERENCE = new RegExp(String.raw`\[\^?${LABEL}\]|([${SUPERSCRIPT_DIGITS}]{1,3})`, 'gu');
const DEFINITION = new RegExp(String.raw`^\s*(?:\[\^?${LABEL}\]:?|([${SUPERSCRIPT_DIGITS}]{1,3}))(?=\s|$|\p{L}|\p{P})[\s.:)–—-]*`, 'u');

/** "¹²" -> "12". */
function fromSuperscript(digits: string): string {
  return [...digits].map((c) => String(SUPERSCRIPT_DIGITS.indexOf(c))).join('');
}

export type MarkerStyle = 'bracket' | 'superscript';

/** "6 m²", "12 km²", "2 cm³": units, not notes. */
const UNIT_BEFORE = /\d\s?(?:[kcdm]?m|ft|in)$/u;

/** Splits a text run at its references; text between them keeps the run's format. */
export function splitReferences(run: TextInline): ImportInline[] {
  const out: ImportInline[] = [];
  let last = 0;
  for (const m of run.text.matchAll(REFERENCE)) {
    if (m[2] !== undefined && UNIT_BEFORE.test(run.text.slice(Math.max(0, m.index - 8), m.index))) continue;
    if (m.index > last) out.push(text(run.text.slice(last, m.index), run.format));
    const ref: RefInline = { kind: 'ref', label: m[1] ?? fromSuperscript(m[2]!), source: m[0] };
    out.push(ref);
    last = m.index + m[0].length;
  }
  if (last === 0) return [run];
  if (last < run.text.length) out.push(text(run.text.slice(last), run.format));
  return out;
}

export function markerStyle(ref: RefInline): MarkerStyle {
  return ref.source.startsWith('[') ? 'bracket' : 'superscript';
}

/** "[3] Note text" or "³ Note text" -> label "3" and the length of the marker; null if the line is no definition. */
export function definitionLabel(line: string): { label: string; prefixLength: number; style: MarkerStyle } | null {
  const m = DEFINITION.exec(line);
  if (!m) return null;
  return m[1] !== undefined
    ? { label: m[1], prefixLength: m[0].length, style: 'bracket' }
    : { label: fromSuperscript(m[2]!), prefixLength: m[0].length, style: 'superscript' };
}

/** Whether a label is the first of its series ("1", "i"): where a closing list of notes starts. */
export function isFirstLabel(label: string): boolean {
  return label === '1' || label === 'i';
}
