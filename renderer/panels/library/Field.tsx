import { useId, type ReactNode } from 'react';
import { fieldErrorIn } from './field-error-messages.ts';
import { useUiLocale } from './use-ui-locale.ts';

/** What a field's control needs to be labelled and described: pass it all to the input, select or textarea. */
export type ControlProps = { id: string; name: string; 'aria-invalid': true | undefined; 'aria-describedby': string | undefined };

/**
 * A labelled form field with its hint and, after a check, its error right under it. The
 * control's name is the zod path of the value ("events.0.date"), so a blur can mark it touched.
 */
export function Field({
  label,
  path,
  error,
  hint,
  className,
  children,
}: {
  label: string;
  path: string;
  error?: string | undefined;
  hint?: string;
  className?: string;
  children: (control: ControlProps) => ReactNode;
}) {
  const id = useId();
  const locale = useUiLocale();
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div className={`lib-field ${className ?? ''} ${error ? 'has-error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children({ id, name: path, 'aria-invalid': error ? true : undefined, 'aria-describedby': described || undefined })}
      {hint && (
        <span id={`${id}-hint`} className="lib-hint">
          {hint}
        </span>
      )}
      {error && (
        <span id={`${id}-error`} className="lib-error">
          {fieldErrorIn(locale, error)}
        </span>
      )}
    </div>
  );
}
