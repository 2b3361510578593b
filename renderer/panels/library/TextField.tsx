import { Field } from './Field.tsx';

/** A one-line or multi-line text field; dates too (with their hint), since they are typed. */
export function TextField({
  label,
  path,
  value,
  onChange,
  error,
  hint,
  placeholder,
  multiline = false,
  className,
  maxLength,
  inputMode,
}: {
  label: string;
  path: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  hint?: string;
  placeholder?: string;
  multiline?: boolean;
  className?: string;
  maxLength?: number;
  inputMode?: 'text' | 'decimal' | 'url' | 'numeric';
}) {
  return (
    <Field label={label} path={path} error={error} hint={hint} className={className}>
      {(control) =>
        multiline ? (
          <textarea {...control} value={value} rows={3} maxLength={maxLength} placeholder={placeholder} onChange={(e) => onChange(e.target.value)} />
        ) : (
          <input {...control} type="text" value={value} maxLength={maxLength} placeholder={placeholder} inputMode={inputMode} onChange={(e) => onChange(e.target.value)} />
        )
      }
    </Field>
  );
}

