import { useState } from 'react';
import type { Signatory } from '../../../core/signatories/signatory.ts';
import { NOTE_HINTS } from './labels.ts';
import './signatories.css';

type Props = { signatory: Signatory; label: string; onDone: (note: string | null) => void };

/** After a status change: who confirmed and how ("confirmed by e-mail from Nadejda"), never printed. Enter keeps it, Escape leaves it. */
export function StatusNoteField({ signatory, label, onDone }: Props) {
  const [note, setNote] = useState(signatory.statusNote);
  return (
    <div className="status-note">
      <input
        type="text"
        autoFocus
        maxLength={500}
        aria-label={`Note on the status of ${label} (not printed)`}
        placeholder={NOTE_HINTS[signatory.status]}
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
        Keep note
      </button>
      <button type="button" className="small" onClick={() => onDone(null)}>
        No note
      </button>
    </div>
  );
}
