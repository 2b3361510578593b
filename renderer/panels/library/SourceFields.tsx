import { useMessages } from '../../i18n/messages.ts';
import { caseMessages } from './case-messages.ts';
import { libraryMessages } from './messages.ts';
import type { SourceRow } from './case-form.ts';
import { SelectField } from './SelectField.tsx';
import { TextField } from './TextField.tsx';
import { useUiLocale } from './use-ui-locale.ts';
import { RELIABILITY_OPTIONS, type ErrorFor } from './vocabulary-options.ts';

/** One source: where a fact comes from, and how far the writer trusts it. */
export function SourceFields({ row, index, errorFor, onChange }: { row: SourceRow; index: number; errorFor: ErrorFor; onChange: (patch: Partial<SourceRow>) => void }) {
  const m = useMessages(caseMessages);
  const common = useMessages(libraryMessages);
  const locale = useUiLocale();
  const at = `sources.${index}`;
  return (
    <>
      <TextField label={m.title} path={`${at}.title`} value={row.title} error={errorFor(`${at}.title`)} className="wide" maxLength={500} onChange={(title) => onChange({ title })} />
      <TextField label={m.address} path={`${at}.url`} value={row.url} error={errorFor(`${at}.url`)} placeholder="https://" className="wide" inputMode="url" maxLength={2048} onChange={(url) => onChange({ url })} />
      <TextField label={m.date} path={`${at}.date`} value={row.date} error={errorFor(`${at}.date`)} hint={common.dateHint} className="narrow" maxLength={10} onChange={(date) => onChange({ date })} />
      <SelectField
        label={m.reliability}
        path={`${at}.reliability`}
        value={row.reliability}
        options={RELIABILITY_OPTIONS[locale]}
        onChange={(reliability) => onChange({ reliability: reliability as SourceRow['reliability'] })} />
    </>
  );
}
