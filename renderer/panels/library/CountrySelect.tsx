import { COUNTRY_OPTIONS } from './format.ts';
import { SelectField, type SelectOption } from './SelectField.tsx';

const OPTIONS: SelectOption[] = COUNTRY_OPTIONS.map(({ code, name }) => ({ value: code, label: name }));

/** A country by its ISO code, chosen by its English name; '' is none (or any, in a filter). */
export function CountrySelect({
  label,
  path,
  value,
  onChange,
  error,
  noneLabel = '—',
  className,
}: {
  label: string;
  path: string;
  value: string;
  onChange: (code: string) => void;
  error?: string | undefined;
  noneLabel?: string;
  className?: string;
}) {
  return <SelectField label={label} path={path} value={value} onChange={onChange} error={error} className={className} options={[{ value: '', label: noneLabel }, ...OPTIONS]} />;
}
