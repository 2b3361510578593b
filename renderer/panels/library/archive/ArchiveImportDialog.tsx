import { useEffect, useState } from 'react';
import type { ArchiveImportProgress, ArchiveImportReport } from '../../../../core/archive/archive-api.ts';
import { useMessages } from '../../../i18n/messages.ts';
import { studio } from '../../../studio.ts';
import { Dialog } from '../../../app/Dialog.tsx';
import { archiveChanged } from './archive-requests.ts';
import { archiveMessages } from './messages.ts';

/** How often the window asks how far the import is. */
const PROGRESS_EVERY_MS = 150;
/** Report lines shown; an import of thousands lists its first ones. */
const SHOWN_LINES = 300;

type Step =
  | { kind: 'choose' }
  | { kind: 'running'; progress: ArchiveImportProgress | null }
  | { kind: 'report'; report: ArchiveImportReport; undone: boolean }
  | { kind: 'error'; message: string };

/**
 * File > Import an Archive…: a file or a folder is chosen, read and stored by the main process
 * and the library's worker while this dialog shows how far it is; then the report, with
 * "Undo this import". The window stays free the whole time: the work runs elsewhere.
 */
export function ArchiveImportDialog({ onClose }: { onClose: () => void }) {
  const m = useMessages(archiveMessages);
  const [step, setStep] = useState<Step>({ kind: 'choose' });

  useEffect(() => {
    if (step.kind !== 'running') return;
    const timer = setInterval(() => {
      void studio.archive.importProgress({}).then((answer) => {
        if (answer.ok && answer.value.phase !== 'idle') setStep((s) => (s.kind === 'running' ? { kind: 'running', progress: answer.value } : s));
      });
    }, PROGRESS_EVERY_MS);
    return () => clearInterval(timer);
  }, [step.kind]);

  const start = async (from: 'file' | 'folder') => {
    setStep({ kind: 'running', progress: null });
    const answer = await studio.archive.import({ from });
    if (!answer.ok) {
      if (answer.code === 'CANCELLED') setStep({ kind: 'choose' });
      else setStep({ kind: 'error', message: answer.message });
      return;
    }
    if (answer.value.batch) archiveChanged();
    setStep({ kind: 'report', report: answer.value, undone: false });
  };

  if (step.kind === 'choose') {
    return (
      <Dialog
        title={m.chooseTitle}
        actions={[
          { label: m.chooseFile, primary: true, onClick: () => void start('file') },
          { label: m.chooseFolder, onClick: () => void start('folder') },
          { label: m.cancel, onClick: onClose },
        ]}
      >
        <p>{m.chooseText}</p>
      </Dialog>
    );
  }
  if (step.kind === 'running') {
    const p = step.progress;
    const label = p === null ? m.starting : p.phase === 'storing' ? m.storing(p.total) : m.reading(p.done, p.total, p.file);
    return (
      <Dialog title={m.chooseTitle} actions={[]}>
        <p role="status">{label}</p>
        <progress className="archive-progress" aria-label={m.progressLabel} max={p?.total || 1} value={p?.phase === 'storing' ? undefined : (p?.done ?? 0)} />
      </Dialog>
    );
  }
  if (step.kind === 'error') {
    return (
      <Dialog title={m.importFailed} role="alertdialog" actions={[{ label: m.ok, primary: true, onClick: onClose }]}>
        <p className="prompt-message">{step.message}</p>
      </Dialog>
    );
  }
  const { report } = step;
  const batch = report.batch;
  const undo = async () => {
    if (!batch) return;
    const answer = await studio.archive.undoImport({ batchId: batch.id });
    if (!answer.ok) return setStep({ kind: 'error', message: answer.message });
    archiveChanged();
    setStep({ kind: 'report', report, undone: true });
  };
  if (!batch) {
    return (
      <Dialog title={m.failedTitle} role="alertdialog" actions={[{ label: m.ok, primary: true, onClick: onClose }]}>
        <p className="prompt-message">{m.failedSummary(report.failures.length)}</p>
        <ul className="report-lines" aria-label={m.failedTitle}>
          {report.failures.slice(0, SHOWN_LINES).map((f, i) => (
            <li key={i}>
              {f.file}
              {f.line === null ? '' : `:${f.line}`}: {f.message}
            </li>
          ))}
        </ul>
      </Dialog>
    );
  }
  return (
    <Dialog
      title={m.importedTitle}
      // OK last: Escape runs the last action, and must never undo an import.
      actions={step.undone ? [{ label: m.ok, primary: true, onClick: onClose }] : [{ label: m.undoImport, danger: true, onClick: () => void undo() }, { label: m.ok, primary: true, onClick: onClose }]}
    >
      <p className="prompt-message" role="status">
        {step.undone ? m.undoneImport : m.importedSummary(batch.statements, report.files, (report.millis / 1000).toFixed(1))}
      </p>
      {!step.undone && (
        <ul className="report-lines" aria-label={m.importedTitle}>
          {report.statements.slice(0, SHOWN_LINES).map((s, i) => (
            <li key={i}>
              {s.date} “{s.title}”: {s.summary}
            </li>
          ))}
        </ul>
      )}
    </Dialog>
  );
}
