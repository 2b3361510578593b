import { useMessages } from '../../i18n/messages.ts';
import { caseMessages } from './case-messages.ts';
import type { AliasRow } from './case-form.ts';
import { SelectField } from './SelectField.tsx';
import { TextField } from './TextField.tsx';
import { useUiLocale } from './use-ui-locale.ts';
import { ALIAS_KIND_OPTIONS_BY_LOCALE, type ErrorFor } from './vocabulary-options.ts';

/** One other written form of the person's name. */
export function AliasFields({ row, index, errorFor, onChange }: { row: AliasRow; index: number; errorFor: ErrorFor; onChange: (patch: Partial<AliasRow>) => void }) {
  const m = useMessages(caseMessages);
  const locale = useUiLocale();
  const at = `aliases.${index}`;
  return (
    <>
      <TextField label={m.name} path={`${at}.name`} value={row.name} error={errorFor(`${at}.name`)} className="wide" maxLength={200} onChange={(name) => onChange({ name })} />
      <SelectField label={m.kind} path={`${at}.kind`} value={row.kind} options={ALIAS_KIND_OPTIONS_BY_LOCALE[locale]} onChange={(kind) => onChange({ kind: kind as AliasRow['kind'] })} />
      <TextField
        label={m.language}
        path={`${at}.language`}
        value={row.language}
        error={errorFor(`${at}.language`)}
        hint="ru, tk, uz-Latn"
        className="narrow"
        maxLength={20}
        onChange={(language) => onChange({ language })}
      />
    </>
  );
}
