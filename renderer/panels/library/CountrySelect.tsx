import { COUNTRY_OPTIONS } from './format.ts';
import { SelectField, type SelectOption } from './SelectField.tsx';
import { useUiLocale } from './use-ui-locale.ts';

const OPTIONS = {
  en: COUNTRY_OPTIONS.en.map(({ code, name }): SelectOption => ({ value: code, label: name })),
  ru: COUNTRY_OPTIONS.ru.map(({ code, name }): SelectOption => ({ value: code, label: name })),
};

/** A country by its ISO code, chosen by its name in the interface language; '' is none (or any, in a filter). */
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
  const locale = useUiLocale();
  return <SelectField label={label} path={path} value={value} onChange={onChange} error={error} className={className} options={[{ value: '', label: noneLabel }, ...OPTIONS[locale]]} />;
}
