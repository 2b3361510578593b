import anyAscii from 'any-ascii';

/**
 * Name keys: one spelling-blind, script-blind form of a name word, so that "Meimankulyiev",
 * "MEYMANKULYYEV", "Meýmankulyýew" and "Мейманкулыев" all become "meimankulev".
 *
 * The same person is written in Russian Cyrillic, in Kazakh, Kyrgyz or Tajik Cyrillic, in
 * Uzbek or Turkmen Latin, and in several English transliterations of any of those. A key is
 * built in four steps:
 *
 * 1. Letters whose ASCII form any-ascii gets wrong for these languages are mapped first:
 *    ё → "yo" (any-ascii drops it to "e", but Ёров is "Yorov"); ş ç ž → "sh" "ch" "zh" (Turkmen,
 *    Turkish, Kazakh Latin: any-ascii strips the mark to "s" "c" "z"); ň ң → "n" (Russian writes
 *    ң as н); Uzbek ў → "o" (it is Latin oʻ).
 * 2. any-ascii transliterates everything else (Cyrillic х → "kh", ж → "zh", ы → "y", ғ → "gh",
 *    қ → "q", ҳ → "h", ҷ → "j", ә → "a", ө ұ ү ӯ → "o" "u" "u" "u", і ӣ → "i", ä ğ ı ý → "a" "g" "i" "y").
 *    The result is lower-cased and everything but a–z and 0–9 is dropped, which removes
 *    apostrophes and modifier letters (oʻ gʻ ʼ ' ’ ь ъ).
 * 3. Sounds that transliterations write differently are folded to one spelling:
 *    dzh, dj, zh → j (Tazhimuratov = Tajimuratov = Таджимуратов);
 *    kh, x → h (Kholiknazarov = Холикназаров; Uzbek x; Tajik ҳ; English "H" for Turkmen names);
 *    gh → g; q → k (Kholiqnazarov); w → v (Turkmen -ýew = -yev);
 *    yo → e (Yorov = Ёров = Еров; Fyodorov = Fedorov);
 *    y → i (Meymankulyyev = Meimankulyiev; -iy = -ii = -y at the end: Sattoriy = Sattori).
 * 4. Doubled letters are made single (Hallyyev = Halliev; Kassym = Kasym), then "ie" becomes
 *    "e" (-yev = -iev = -ev: Bekiyev = Bekiev = Bekev, Yermek = Ermek), then doubles once more.
 *
 * Deliberately not folded, because it would merge names that really differ: k/g (Kurbanov and
 * the Turkmen Gurbanow are one name, but Kulov and Gulov are two), a/o and o/u (Ismailov,
 * Ismoilov), e/a (Akhmedov, Ahmadov), and j/y: in Central Asian romanisations j is the sound
 * of дж/ж, never of й. Different forms that no rule can safely join (Allamurat and the Turkmen
 * Allamyrat, Dauletmurat and Karakalpak Dáwletmurat) are what a case's aliases are for.
 * The price of y → i is that ы and и meet: Халыков and Халиков share a key.
 */

const PRE_ASCII: Readonly<Record<string, string>> = {
  ё: 'yo',
  Ё: 'Yo',
  ş: 'sh',
  Ş: 'Sh',
  ç: 'ch',
  Ç: 'Ch',
  ž: 'zh',
  Ž: 'Zh',
  ň: 'n',
  Ň: 'N',
  ң: 'n',
  Ң: 'N',
  ў: 'o',
  Ў: 'O',
};
const PRE_ASCII_PATTERN = new RegExp(`[${Object.keys(PRE_ASCII).join('')}]`, 'gu');

/** Applied in this order: longer sequences first, so "dzh" is not read as d + "zh". */
const FOLDS: ReadonlyArray<[RegExp, string]> = [
  [/dzh|dj|zh/g, 'j'],
  [/kh|x/g, 'h'],
  [/gh/g, 'g'],
  [/q/g, 'k'],
  [/w/g, 'v'],
  [/yo/g, 'e'],
  [/y/g, 'i'],
];

const singleLetters = (s: string) => s.replace(/([a-z0-9])\1+/g, '$1');

/** The key of one word of a name; empty if the word has no letters or digits. */
export function nameKey(word: string): string {
  let s = word.normalize('NFC').replace(PRE_ASCII_PATTERN, (c) => PRE_ASCII[c] ?? c);
  s = anyAscii(s)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
  for (const [pattern, replacement] of FOLDS) s = s.replace(pattern, replacement);
  return singleLetters(singleLetters(s).replace(/ie/g, 'e'));
}

/**
 * The words of a name as written: split at spaces, hyphens and punctuation, but not at the
 * apostrophes and modifier letters that belong inside words (Uzbek oʻ gʻ, ʼ, Russian ь in "Il'in").
 */
export function nameWords(text: string): string[] {
  return text.split(/[^\p{L}\p{M}\p{N}'‘’ʼʻ`´]+/u).filter((word) => /[\p{L}\p{N}]/u.test(word));
}

/** The keys of every word of a name, in order, without empty ones. */
export function nameKeys(text: string): string[] {
  return nameWords(text)
    .map(nameKey)
    .filter((key) => key !== '');
}

/**
 * The key of a word the writer is still typing, for prefix search. The last letter may still
 * change its meaning with the next one ("Kh", "Zh", "Dj", "Yo", "Ie"), so a prefix that ends in
 * such a letter is shortened by it: "Tazh" must find "Tajimuratov" whatever comes next.
 */
export function nameKeyPrefix(word: string): string {
  const key = nameKey(word);
  if (key.length > 2 && /[kzdgij]$/.test(key)) return key.slice(0, -1);
  return key;
}
