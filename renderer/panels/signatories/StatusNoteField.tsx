import { useState } from 'react';
import type { Signatory } from '../../../core/signatories/signatory.ts';
import { useMessages } from '../../i18n/messages.ts';
import { signatoryMessages } from './messages.ts';
import './signatories.css';

type Props = { signatory: Signatory; label: string; onDone: (note: string | null) => void };

/** After a status change: who confirmed and how ("confirmed by e-mail from Nadejda"), never printed. Enter keeps it, Escape leaves it. */
export function StatusNoteField({ signatory, label, onDone }: Props) {
  const m = useMessages(signatoryMessages);
  const [note, setNote] = useState(signatory.statusNote);
  return (
    <div className="status-note">
      <input
        type="text"
        autoFocus
        maxLength={500}
        aria-label={m.noteOnStatusOf(label)}
        placeholder={m.noteHint(signatory.status)}
        value={note}
        onChange={(e) => setNote(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            onDone(note);
          } else if (e.key === 'Escape') {
            e.preventDefault();
            e.stopPropagation();
            onDone(null);
          }
        }}
      />
      <button type="button" className="small" onClick={() => onDone(note)}>
        {m.keepNote}
      </button>
      <button type="button" className="small" onClick={() => onDone(null)}>
        {m.noNote}
      </button>
    </div>
  );
}
