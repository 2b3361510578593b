import { useMessages } from '../../i18n/messages.ts';
import { signatoryMessages } from './messages.ts';
import './signatories.css';

/** A dialog form's Add (or Save) and Cancel. */
export function FormButtons({ submit, onCancel, busy = false }: { submit: string; onCancel: () => void; busy?: boolean }) {
  const m = useMessages(signatoryMessages);
  return (
    <div className="dialog-buttons">
      <button type="submit" className="primary" disabled={busy}>
        {submit}
      </button>
      <button type="button" onClick={onCancel}>
        {m.cancel}
      </button>
    </div>
  );
}
