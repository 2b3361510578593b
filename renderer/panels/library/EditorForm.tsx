import { useRef, useState, type ReactNode } from 'react';
import { useMessages } from '../../i18n/messages.ts';
import { DiscardChanges } from './DiscardChanges.tsx';
import { LibraryModal } from './LibraryModal.tsx';
import { libraryMessages } from './messages.ts';
import type { FormState } from './use-record-form.ts';
import { ServiceError } from './ServiceError.tsx';

/**
 * The frame of every record editor: a modal with the fields, and under them what went wrong
 * and Save / Cancel. Enter in a one-line field saves, Ctrl+Enter saves from anywhere, Escape
 * or Cancel closes (asking first when something was changed).
 */
export function EditorForm({
  title,
  what,
  size = 'wide',
  state,
  saveLabel,
  onClose,
  children,
}: {
  title: string;
  /** "this case", for the question before discarding changes. */
  what: string;
  size?: 'normal' | 'wide';
  state: FormState;
  saveLabel?: string;
  onClose: () => void;
  children: ReactNode;
}) {
  const m = useMessages(libraryMessages);
  const formRef = useRef<HTMLFormElement>(null);
  const [asking, setAsking] = useState(false);
  const close = () => (state.dirty ? setAsking(true) : onClose());
  return (
    <>
      <LibraryModal title={title} onCancel={close} size={size}>
        <form
          ref={formRef}
          className="lib-editor"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void state.submit(formRef.current);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
              event.preventDefault();
              void state.submit(formRef.current);
            }
          }}
          onBlur={(event) => {
            const name = (event.target as HTMLElement).getAttribute('name');
            if (name) state.touch(name);
          }}
        >
          <div className="lib-editor-body">{children}</div>
          <div className="lib-editor-footer">
            {state.submitted && state.invalidCount > 0 && (
              <p className="lib-error" role="alert">
                {m.fieldsNeedAttention(state.invalidCount)}
              </p>
            )}
            <ServiceError message={state.serviceError} />
            <div className="dialog-buttons">
              <span className="lib-shortcut-hint muted">{m.shortcuts}</span>
              <button type="submit" className="primary" disabled={state.busy}>
                {saveLabel ?? m.save}
              </button>
              <button type="button" onClick={close}>
                {m.cancel}
              </button>
            </div>
          </div>
        </form>
      </LibraryModal>
      {asking && (
        <DiscardChanges
          what={what}
          onKeep={() => setAsking(false)}
          onDiscard={() => {
            setAsking(false);
            onClose();
          }}
        />
      )}
    </>
  );
}
