import { useId, useMemo } from 'react';
import { COUNTRY_NAMES, countryName } from '../../../core/cases/countries.ts';
import './signatories.css';

type Props = { label: string; value: string | null; onChange: (value: string | null) => void; issue?: string | undefined };

/** A country from the app's table, in English; a code the table does not name (from a file) stays choosable. */
export function CountryField({ label, value, onChange, issue }: Props) {
  const id = useId();
  const codes = useMemo(() => {
    const known = Object.keys(COUNTRY_NAMES).sort((a, b) => countryName(a).localeCompare(countryName(b), 'en'));
    return value !== null && !known.includes(value) ? [value, ...known] : known;
  }, [value]);
  return (
    <div className="form-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value ?? ''} aria-invalid={issue ? true : undefined} onChange={(e) => onChange(e.target.value === '' ? null : e.target.value)}>
        <option value="">—</option>
        {codes.map((code) => (
          <option key={code} value={code}>
            {countryName(code)}
          </option>
        ))}
      </select>
      {issue && <span className="field-error">{issue}</span>}
    </div>
  );
}
