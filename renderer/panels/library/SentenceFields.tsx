import { useMessages } from '../../i18n/messages.ts';
import { caseMessages } from './case-messages.ts';
import { libraryMessages } from './messages.ts';
import type { SentenceForm } from './case-form.ts';
import { TextField } from './TextField.tsx';
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
  const m = useMessages(caseMessages);
  const common = useMessages(libraryMessages);
  return (
    <fieldset className="lib-rows">
      <legend>{m.sentence}</legend>
      <label className="lib-check">
        <input type="checkbox" checked={hasSentence} onChange={(e) => onToggle(e.target.checked)} /> {m.hasSentence}
      </label>
      {hasSentence && (
        <div className="lib-row-fields">
          <TextField
            label={m.asStatementsSay}
            path="sentence.text"
            value={sentence.text}
            error={errorFor('sentence.text')}
            placeholder={m.sentencePlaceholder} className="wide" maxLength={500} onChange={(text) => onChange({ text })} />
          <TextField label={m.years} path="sentence.years" value={sentence.years} error={errorFor('sentence.years')} className="narrow" inputMode="decimal" maxLength={6} onChange={(years) => onChange({ years })} />
          <TextField label={m.date} path="sentence.date" value={sentence.date} error={errorFor('sentence.date')} hint={common.dateHint} className="narrow" maxLength={10} onChange={(date) => onChange({ date })} />
          <label className="lib-check lib-check-inline">
            <input type="checkbox" name="sentence.suspended" checked={sentence.suspended} onChange={(e) => onChange({ suspended: e.target.checked })} /> {m.suspended}
          </label>
        </div>
      )}
    </fieldset>
  );
}
