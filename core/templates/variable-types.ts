/**
 * The kinds of value a template variable holds, spelled as a template file writes them
 * ("organisation list", not "organisationList"), so that the file reads as plain words.
 */
export const VARIABLE_TYPES = ['text', 'date', 'year', 'number', 'organisation list', 'case list', 'choice'] as const;
export type VariableType = (typeof VARIABLE_TYPES)[number];

export function isVariableType(value: string): value is VariableType {
  return (VARIABLE_TYPES as readonly string[]).includes(value);
}

/** Types whose value is a list the form fills from the library, not a single typed value. */
export const LIST_TYPES: ReadonlySet<VariableType> = new Set(['organisation list', 'case list']);
