import type { RecoveryEntry } from '../../core/ipc/contract.ts';
import { Dialog } from './Dialog.tsx';
import { importMessages } from './import-messages.ts';
import type { Prompt } from './use-document-session.ts';
import { useMemo, useState } from 'react';
import { sourceOfStatement } from '../../core/archive/statement-passages.ts';
import { CaseSuggestionsDialog } from '../panels/library/archive/CaseSuggestionsDialog.tsx';
import { caseSuggestionMessages } from '../panels/library/archive/case-suggestions-messages.ts';
import { useMessages } from '../i18n/messages.ts';
import { currentUiLocale } from '../i18n/ui-locale-store.ts';
import { appMessages } from './messages.ts';

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
  const m = useMessages(appMessages);
  switch (prompt.kind) {
    case 'error':
      return (
        <Dialog title={prompt.title} role="alertdialog" actions={[{ label: m.ok, primary: true, onClick: actions.dismiss }]}>
          <p className="prompt-message">{prompt.message}</p>
        </Dialog>
      );
    case 'message':
      return (
        <Dialog title={prompt.title} actions={[{ label: m.ok, primary: true, onClick: actions.dismiss }]}>
          <p className="prompt-message">{prompt.message}</p>
        </Dialog>
      );
    case 'report':
      return <ImportReport prompt={prompt} dismiss={actions.dismiss} />;
    case 'unsaved':
      return (
        <Dialog
          title={m.saveChangesTitle}
          role="alertdialog"
          actions={[
            { label: m.save, primary: true, onClick: () => void actions.saveThenProceed(prompt.proceed) },
            { label: m.dontSave, danger: true, onClick: () => void actions.discardThenProceed(prompt.proceed) },
            { label: m.cancel, onClick: actions.dismiss },
          ]}
        >
          <p>{m.changesLost}</p>
        </Dialog>
      );
    case 'changed-on-disk':
      return (
        <Dialog
          title={m.changedOnDiskTitle}
          role="alertdialog"
          actions={[
            { label: m.saveAs, primary: true, onClick: () => (actions.dismiss(), void actions.saveAs()) },
            { label: m.overwrite, danger: true, onClick: () => void actions.overwriteExternalChange() },
            { label: m.cancel, onClick: actions.dismiss },
          ]}
        >
          <p className="prompt-message">{prompt.message}</p>
          <p>{m.changedOnDiskChoice}</p>
        </Dialog>
      );
    case 'recovery':
      return <RecoveryPrompt entries={prompt.entries} actions={actions} />;
  }
}

/** What an import recognised; an imported statement can go on to suggest cases for the library. */
function ImportReport({ prompt, dismiss }: { prompt: Extract<Prompt, { kind: 'report' }>; dismiss(): void }) {
  const m = useMessages(appMessages);
  const suggestions = useMessages(caseSuggestionMessages);
  const importText = useMessages(importMessages);
  const [suggesting, setSuggesting] = useState(false);
  const source = useMemo(() => (prompt.statement ? sourceOfStatement(prompt.statement) : null), [prompt.statement]);
  // One dialog at a time: the suggestions take the report's place, and closing them closes both.
  if (suggesting && source) return <CaseSuggestionsDialog source={source} onClose={dismiss} />;
  const suggest = source ? [{ label: suggestions.suggestFromImport, onClick: () => setSuggesting(true) }] : [];
  return (
    <Dialog title={prompt.title} actions={[...suggest, ...(prompt.undo ? [{ label: importText.undoImport, onClick: prompt.undo }] : []), { label: m.ok, primary: true, onClick: dismiss }]}>
      <p className="prompt-message">{prompt.summary}</p>
      {prompt.lines.length > 0 && (
        <ul className="report-lines" aria-label={m.importReport}>
          {prompt.lines.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      )}
    </Dialog>
  );
}

function RecoveryPrompt({ entries, actions }: { entries: RecoveryEntry[]; actions: Actions }) {
  const m = useMessages(appMessages);
  const [left, setLeft] = useState(entries);
  const done = (entry: RecoveryEntry) => {
    const rest = left.filter((e) => e !== entry);
    setLeft(rest);
    if (rest.length === 0) actions.dismiss();
  };
  return (
    <Dialog title={m.restoreTitle} actions={[{ label: m.later, onClick: actions.dismiss }]}>
      <p>{m.restoreIntro}</p>
      <ul className="recovery-list">
        {left.map((entry) => (
          <li key={entry.recoveryId}>
            <div>
              <strong>{entry.title || entry.name}</strong>
              <span className="muted">
                {entry.path ?? m.neverSaved} · {new Date(entry.savedAt).toLocaleString(currentUiLocale())}
              </span>
            </div>
            <button type="button" className="primary" onClick={() => (actions.dismiss(), void actions.restore(entry))}>
              {m.restore}
            </button>
            <button type="button" className="danger" onClick={() => (done(entry), void actions.discardRecovery(entry))}>
              {m.discard}
            </button>
          </li>
        ))}
      </ul>
    </Dialog>
  );
}
