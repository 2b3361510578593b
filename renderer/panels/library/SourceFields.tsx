import type { SourceRow } from './case-form.ts';
import { SelectField } from './SelectField.tsx';
import { DATE_HINT, TextField } from './TextField.tsx';
import { RELIABILITY_OPTIONS, type ErrorFor } from './vocabulary-options.ts';

/** One source: where a fact comes from, and how far the writer trusts it. */
export function SourceFields({ row, index, errorFor, onChange }: { row: SourceRow; index: number; errorFor: ErrorFor; onChange: (patch: Partial<SourceRow>) => void }) {
  const at = `sources.${index}`;
  return (
    <>
      <TextField label="Title" path={`${at}.title`} value={row.title} error={errorFor(`${at}.title`)} className="wide" maxLength={500} onChange={(title) => onChange({ title })} />
      <TextField label="Address" path={`${at}.url`} value={row.url} error={errorFor(`${at}.url`)} placeholder="https://" className="wide" inputMode="url" maxLength={2048} onChange={(url) => onChange({ url })} />
      <TextField label="Date" path={`${at}.date`} value={row.date} error={errorFor(`${at}.date`)} hint={DATE_HINT} className="narrow" maxLength={10} onChange={(date) => onChange({ date })} />
      <SelectField label="Reliability" path={`${at}.reliability`} value={row.reliability} options={RELIABILITY_OPTIONS} onChange={(reliability) => onChange({ reliability: reliability as SourceRow['reliability'] })} />
    </>
  );
}
