import { LibraryModal } from './LibraryModal.tsx';

/** Closing an editor with changes asks first: Escape or Keep editing returns to the form as it was. */
export function DiscardChanges({ what, onDiscard, onKeep }: { what: string; onDiscard: () => void; onKeep: () => void }) {
  return (
    <LibraryModal title="Discard your changes?" onCancel={onKeep} role="alertdialog">
      <div className="dialog-body">
        <p>The changes to {what} have not been saved.</p>
      </div>
      <div className="dialog-buttons">
        <button type="button" className="danger" onClick={onDiscard}>
          Discard changes
        </button>
        <button type="button" className="primary" data-autofocus onClick={onKeep}>
          Keep editing
        </button>
      </div>
    </LibraryModal>
  );
}
