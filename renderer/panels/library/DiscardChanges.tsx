import { useMessages } from '../../i18n/messages.ts';
import { LibraryModal } from './LibraryModal.tsx';
import { libraryMessages } from './messages.ts';

/** Closing an editor with changes asks first: Escape or Keep editing returns to the form as it was. */
export function DiscardChanges({ what, onDiscard, onKeep }: { what: string; onDiscard: () => void; onKeep: () => void }) {
  const m = useMessages(libraryMessages);
  return (
    <LibraryModal title={m.discardTitle} onCancel={onKeep} role="alertdialog">
      <div className="dialog-body">
        <p>{m.notSaved(what)}</p>
      </div>
      <div className="dialog-buttons">
        <button type="button" className="danger" onClick={onDiscard}>
          {m.discard}
        </button>
        <button type="button" className="primary" data-autofocus onClick={onKeep}>
          {m.keepEditing}
        </button>
      </div>
    </LibraryModal>
  );
}
