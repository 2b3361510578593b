import type { EventRow } from './case-form.ts';
import { CountrySelect } from './CountrySelect.tsx';
import { SelectField } from './SelectField.tsx';
import { DATE_HINT, TextField } from './TextField.tsx';
import { EVENT_TYPE_OPTIONS, type ErrorFor } from './vocabulary-options.ts';

/** One event of the timeline: what, when (at its precision), where, and in the writer's words. */
export function EventFields({ row, index, errorFor, onChange }: { row: EventRow; index: number; errorFor: ErrorFor; onChange: (patch: Partial<EventRow>) => void }) {
  const at = `events.${index}`;
  return (
    <>
      <SelectField label="What happened" path={`${at}.type`} value={row.type} options={EVENT_TYPE_OPTIONS} onChange={(type) => onChange({ type: type as EventRow['type'] })} />
      <TextField label="Date" path={`${at}.date`} value={row.date} error={errorFor(`${at}.date`)} hint={DATE_HINT} className="narrow" maxLength={10} onChange={(date) => onChange({ date })} />
      <TextField label="Place" path={`${at}.place`} value={row.place} error={errorFor(`${at}.place`)} maxLength={200} onChange={(place) => onChange({ place })} />
      <CountrySelect label="Country" path={`${at}.country`} value={row.country} error={errorFor(`${at}.country`)} onChange={(country) => onChange({ country })} />
      <TextField label="Details" path={`${at}.text`} value={row.text} error={errorFor(`${at}.text`)} multiline className="full" maxLength={4000} onChange={(text) => onChange({ text })} />
    </>
  );
}
