import type { ZodError } from 'zod';

/**
 * A form's problems next to its fields: zod's issues keyed by their path ("fullName",
 * "russian.nominative"), the first message of each; problems of no one field under "".
 */
export type FieldIssues = Readonly<Record<string, string>>;

export function issuesByField(error: Pick<ZodError, 'issues'>): FieldIssues {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.');
    out[key] ??= issue.message;
  }
  return out;
}
