/**
 * The date line of a statement: "20.12.23", "20.12.2023", "June 26, 2019", "26 June 2019",
 * "26 июня 2025 г.", "2019-06-26", optionally after the cities it was issued from
 * ("Bishkek, Almaty, Vienna, 20 December 2023"). Only a whole line counts: a date inside a
 * sentence is part of the text.
 */

const MONTHS: Readonly<Record<string, number>> = (() => {
  const table: Record<string, number> = {};
  const english = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
  // Genitive ("26 июня") is how Russian dates are written; nominative appears in headers.
  const russianGenitive = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];
  const russianNominative = ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'];
  english.forEach((name, i) => {
    table[name] = i + 1;
    table[name.slice(0, 3)] = i + 1;
  });
  table['sept'] = 9;
  russianGenitive.forEach((name, i) => (table[name] = i + 1));
  russianNominative.forEach((name, i) => (table[name] = i + 1));
  return table;
})();

const MONTH_WORD = String.raw`([A-Za-zА-Яа-яЁё]{3,9})\.?`;
const NUMERIC = /(\d{1,2})[./](\d{1,2})[./](\d{4}|\d{2})$/;
const ISO = /(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MONTH_YEAR = new RegExp(String.raw`(\d{1,2})\s+${MONTH_WORD}\s+(\d{4})(?:\s*(?:г\.|года|год))?$`, 'u');
const MONTH_DAY_YEAR = new RegExp(String.raw`${MONTH_WORD}\s+(\d{1,2}),?\s+(\d{4})$`, 'u');

/** Longer lines are sentences, not datelines. */
const MAX_DATELINE = 160;
/** A city in a dateline: up to four capitalised words ("New York", "Rostov-on-Don"), no sentence. */
const PLACE = /^\p{Lu}[\p{L}\p{M}'’.-]{0,30}(?: \p{Lu}[\p{L}\p{M}'’.-]{0,30}){0,3}$/u;

export type Dateline = { date: string; places: string[] };

function isoDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return null; // 31.2.23
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** "23" is 2023: statements are not from the last century, and archives are recent. */
function fullYear(digits: string): number {
  return digits.length === 2 ? 2000 + Number(digits) : Number(digits);
}

/** The date at the end of `text` and where it starts, or null. */
function trailingDate(text: string): { iso: string; index: number } | null {
  let m = NUMERIC.exec(text);
  if (m) {
    const iso = isoDate(fullYear(m[3]!), Number(m[2]), Number(m[1]));
    return iso ? { iso, index: m.index } : null;
  }
  if ((m = ISO.exec(text))) {
    const iso = isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
    return iso ? { iso, index: m.index } : null;
  }
  if ((m = DAY_MONTH_YEAR.exec(text))) {
    const month = MONTHS[m[2]!.toLowerCase()];
    const iso = month ? isoDate(Number(m[3]), month, Number(m[1])) : null;
    return iso ? { iso, index: m.index } : null;
  }
  if ((m = MONTH_DAY_YEAR.exec(text))) {
    const month = MONTHS[m[1]!.toLowerCase()];
    const iso = month ? isoDate(Number(m[3]), month, Number(m[2])) : null;
    return iso ? { iso, index: m.index } : null;
  }
  return null;
}

/** The date and places of a line that is a dateline and nothing else; null otherwise. */
export function parseDateline(line: string): Dateline | null {
  const text = line.replace(/\s+/gu, ' ').trim();
  if (text === '' || text.length > MAX_DATELINE) return null;
  const found = trailingDate(text);
  if (!found) return null;
  // Word boundary: "120.12.23" or "Article 26 June 2019" are not datelines.
  const before = text.slice(0, found.index);
  if (before !== '' && !/[\s,–—:-]$/u.test(before)) return null;
  const prefix = before.replace(/[\s,–—:-]+$/u, '');
  if (prefix === '') return { date: found.iso, places: [] };
  const places = prefix.split(/\s*[,/]\s*/u);
  return places.every((place) => PLACE.test(place)) ? { date: found.iso, places } : null;
}

/** A statement-opening line in the archive dump's form: "20.12.23" alone on its line. */
export function isShortNumericDate(line: string): string | null {
  const m = /^\s*(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})\s*$/.exec(line);
  return m ? isoDate(fullYear(m[3]!), Number(m[2]), Number(m[1])) : null;
}
