/**
 * Footnotes written as plain text, the way web pages and e-mails carry them: "[1]" in the
 * text and a closing list of "[1] Note text" lines (the form of the statements in
 * shared/samples). Labels are digits or lower-case roman numerals.
 */
const LABEL = String.raw`(\d{1,3}|[ivxlc]{1,8})`;
const MARKER = new RegExp(String.raw`\[${LABEL}\]`, 'g');
const DEFINITION = new RegExp(String.raw`^\s*\[${LABEL}\][\s.:)-]*`);

export type BracketMarker = { start: number; end: number; label: string };

/** Every "[n]" marker in a run of text, with its offsets. */
export function findBracketMarkers(text: string): BracketMarker[] {
  return [...text.matchAll(MARKER)].map((m) => ({ start: m.index, end: m.index + m[0].length, label: m[1]! }));
}

/** "[3] Note text" -> label "3" and the length of the "[3] " prefix; null if not a definition. */
export function parseDefinitionLabel(text: string): { label: string; prefixLength: number } | null {
  const m = DEFINITION.exec(text);
  return m ? { label: m[1]!, prefixLength: m[0].length } : null;
}

/** What a conversion did, in words for the writer. */
export type BracketConversionReport = { converted: number; unmatchedMarkers: string[]; unusedDefinitions: string[] };

export function describeBracketConversion(report: BracketConversionReport): string {
  const parts = [report.converted === 1 ? 'Converted 1 note.' : `Converted ${report.converted} notes.`];
  if (report.unmatchedMarkers.length > 0) {
    parts.push(`No note text for ${report.unmatchedMarkers.map((l) => `[${l}]`).join(', ')}: left as typed.`);
  }
  if (report.unusedDefinitions.length > 0) {
    parts.push(`${report.unusedDefinitions.map((l) => `[${l}]`).join(', ')} never referenced in the text: kept as paragraphs.`);
  }
  return parts.join(' ');
}
