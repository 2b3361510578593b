import { Field } from './Field.tsx';

export type SelectOption = { value: string; label: string };

/** A labelled select over a closed list (status, event type, country...). */
export function SelectField({
  label,
  path,
  value,
  options,
  onChange,
  error,
  hint,
  className,
}: {
  label: string;
  path: string;
  value: string;
  options: ReadonlyArray<SelectOption>;
  onChange: (value: string) => void;
  error?: string | undefined;
  hint?: string;
  className?: string;
}) {
  // A stored value the list does not name (a country code not in the table) stays selectable.
  const all = value !== '' && !options.some((option) => option.value === value) ? [...options, { value, label: value }] : options;
  return (
    <Field label={label} path={path} error={error} hint={hint} className={className}>
      {(control) => (
        <select {...control} value={value} onChange={(e) => onChange(e.target.value)}>
          {all.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
