/**
 * Form answers read as facts: whether the signer agreed to be published, and whether they
 * sign for an organisation or for themselves. Forms word the choices freely, in English or
 * Russian, so answers are matched by their start and their key words. What cannot be read is
 * said so, never guessed: an unclear consent is no consent.
 */

const normalise = (answer: string) =>
  answer
    .toLocaleLowerCase('ru')
    .replace(/ё/g, 'е')
    .replace(/[^\p{L}\p{N}✓✔]+/gu, ' ')
    .trim();

export type ConsentAnswer = 'yes' | 'no' | 'unclear';

/** Negatives first: "I do not agree", "не согласен" contain the positive words. */
const CONSENT_NO = /^(no|n|нет|false|0|не|disagree|decline)( |$)|do not|don t|dont|not agree|не соглас|не разреш|не даю|отказ/;
const CONSENT_YES = /^(yes|y|да|true|1|x|ok|okay|✓|✔|agree|agreed|i agree|i consent|consent|согласен|согласна|согласны|согласие|даю|разрешаю|конечно)( |$)/;

export function readConsent(answer: string): ConsentAnswer {
  const text = normalise(answer);
  if (text === '') return 'no';
  if (CONSENT_NO.test(text)) return 'no';
  if (CONSENT_YES.test(text)) return 'yes';
  return 'unclear';
}

export type SigningAsAnswer = 'organisation' | 'individual' | 'unclear' | 'blank';

const AS_INDIVIDUAL = /individual|personal|private|myself|my own name|in person|частн|лично|личном|от своего имени|от себя|физическ/;
const AS_ORGANISATION = /organi[sz]ation|^org( |$)|institution|group|on behalf of|организац|от имени|юридическ|объединени/;

export function readSigningAs(answer: string): SigningAsAnswer {
  const text = normalise(answer);
  if (text === '') return 'blank';
  // "On behalf of myself" is personal: test the individual words first.
  if (AS_INDIVIDUAL.test(text)) return 'individual';
  if (AS_ORGANISATION.test(text)) return 'organisation';
  return 'unclear';
}
