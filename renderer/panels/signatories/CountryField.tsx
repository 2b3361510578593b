import { useId, useMemo } from 'react';
import { COUNTRY_NAMES } from '../../../core/cases/countries.ts';
import { useMessages } from '../../i18n/messages.ts';
import { signatoryMessages } from './messages.ts';
import './signatories.css';

type Props = { label: string; value: string | null; onChange: (value: string | null) => void; issue?: string | undefined };

/** A country from the app's table, in the interface language; a code the table does not name (from a file) stays choosable. */
export function CountryField({ label, value, onChange, issue }: Props) {
  const m = useMessages(signatoryMessages);
  const id = useId();
  const codes = useMemo(() => {
    const known = Object.keys(COUNTRY_NAMES).sort((a, b) => m.countryIn(a).localeCompare(m.countryIn(b), m.collation));
    return value !== null && !known.includes(value) ? [value, ...known] : known;
  }, [value, m]);
  return (
    <div className="form-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value ?? ''} aria-invalid={issue ? true : undefined} onChange={(e) => onChange(e.target.value === '' ? null : e.target.value)}>
        <option value="">—</option>
        {codes.map((code) => (
          <option key={code} value={code}>
            {m.countryIn(code)}
          </option>
        ))}
      </select>
      {issue && <span className="field-error">{issue}</span>}
    </div>
  );
}
