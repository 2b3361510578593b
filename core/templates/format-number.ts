import type { StatementLanguage } from '../statement/language.ts';

/**
 * A number as statements print it: "1,250" and "3.5" in English; in Russian thousands are
 * set apart from five figures on with a no-break space ("12 500", but "1250") and the
 * decimal sign is a comma ("3,5"). Written out by hand, not with Intl, so the text does not
 * depend on the ICU data of whichever runtime formats it.
 */
const NO_BREAK_SPACE = '\u00a0';

function groupThousands(digits: string, separator: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

export function formatNumber(n: number, language: StatementLanguage): string {
  if (!Number.isFinite(n)) throw new RangeError(`not a number to print: ${n}`);
  const [whole = '', fraction] = String(Math.abs(n)).split('.');
  const sign = n < 0 ? '-' : '';
  if (language === 'ru') {
    const grouped = whole.length > 4 ? groupThousands(whole, NO_BREAK_SPACE) : whole;
    return `${sign}${grouped}${fraction === undefined ? '' : `,${fraction}`}`;
  }
  return `${sign}${groupThousands(whole, ',')}${fraction === undefined ? '' : `.${fraction}`}`;
}
