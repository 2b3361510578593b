/**
 * A birth year as statements give it: "(1992)" right after the name, "born 1985", "born in
 * 1985", "(b. 1985)", "1985 г.р.", "1985 года рождения", "родился в 1985 году"; or an age at
 * the statement's date ("39-year-old", "aged 39", "39-летний", "в возрасте 39 лет"), which
 * gives one of two years: the likelier is kept and the other said.
 */
export type BirthPhrase = { start: number; end: number; year: number; fromAge: number | null; alternative: number | null };

const YEAR = '((?:19|20)\\d\\d)';
const DIRECT: RegExp[] = [
  new RegExp(`\\bborn(?:\\s+in)?\\s+${YEAR}\\b`, 'giu'),
  new RegExp(`\\(\\s*b\\.\\s*${YEAR}\\s*\\)`, 'giu'),
  new RegExp(`(?<![\\p{L}\\d])${YEAR}\\s*(?:г\\.\\s*р\\.|года рождения)`, 'giu'),
  new RegExp(`(?<![\\p{L}])(?:родил(?:ся|ась)|р\\.)\\s+(?:в\\s+)?${YEAR}`, 'giu'),
];
/** "(1992)" counts only right after a name: the caller passes the text that follows the name. */
export const YEAR_AFTER_NAME = new RegExp(`^\\s*\\(\\s*${YEAR}\\s*(?:г\\.\\s*р\\.)?\\s*\\)`, 'u');

const AGE: RegExp[] = [
  /\b(\d{1,2})-year-old\b/giu,
  /\baged\s+(\d{1,2})\b/giu,
  /\b(\d{1,2})\s+years\s+old\b/giu,
  /(?<![\p{L}\d])(\d{1,2})-летн\p{L}*/giu,
  /(?<![\p{L}])в\s+возрасте\s+(\d{1,2})\s+(?:лет|год\p{L}*)/giu,
];

export function birthPhrasesIn(text: string, statementDate: string): BirthPhrase[] {
  const out: BirthPhrase[] = [];
  for (const re of DIRECT) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) out.push({ start: m.index, end: m.index + m[0].length, year: Number(m[1]), fromAge: null, alternative: null });
  }
  const when = Number(statementDate.slice(0, 4));
  if (Number.isFinite(when) && when > 1000) {
    const month = Number(statementDate.slice(5, 7)) || 6;
    for (const re of AGE) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m !== null; m = re.exec(text)) {
        const age = Number(m[1]);
        // Aged 39 in November 2023: born between November 1983 and November 1984; the later year covers more of the range the later in the year it is.
        const later = when - age;
        const year = month > 6 ? later : later - 1;
        out.push({ start: m.index, end: m.index + m[0].length, year, fromAge: age, alternative: year === later ? later - 1 : later });
      }
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
