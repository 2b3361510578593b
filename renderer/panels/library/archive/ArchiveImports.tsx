import { useEffect, useState } from 'react';
import type { ArchiveBatch } from '../../../../core/archive/archive-api.ts';
import { useMessages } from '../../../i18n/messages.ts';
import { studio } from '../../../studio.ts';
import { archiveChanged } from './archive-requests.ts';
import { archiveMessages } from './messages.ts';

/** The imports into the archive, newest first, each with its undo. */
export function ArchiveImports({ revision, onNotice }: { revision: number; onNotice: (text: string, kind: 'info' | 'error') => void }) {
  const m = useMessages(archiveMessages);
  const [batches, setBatches] = useState<ArchiveBatch[]>([]);
  useEffect(() => {
    let current = true;
    void studio.archive.imports({}).then((answer) => current && answer.ok && setBatches(answer.value));
    return () => void (current = false);
  }, [revision]);
  if (batches.length === 0) return null;
  const undo = async (batch: ArchiveBatch) => {
    const answer = await studio.archive.undoImport({ batchId: batch.id });
    if (!answer.ok) return onNotice(answer.message, 'error');
    onNotice(m.undone(batch.source, batch.statements), 'info');
    archiveChanged();
  };
  return (
    <details className="lib-archive-imports">
      <summary>
        {m.imports} ({batches.length})
      </summary>
      <ul className="lib-record-list">
        {batches.map((batch) => (
          <li key={batch.id}>
            <span className="lib-record-line">{m.importLine(batch.source, batch.statements, new Date(batch.importedAt).toLocaleString())}</span>
            <button type="button" className="lib-link" onClick={() => void undo(batch)}>
              {m.undoImport}
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
