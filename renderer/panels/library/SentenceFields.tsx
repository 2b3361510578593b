import type { SentenceForm } from './case-form.ts';
import { DATE_HINT, TextField } from './TextField.tsx';
import type { ErrorFor } from './vocabulary-options.ts';

/** The sentence, once there is one: as a statement says it, the term in years, suspended or not, and when. */
export function SentenceFields({
  hasSentence,
  sentence,
  errorFor,
  onToggle,
  onChange,
}: {
  hasSentence: boolean;
  sentence: SentenceForm;
  errorFor: ErrorFor;
  onToggle: (on: boolean) => void;
  onChange: (patch: Partial<SentenceForm>) => void;
}) {
  return (
    <fieldset className="lib-rows">
      <legend>Sentence</legend>
      <label className="lib-check">
        <input type="checkbox" checked={hasSentence} onChange={(e) => onToggle(e.target.checked)} /> The person has been sentenced
      </label>
      {hasSentence && (
        <div className="lib-row-fields">
          <TextField label="As statements say it" path="sentence.text" value={sentence.text} error={errorFor('sentence.text')} placeholder="e.g. 23 years in prison" className="wide" maxLength={500} onChange={(text) => onChange({ text })} />
          <TextField label="Years" path="sentence.years" value={sentence.years} error={errorFor('sentence.years')} className="narrow" inputMode="decimal" maxLength={6} onChange={(years) => onChange({ years })} />
          <TextField label="Date" path="sentence.date" value={sentence.date} error={errorFor('sentence.date')} hint={DATE_HINT} className="narrow" maxLength={10} onChange={(date) => onChange({ date })} />
          <label className="lib-check lib-check-inline">
            <input type="checkbox" name="sentence.suspended" checked={sentence.suspended} onChange={(e) => onChange({ suspended: e.target.checked })} /> Suspended
          </label>
        </div>
      )}
    </fieldset>
  );
}
