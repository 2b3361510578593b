/**
 * Prison terms as written: "sentenced to 23 years in prison", "a suspended six-year prison
 * sentence", "serving a 22-year prison sentence", "к 7 годам лишения свободы", "семь лет
 * колонии", "условно".
 */
export type PrisonTerm = { start: number; end: number; text: string; years: number; suspended: boolean };

const EN_NUMBERS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];
const RU_NUMBERS: Readonly<Record<string, number>> = {
  одному: 1, один: 1, двум: 2, два: 2, трём: 3, трем: 3, три: 3, четырём: 4, четырем: 4, четыре: 4, пяти: 5, пять: 5, шести: 6, шесть: 6,
  семи: 7, семь: 7, восьми: 8, восемь: 8, девяти: 9, девять: 9, десяти: 10, десять: 10, двенадцати: 12, двенадцать: 12, пятнадцати: 15, пятнадцать: 15,
};

const NUMBER = `(\\d{1,2}|${EN_NUMBERS.join('|')}|${Object.keys(RU_NUMBERS).join('|')})`;

const PATTERNS: RegExp[] = [
  new RegExp(`\\bto\\s+${NUMBER}\\s+years?(?:\\s+(?:in\\s+prison|of\\s+imprisonment|imprisonment|in\\s+a\\s+(?:penal\\s+)?colony))?(?:,?\\s+suspended)?`, 'giu'),
  new RegExp(`\\b(suspended\\s+)?${NUMBER}[- ]year(?:\\s+(?:prison|jail|suspended))?\\s+(?:prison\\s+)?(?:sentence|term)`, 'giu'),
  new RegExp(`(?<![\\p{L}])(?:к\\s+)?${NUMBER}\\s+(?:годам|года|лет|год)\\s+(?:лишения\\s+свободы|заключения|колонии|тюрьмы)(?:\\s+условно)?`, 'giu'),
];

function numberOf(word: string): number {
  const lower = word.toLowerCase();
  if (/^\d+$/.test(lower)) return Number(lower);
  const en = EN_NUMBERS.indexOf(lower);
  return en >= 0 ? en : (RU_NUMBERS[lower] ?? NaN);
}

export function prisonTermsIn(text: string): PrisonTerm[] {
  const out: PrisonTerm[] = [];
  for (const re of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const numberWord = m.slice(1).find((group) => group !== undefined && !/^suspended/i.test(group));
      const years = numberWord === undefined ? NaN : numberOf(numberWord);
      if (!Number.isFinite(years) || years > 100) continue;
      // "risks up to 20 years", "грозит до 10 лет": what the law allows, not what a court gave.
      if (/(?:up|as much as|risk\p{L}*|fac\p{L}+|could|до|грозит)\s*$/iu.test(text.slice(Math.max(0, m.index - 25), m.index))) continue;
      const phrase = m[0].replace(/^(?:to|к)\s+/iu, '').trim();
      const near = text.slice(Math.max(0, m.index - 40), m.index + m[0].length + 20);
      out.push({ start: m.index, end: m.index + m[0].length, text: phrase, years, suspended: /suspended|условн/iu.test(near) });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
