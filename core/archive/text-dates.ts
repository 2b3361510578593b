import type { PartialDate } from '../cases/dates.ts';

/**
 * Dates as running text writes them, with where they stand: "May 19, 2023", "19 May 2023",
 * "at the end of August 2023", "in late May 2023", "in 2015", "on October 20" (the year of
 * the statement, or the one before when that day would come after it), "19 мая 2023 г.",
 * "в августе 2023 года", "в 2015 году", "20.12.2023". Each keeps its precision: a month
 * stays a month.
 */
export type TextDate = { start: number; end: number; date: PartialDate };

const EN = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
// Russian month stems cover the genitive ("мая"), nominative ("май") and prepositional ("мае").
const RU = ['январ', 'феврал', 'март', 'апрел', 'ма[йяе]', 'июн', 'июл', 'август', 'сентябр', 'октябр', 'ноябр', 'декабр'];

// English month names are capitalised, so "may" in "it may 2…" is not a month.
const EN_MONTH = `(${EN.map((name) => name[0]!.toUpperCase() + name.slice(1)).join('|')})`;
const RU_MONTH = `(${RU.map((stem) => `${stem}\\p{L}*`).join('|')})`;
const YEAR = '((?:19|20)\\d\\d)';

function monthOf(word: string): number {
  const lower = word.toLowerCase();
  const en = EN.indexOf(lower);
  if (en >= 0) return en + 1;
  return RU.findIndex((stem) => new RegExp(`^${stem}`, 'u').test(lower)) + 1;
}

const pad = (n: number) => String(n).padStart(2, '0');

function dayDate(year: number, month: number, day: number): PartialDate | null {
  if (month < 1 || day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** The year a day without one belongs to: that of the statement, unless the day would fall after it. */
function yearFor(month: number, day: number, statementDate: string): number | null {
  const year = Number(statementDate.slice(0, 4));
  if (!Number.isFinite(year) || year < 1000) return null;
  return `${year}-${pad(month)}-${pad(day)}` > statementDate ? year - 1 : year;
}

type Pattern = { re: RegExp; read: (m: RegExpExecArray, statementDate: string) => PartialDate | null };

const PATTERNS: Pattern[] = [
  { re: new RegExp(`\\b${EN_MONTH}\\s+(\\d{1,2}),?\\s+${YEAR}\\b`, 'gu'), read: (m) => dayDate(Number(m[3]), monthOf(m[1]!), Number(m[2])) },
  { re: new RegExp(`\\b(\\d{1,2})\\s+${EN_MONTH}\\s+${YEAR}\\b`, 'gu'), read: (m) => dayDate(Number(m[3]), monthOf(m[2]!), Number(m[1])) },
  { re: new RegExp(`(?<![\\p{L}\\d])(\\d{1,2})\\s+${RU_MONTH}\\s+${YEAR}(?:\\s*(?:г\\.|года?|году))?`, 'giu'), read: (m) => dayDate(Number(m[3]), monthOf(m[2]!), Number(m[1])) },
  { re: /(?<![\d.])(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)(?![\d])/g, read: (m) => dayDate(Number(m[3]), Number(m[2]), Number(m[1])) },
  { re: new RegExp(`\\b${EN_MONTH}\\s+(?:of\\s+)?${YEAR}\\b`, 'gu'), read: (m) => `${m[2]}-${pad(monthOf(m[1]!))}` },
  { re: new RegExp(`(?<![\\p{L}\\d])${RU_MONTH}\\s+${YEAR}(?:\\s*(?:г\\.|года?|году))?`, 'giu'), read: (m) => `${m[2]}-${pad(monthOf(m[1]!))}` },
  {
    re: new RegExp(`\\b(?:on\\s+)?${EN_MONTH}\\s+(\\d{1,2})\\b(?!,?\\s*\\d)`, 'gu'),
    read: (m, d) => {
      const month = monthOf(m[1]!);
      const year = yearFor(month, Number(m[2]), d);
      return year === null ? null : dayDate(year, month, Number(m[2]));
    },
  },
  {
    re: new RegExp(`(?<![\\p{L}\\d])(\\d{1,2})\\s+${RU_MONTH}(?!\\s*\\d)`, 'giu'),
    read: (m, d) => {
      const month = monthOf(m[2]!);
      const year = yearFor(month, Number(m[1]), d);
      return year === null ? null : dayDate(year, month, Number(m[1]));
    },
  },
  { re: new RegExp(`\\b(?:in\\s+)?${EN_MONTH}\\s+(?:of\\s+)?this\\s+year\\b`, 'gu'), read: (m, d) => (d.length >= 4 ? `${d.slice(0, 4)}-${pad(monthOf(m[1]!))}` : null) },
  { re: /\b(?:earlier|later)?\s*this\s+year\b|(?<!\p{L})в\s+этом\s+году/giu, read: (_m, d) => (d.length >= 4 ? d.slice(0, 4) : null) },
  { re: new RegExp(`\\b(?:in|since|of|by)\\s+${YEAR}\\b`, 'giu'), read: (m) => m[1]! },
  { re: new RegExp(`(?<![\\p{L}])(?:в|с)\\s+${YEAR}\\s*(?:г\\.|году|года)`, 'giu'), read: (m) => m[1]! },
];

const NAMES_A_PERIOD = /^\s+(?:events|protests|unrest|crisis|elections|referendum|событи\p{L}*|протест\p{L}*)/iu;

export function datesIn(text: string, statementDate: string): TextDate[] {
  const found: TextDate[] = [];
  for (const { re, read } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      // The first, most precise pattern to claim a stretch of text keeps it.
      if (found.some((d) => start < d.end && end > d.start)) continue;
      // "the July 2022 events", "the January 2022 protests": the name of a period, not when something happened to someone.
      if (NAMES_A_PERIOD.test(text.slice(end, end + 20))) continue;
      const date = read(m, statementDate);
      if (date !== null) found.push({ start, end, date });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
