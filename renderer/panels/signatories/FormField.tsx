import { useId } from 'react';
import './signatories.css';

type Props = {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** The schema's complaint about this field, shown under it. */
  issue?: string | undefined;
  hint?: string;
  type?: 'text' | 'email';
  autoFocus?: boolean;
};

/** A labelled one-line field with its problem next to it. */
export function FormField({ label, value, onChange, issue, hint, type = 'text', autoFocus }: Props) {
  const id = useId();
  const described = [issue ? `${id}-issue` : '', hint ? `${id}-hint` : ''].filter(Boolean).join(' ');
  return (
    <div className="form-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type={type}
        value={value}
        autoFocus={autoFocus}
        aria-invalid={issue ? true : undefined}
        aria-describedby={described || undefined}
        onChange={(e) => onChange(e.target.value)}
      />
      {hint && (
        <span className="form-hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {issue && (
        <span className="field-error" id={`${id}-issue`}>
          {issue}
        </span>
      )}
    </div>
  );
}
