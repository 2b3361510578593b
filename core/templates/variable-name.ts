/**
 * A variable's name as a template writes it, in the settings and in {{placeholders}}:
 * letters of any script, figures, spaces, hyphens and underscores, starting with a letter
 * ("year", "event date", "страна"). Runs of spaces count as one.
 */
const NAME = /^\p{L}[\p{L}\p{N} _-]*$/u;
export const MAX_NAME_LENGTH = 60;

export function normaliseName(raw: string): string {
  return raw.trim().replace(/\s+/g, ' ');
}

export function isVariableName(name: string): boolean {
  return name.length <= MAX_NAME_LENGTH && NAME.test(name);
}

/** The {{placeholders}} written in a plain string (a title, a dateline place), each with its normalised name and where it stands. */
export function* placeholdersIn(text: string): Generator<{ name: string; index: number; length: number }> {
  for (const match of text.matchAll(/\{\{([^{}\n]+)\}\}/g)) yield { name: normaliseName(match[1]!), index: match.index, length: match[0].length };
}
