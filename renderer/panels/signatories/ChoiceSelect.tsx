import type { SelectHTMLAttributes } from 'react';
import './signatories.css';

type Props<T extends string> = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'onChange'> & {
  value: T;
  choices: readonly T[];
  labels: Readonly<Record<T, string>>;
  onChange: (value: T) => void;
};

/** A select of fixed choices, each shown by its label: the panel's orders, styles, statuses, fields and decisions. */
export function ChoiceSelect<T extends string>({ value, choices, labels, onChange, ...rest }: Props<T>) {
  return (
    <select {...rest} value={value} onChange={(e) => onChange(e.target.value as T)}>
      {choices.map((choice) => (
        <option key={choice} value={choice}>
          {labels[choice]}
        </option>
      ))}
    </select>
  );
}
