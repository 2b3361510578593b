import { useState } from 'react';
import type { ImportStarted } from '../../../core/library/transfer.ts';
import { studio } from '../../studio.ts';
import { BackupsDialog } from './BackupsDialog.tsx';
import { ExportDialog } from './ExportDialog.tsx';
import { importSummary, restoredNotice } from './format.ts';
import { ImportConflictsDialog } from './ImportConflictsDialog.tsx';

type Open = { kind: 'export' } | { kind: 'conflicts'; started: ImportStarted } | { kind: 'backups' } | null;

/**
 * The library as a whole: export to a JSON file, import one from a colleague (deciding
 * conflicts record by record), and the automatic backups. Files are chosen in the system's
 * dialogs; the window never sees a path.
 */
export function LibraryTransfer({ onReplaced, onNotice, onError }: { onReplaced: (notice: string) => void; onNotice: (notice: string) => void; onError: (message: string) => void }) {
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
    if (outcome.status === 'imported') onReplaced(importSummary(name, outcome));
    else setOpen({ kind: 'conflicts', started: started.value });
  };

  return (
    <div className="lib-transfer" role="group" aria-label="Library file">
      <button type="button" onClick={() => setOpen({ kind: 'export' })}>
        Export library…
      </button>
      <button type="button" disabled={busy} onClick={() => void importFile()}>
        Import library…
      </button>
      <button type="button" onClick={() => setOpen({ kind: 'backups' })}>
        Backups…
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
            onReplaced(importSummary(open.started.name, outcome));
          }}
        />
      )}
      {open?.kind === 'backups' && (
        <BackupsDialog
          onClose={() => setOpen(null)}
          onRestored={(backup, info) => {
            setOpen(null);
            onReplaced(restoredNotice(backup, info));
          }}
        />
      )}
    </div>
  );
}
