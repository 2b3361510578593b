import './signatories.css';

/** A dialog form's Add (or Save) and Cancel. */
export function FormButtons({ submit, onCancel, busy = false }: { submit: string; onCancel: () => void; busy?: boolean }) {
  return (
    <div className="dialog-buttons">
      <button type="submit" className="primary" disabled={busy}>
        {submit}
      </button>
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
