import { useMessages } from '../../i18n/messages.ts';
import { caseMessages } from './case-messages.ts';
import { libraryMessages } from './messages.ts';
import type { EventRow } from './case-form.ts';
import { CountrySelect } from './CountrySelect.tsx';
import { SelectField } from './SelectField.tsx';
import { TextField } from './TextField.tsx';
import { useUiLocale } from './use-ui-locale.ts';
import { EVENT_TYPE_OPTIONS, type ErrorFor } from './vocabulary-options.ts';

/** One event of the timeline: what, when (at its precision), where, and in the writer's words. */
export function EventFields({ row, index, errorFor, onChange }: { row: EventRow; index: number; errorFor: ErrorFor; onChange: (patch: Partial<EventRow>) => void }) {
  const m = useMessages(caseMessages);
  const common = useMessages(libraryMessages);
  const locale = useUiLocale();
  const at = `events.${index}`;
  return (
    <>
      <SelectField label={m.whatHappened} path={`${at}.type`} value={row.type} options={EVENT_TYPE_OPTIONS[locale]} onChange={(type) => onChange({ type: type as EventRow['type'] })} />
      <TextField label={m.date} path={`${at}.date`} value={row.date} error={errorFor(`${at}.date`)} hint={common.dateHint} className="narrow" maxLength={10} onChange={(date) => onChange({ date })} />
      <TextField label={m.place} path={`${at}.place`} value={row.place} error={errorFor(`${at}.place`)} maxLength={200} onChange={(place) => onChange({ place })} />
      <CountrySelect label={m.country} path={`${at}.country`} value={row.country} error={errorFor(`${at}.country`)} onChange={(country) => onChange({ country })} />
      <TextField label={m.details} path={`${at}.text`} value={row.text} error={errorFor(`${at}.text`)} multiline className="full" maxLength={4000} onChange={(text) => onChange({ text })} />
    </>
  );
}
