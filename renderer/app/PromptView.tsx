import type { RecoveryEntry } from '../../core/ipc/contract.ts';
import { Dialog } from './Dialog.tsx';
import type { Prompt } from './use-document-session.ts';
import { useState } from 'react';

type Actions = {
  dismiss(): void;
  saveThenProceed(proceed: () => Promise<void>): Promise<void>;
  discardThenProceed(proceed: () => Promise<void>): Promise<void>;
  overwriteExternalChange(): Promise<void>;
  saveAs(): Promise<unknown>;
  restore(entry: RecoveryEntry): Promise<void>;
  discardRecovery(entry: RecoveryEntry): Promise<void>;
};

/** Shows the one question the window is asking. */
export function PromptView({ prompt, actions }: { prompt: Prompt; actions: Actions }) {
  switch (prompt.kind) {
    case 'error':
      return (
        <Dialog title={prompt.title} role="alertdialog" actions={[{ label: 'OK', primary: true, onClick: actions.dismiss }]}>
          <p className="prompt-message">{prompt.message}</p>
        </Dialog>
      );
    case 'message':
      return (
        <Dialog title={prompt.title} actions={[{ label: 'OK', primary: true, onClick: actions.dismiss }]}>
          <p className="prompt-message">{prompt.message}</p>
        </Dialog>
      );
    case 'report':
      return (
        <Dialog title={prompt.title} actions={[{ label: 'OK', primary: true, onClick: actions.dismiss }]}>
          <p className="prompt-message">{prompt.summary}</p>
          {prompt.lines.length > 0 && (
            <ul className="report-lines" aria-label="Import report">
              {prompt.lines.map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ul>
          )}
        </Dialog>
      );
    case 'unsaved':
      return (
        <Dialog
          title="Save changes to this statement?"
          role="alertdialog"
          actions={[
            { label: 'Save', primary: true, onClick: () => void actions.saveThenProceed(prompt.proceed) },
            { label: 'Don’t Save', danger: true, onClick: () => void actions.discardThenProceed(prompt.proceed) },
            { label: 'Cancel', onClick: actions.dismiss },
          ]}
        >
          <p>Your changes will be lost if you don’t save them.</p>
        </Dialog>
      );
    case 'changed-on-disk':
      return (
        <Dialog
          title="The file changed on disk"
          role="alertdialog"
          actions={[
            { label: 'Save As…', primary: true, onClick: () => (actions.dismiss(), void actions.saveAs()) },
            { label: 'Overwrite', danger: true, onClick: () => void actions.overwriteExternalChange() },
            { label: 'Cancel', onClick: actions.dismiss },
          ]}
        >
          <p className="prompt-message">{prompt.message}</p>
          <p>Save your version under another name, overwrite the other program’s changes, or cancel.</p>
        </Dialog>
      );
    case 'recovery':
      return <RecoveryPrompt entries={prompt.entries} actions={actions} />;
  }
}

function RecoveryPrompt({ entries, actions }: { entries: RecoveryEntry[]; actions: Actions }) {
  const [left, setLeft] = useState(entries);
  const done = (entry: RecoveryEntry) => {
    const rest = left.filter((e) => e !== entry);
    setLeft(rest);
    if (rest.length === 0) actions.dismiss();
  };
  return (
    <Dialog title="Restore unsaved work?" actions={[{ label: 'Later', onClick: actions.dismiss }]}>
      <p>Statement Studio closed without saving these statements. Their last changes were kept:</p>
      <ul className="recovery-list">
        {left.map((entry) => (
          <li key={entry.recoveryId}>
            <div>
              <strong>{entry.title || entry.name}</strong>
              <span className="muted">
                {entry.path ?? 'never saved'} · {new Date(entry.savedAt).toLocaleString()}
              </span>
            </div>
            <button type="button" className="primary" onClick={() => (actions.dismiss(), void actions.restore(entry))}>
              Restore
            </button>
            <button type="button" className="danger" onClick={() => (done(entry), void actions.discardRecovery(entry))}>
              Discard
            </button>
          </li>
        ))}
      </ul>
    </Dialog>
  );
}
