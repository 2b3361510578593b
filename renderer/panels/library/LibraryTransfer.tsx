import { useState } from 'react';
import type { ImportStarted } from '../../../core/library/transfer.ts';
import { useMessages } from '../../i18n/messages.ts';
import { currentUiLocale } from '../../i18n/ui-locale-store.ts';
import { studio } from '../../studio.ts';
import { BackupsDialog } from './BackupsDialog.tsx';
import { ExportDialog } from './ExportDialog.tsx';
import { importSummary, restoredNotice } from './format.ts';
import { ImportConflictsDialog } from './ImportConflictsDialog.tsx';
import { transferMessages } from './transfer-messages.ts';

type Open = { kind: 'export' } | { kind: 'conflicts'; started: ImportStarted } | { kind: 'backups' } | null;

/**
 * The library as a whole: export to a JSON file, import one from a colleague (deciding
 * conflicts record by record), and the automatic backups. Files are chosen in the system's
 * dialogs; the window never sees a path.
 */
export function LibraryTransfer({ onReplaced, onNotice, onError }: { onReplaced: (notice: string) => void; onNotice: (notice: string) => void; onError: (message: string) => void }) {
  const m = useMessages(transferMessages);
  const [open, setOpen] = useState<Open>(null);
  const [busy, setBusy] = useState(false);

  const importFile = async () => {
    setBusy(true);
    const started = await studio.library.importFile({});
    setBusy(false);
    if (!started.ok) {
      if (started.code !== 'CANCELLED') onError(started.message);
      return;
    }
    const { outcome, name } = started.value;
    if (outcome.status === 'imported') onReplaced(importSummary(name, outcome, currentUiLocale()));
    else setOpen({ kind: 'conflicts', started: started.value });
  };

  return (
    <div className="lib-transfer" role="group" aria-label={m.libraryFile}>
      <button type="button" onClick={() => setOpen({ kind: 'export' })}>
        {m.exportLibrary}
      </button>
      <button type="button" disabled={busy} onClick={() => void importFile()}>
        {m.importLibrary}
      </button>
      <button type="button" onClick={() => setOpen({ kind: 'backups' })}>
        {m.backups}
      </button>
      {open?.kind === 'export' && (
        <ExportDialog
          onCancel={() => setOpen(null)}
          onExported={(notice) => {
            setOpen(null);
            onNotice(notice);
          }}
        />
      )}
      {open?.kind === 'conflicts' && (
        <ImportConflictsDialog
          started={open.started}
          onCancel={() => setOpen(null)}
          onImported={(outcome) => {
            setOpen(null);
            onReplaced(importSummary(open.started.name, outcome, currentUiLocale()));
          }}
        />
      )}
      {open?.kind === 'backups' && (
        <BackupsDialog
          onClose={() => setOpen(null)}
          onRestored={(backup, info) => {
            setOpen(null);
            onReplaced(restoredNotice(backup, info, currentUiLocale()));
          }}
        />
      )}
    </div>
  );
}
