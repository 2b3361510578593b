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
