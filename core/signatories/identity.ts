import { nameKeys } from '../cases/name-key.ts';
import type { SignatoryDraft } from './signatory.ts';

/**
 * Identity tokens of a signer, for finding the same signer twice: in one sign-on file, in
 * the statement's list, in the library's roster. Two signers of the same kind are taken for
 * one when they share a token:
 *
 * - the same email, in any case (a director signing for her organisation and in her own
 *   name shares an email across kinds, so kinds never match each other);
 * - for people, two words of the name with the same spelling-tolerant key, in any order
 *   (Reyimberdy KURBANOV = Kurbanov Reyimberdy = Реимберды Курбанов; a patronymic in one of
 *   them does not matter); a one-word name only matches the same one word;
 * - for organisations, the whole full name's key, in English or in Russian. Not the
 *   abbreviation alone: "HRC" or "LC" stand for many organisations, and a wrong merge loses one.
 *
 * A match is a question put to the writer (merge or skip), never merged silently, so a
 * namesake is a prompt, not a lost signature.
 */

export type IdentitySource =
  | { kind: 'individual'; givenName: string; familyName: string; email: string }
  | { kind: 'organisation'; fullName: string; russianName?: string | undefined; email: string };

/** A long hostile "name" must not turn into thousands of pairs. */
const MAX_NAME_WORDS = 6;

export function identityTokens(source: IdentitySource): string[] {
  const tokens: string[] = [];
  const prefix = source.kind === 'individual' ? 'p' : 'o';
  const email = source.email.trim().toLowerCase();
  if (email !== '') tokens.push(`${prefix}@${email}`);
  if (source.kind === 'individual') {
    const keys = [...new Set(nameKeys(`${source.givenName} ${source.familyName}`).slice(0, MAX_NAME_WORDS))].sort();
    if (keys.length === 1) tokens.push(`p:${keys[0]!}`);
    for (let i = 0; i < keys.length; i++) for (let j = i + 1; j < keys.length; j++) tokens.push(`p:${keys[i]!} ${keys[j]!}`);
  } else {
    for (const name of [source.fullName, source.russianName ?? '']) {
      const key = nameKeys(name).join(' ');
      if (key !== '') tokens.push(`o:${key}`);
    }
  }
  return tokens;
}

/** Why two signers were taken for one, in words for the preview. */
export function matchReason(token: string): string {
  return token.includes('@') ? 'same email' : 'same name';
}

export type IdentityMatch<T> = { value: T; reason: string };

/** Signers indexed by their tokens; the first one added under a token is the one found. */
export class IdentityIndex<T> {
  private readonly byToken = new Map<string, T>();

  add(tokens: readonly string[], value: T): void {
    for (const token of tokens) if (!this.byToken.has(token)) this.byToken.set(token, value);
  }

  /** The first match, trying tokens in order: email before name, as an email is the surer sign. */
  find(tokens: readonly string[]): IdentityMatch<T> | null {
    for (const token of tokens) {
      const value = this.byToken.get(token);
      if (value !== undefined) return { value, reason: matchReason(token) };
    }
    return null;
  }
}

/** The tokens of a signatory already in a list (or proposed by an import). */
export function signatoryTokens(s: SignatoryDraft): string[] {
  return identityTokens(s.kind === 'individual' ? s : { ...s, russianName: s.russian?.nominative });
}
