/**
 * Russian plural forms: 1, 21, 101 take `one` ("1 сноска"); 2–4, 22–24 take `few`
 * ("3 сноски"); 0, 5–20, 25–30, 11–14 take `many` ("5 сносок", "12 сносок").
 * Returns the number and the word, with a no-break space between them.
 */
export function ruPlural(n: number, one: string, few: string, many: string): string {
  return `${n.toLocaleString('ru-RU')}\u00a0${ruPluralWord(n, one, few, many)}`;
}

/** Just the word of ruPlural, for a sentence that puts the number elsewhere. */
export function ruPluralWord(n: number, one: string, few: string, many: string): string {
  const whole = Math.abs(Math.trunc(n));
  if (!Number.isInteger(n)) return few; // "1,5 сноски": fractions take the genitive singular
  const lastTwo = whole % 100;
  const last = whole % 10;
  if (lastTwo >= 11 && lastTwo <= 14) return many;
  if (last === 1) return one;
  if (last >= 2 && last <= 4) return few;
  return many;
}

/** English: "1 note", "2 notes", with the number formatted for English readers. */
export function enPlural(n: number, one: string, other: string): string {
  return `${n.toLocaleString('en-GB')}\u00a0${n === 1 ? one : other}`;
}
