import { useId } from 'react';
import { SIGNATORY_STATUSES, type SignatoryStatus } from '../../../core/signatories/signatory.ts';
import { ChoiceSelect } from './ChoiceSelect.tsx';
import { FormField } from './FormField.tsx';
import { labelsOf } from './labels.ts';
import { useMessages } from '../../i18n/messages.ts';
import { signatoryMessages } from './messages.ts';
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
  const m = useMessages(signatoryMessages);
  const id = useId();
  return (
    <div className="form-row">
      <div className="form-field">
        <label htmlFor={id}>{m.status}</label>
        <ChoiceSelect id={id} value={status} choices={SIGNATORY_STATUSES} labels={labelsOf(SIGNATORY_STATUSES, m.statusLabel)} onChange={onStatus} />
      </div>
      <FormField label={m.statusNote} value={note} onChange={onNote} issue={noteIssue} hint={m.forExample(m.noteHint(status))} />
    </div>
  );
}
