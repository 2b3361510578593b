import { useState, type ReactNode } from 'react';
import { useMessages } from '../../i18n/messages.ts';
import { LibraryModal } from './LibraryModal.tsx';
import { libraryMessages } from './messages.ts';
import { ServiceError } from './ServiceError.tsx';

/**
 * Asks before something that cannot simply be taken back (deleting, restoring). The focus
 * starts on Cancel, so Enter alone never destroys anything; a failure is shown here and the
 * question stays open.
 */
export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  onConfirm,
  onCancel,
}: {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  /** Resolves to an error message to show, or null when done. */
  onConfirm: () => Promise<string | null>;
  onCancel: () => void;
}) {
  const m = useMessages(libraryMessages);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const confirm = async () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    const problem = await onConfirm();
    // On success the owner closes the dialog; only a failure is left to show.
    if (problem !== null) {
      setBusy(false);
      setError(problem);
    }
  };
  return (
    <LibraryModal title={title} onCancel={onCancel} role="alertdialog">
      <div className="dialog-body">{children}</div>
      <ServiceError message={error} />
      <div className="dialog-buttons">
        <button type="button" className="danger-solid" disabled={busy} onClick={() => void confirm()}>
          {confirmLabel}
        </button>
        <button type="button" data-autofocus onClick={onCancel}>
          {m.cancel}
        </button>
      </div>
    </LibraryModal>
  );
}
