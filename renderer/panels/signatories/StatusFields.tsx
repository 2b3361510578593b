import { useId } from 'react';
import { SIGNATORY_STATUSES, type SignatoryStatus } from '../../../core/signatories/signatory.ts';
import { ChoiceSelect } from './ChoiceSelect.tsx';
import { FormField } from './FormField.tsx';
import { NOTE_HINTS, STATUS_LABELS } from './labels.ts';
import './signatories.css';

type Props = {
  status: SignatoryStatus;
  note: string;
  onStatus: (status: SignatoryStatus) => void;
  onNote: (note: string) => void;
  noteIssue?: string | undefined;
};

/** Where the signature stands, and the note of who confirmed and how (kept in the file, never printed). */
export function StatusFields({ status, note, onStatus, onNote, noteIssue }: Props) {
  const id = useId();
  return (
    <div className="form-row">
      <div className="form-field">
        <label htmlFor={id}>Status</label>
        <ChoiceSelect id={id} value={status} choices={SIGNATORY_STATUSES} labels={STATUS_LABELS} onChange={onStatus} />
      </div>
      <FormField label="Note on the status (not printed)" value={note} onChange={onNote} issue={noteIssue} hint={`e.g. ${NOTE_HINTS[status]}`} />
    </div>
  );
}
