import { useMemo, useState } from 'react';
import { focusFirstInvalid, type FieldErrors } from './form-helpers.ts';

export type Checked<D> = { ok: true; draft: D } | { ok: false; errors: FieldErrors };

/** What an editor's form shell (EditorForm) needs from its state. */
export type FormState = {
  dirty: boolean;
  busy: boolean;
  submitted: boolean;
  invalidCount: number;
  serviceError: string | null;
  touch: (path: string) => void;
  submit: (form: HTMLElement | null) => Promise<void>;
};

/**
 * A record editor's state: the form as typed, checked against the record's schema on every
 * change. A field's error shows once the field has been left or a save was tried. Saving
 * checks first (and takes the focus to the first marked field); a failed save keeps the form
 * and shows the library's message.
 *
 * `check` must be a stable function (a module-level one), `save` answers an error message or null.
 */
export function useRecordForm<F, D>(initial: () => F, check: (form: F) => Checked<D>, save: (draft: D) => Promise<string | null>) {
  const [start] = useState(initial);
  const [form, setForm] = useState(start);
  const [touched, setTouched] = useState<ReadonlySet<string>>(() => new Set());
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [serviceError, setServiceError] = useState<string | null>(null);
  const checked = useMemo(() => check(form), [check, form]);

  const errorFor = (path: string): string | undefined => (!checked.ok && (submitted || touched.has(path)) ? checked.errors[path] : undefined);

  const state: FormState = {
    dirty: form !== start,
    busy,
    submitted,
    invalidCount: checked.ok ? 0 : Object.keys(checked.errors).length,
    serviceError,
    touch: (path) => setTouched((previous) => (previous.has(path) ? previous : new Set(previous).add(path))),
    submit: async (element) => {
      if (busy) return;
      setSubmitted(true);
      if (!checked.ok) {
        requestAnimationFrame(() => focusFirstInvalid(element));
        return;
      }
      setBusy(true);
      setServiceError(null);
      const problem = await save(checked.draft);
      setBusy(false);
      setServiceError(problem);
    },
  };

  const update = (patch: Partial<F>) => setForm((previous) => ({ ...previous, ...patch }));

  /** A list field of the form (events, names...) with what a RowList needs to add, remove and change its rows. */
  const rows = <K extends RowKey<F>>(key: K, make: () => RowOf<F, K>) => {
    const items = form[key] as ReadonlyArray<RowOf<F, K>>;
    const set = (next: Array<RowOf<F, K>>) => update({ [key]: next } as unknown as Partial<F>);
    return {
      /** The props of its RowList. */
      list: { items, onAdd: () => set([...items, make()]), onRemove: (index: number) => set(withoutRow(items, index)) },
      change: (index: number) => (patch: Partial<RowOf<F, K>>) => set(patchRow(items, index, patch)),
    };
  };

  return { form, update, rows, errorFor, state };
}

/** The keys of the form's list fields, and the type of one row of such a list. */
type RowKey<F> = { [K in keyof F]: F[K] extends ReadonlyArray<unknown> ? K : never }[keyof F];
type RowOf<F, K extends keyof F> = F[K] extends ReadonlyArray<infer R> ? R : never;

/** A copy of the list with one row changed. */
export function patchRow<R>(rows: ReadonlyArray<R>, index: number, patch: Partial<R>): R[] {
  return rows.map((row, i) => (i === index ? { ...row, ...patch } : row));
}

/** A copy of the list without one row. */
export function withoutRow<R>(rows: ReadonlyArray<R>, index: number): R[] {
  return rows.filter((_, i) => i !== index);
}
