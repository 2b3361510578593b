import type { z } from 'zod';
import { asSentence } from './format.ts';

/** Field errors by the zod issue's path ("events.0.date"), each the first message for that field, as a sentence. */
export type FieldErrors = Readonly<Record<string, string>>;

export function fieldErrors(error: z.ZodError): FieldErrors {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.');
    errors[path] ??= asSentence(issue.message);
    // A bad item of a list of words (tags.3) is shown at the list's one field.
    if (typeof issue.path[issue.path.length - 1] === 'number') errors[issue.path.slice(0, -1).map(String).join('.')] ??= asSentence(issue.message);
  }
  return errors;
}

/**
 * Validates a form's draft with the record's zod schema: the parsed draft, or the errors by
 * field. The schema is the one the library checks with, so what passes here is what it saves.
 */
export function validateDraft<S extends z.ZodType>(schema: S, draft: unknown): { ok: true; draft: z.output<S> } | { ok: false; errors: FieldErrors } {
  const parsed = schema.safeParse(draft);
  return parsed.success ? { ok: true, draft: parsed.data } : { ok: false, errors: fieldErrors(parsed.error) };
}

/** After a failed save, the first field marked invalid gets the focus (and scrolls into view). */
export function focusFirstInvalid(root: HTMLElement | null): void {
  const field = root?.querySelector<HTMLElement>('[aria-invalid="true"]');
  field?.focus();
  field?.scrollIntoView({ block: 'center' });
}

/** A new id for a row of a record (an event, a charge): random, valid as a record id. */
export function newRowId(prefix: string): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return `${prefix}-${[...bytes].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/** "uz, Central Asia , " -> ["uz", "Central Asia"]. */
export function parseTags(text: string): string[] {
  return text
    .split(',')
    .map((tag) => tag.trim())
    .filter((tag) => tag !== '');
}

/** An optional field: '' (or only spaces) means none. */
export const orNull = (text: string): string | null => (text.trim() === '' ? null : text.trim());
