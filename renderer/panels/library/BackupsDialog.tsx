import { useEffect, useState } from 'react';
import type { BackupInfo, LibraryInfo } from '../../../core/library/api.ts';
import { studio } from '../../studio.ts';
import { ConfirmDialog } from './ConfirmDialog.tsx';
import { backupWhen, formatBytes } from './format.ts';
import { LibraryModal } from './LibraryModal.tsx';
import { ServiceError } from './ServiceError.tsx';

const KIND: Record<BackupInfo['kind'], string> = { daily: 'daily backup', 'before-restore': 'made before a restore', 'before-migration': 'made before an upgrade' };

/**
 * The library's automatic backups, newest first, each of which can replace the library after
 * a confirmation. The library as it is then becomes a backup itself, so a restore can be undone.
 */
export function BackupsDialog({ onRestored, onClose }: { onRestored: (backup: BackupInfo, info: LibraryInfo) => void; onClose: () => void }) {
  const [backups, setBackups] = useState<BackupInfo[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [restoring, setRestoring] = useState<BackupInfo | null>(null);

  useEffect(() => {
    let current = true;
    void studio.library.listBackups({}).then((answer) => {
      if (!current) return;
      if (answer.ok) setBackups([...answer.value].sort((a, b) => b.createdAt.localeCompare(a.createdAt)));
      else setError(answer.message);
    });
    return () => {
      current = false;
    };
  }, []);

  const restore = async (backup: BackupInfo): Promise<string | null> => {
    const answer = await studio.library.restoreBackup({ name: backup.name });
    if (!answer.ok) return answer.message;
    setRestoring(null);
    onRestored(backup, answer.value);
    return null;
  };

  return (
    <>
      <LibraryModal title="Library backups" onCancel={onClose}>
        <div className="dialog-body">
          <p className="muted">The library is backed up once a day when the app starts; the last five are kept.</p>
          <ServiceError message={error} />
          {backups?.length === 0 && <p>No backups yet.</p>}
          {backups && backups.length > 0 && (
            <ul className="lib-backups" aria-label="Backups">
              {backups.map((backup) => (
                <li key={backup.name}>
                  <span className="lib-backup-when">{backupWhen(backup)}</span>
                  <span className="muted">
                    {KIND[backup.kind]} · {formatBytes(backup.bytes)}
                  </span>
                  <button type="button" aria-label={`Restore the backup of ${backupWhen(backup)}`} onClick={() => setRestoring(backup)}>
                    Restore…
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
        <div className="dialog-buttons">
          <button type="button" onClick={onClose}>
            Close
          </button>
        </div>
      </LibraryModal>
      {restoring && (
        <ConfirmDialog title="Restore this backup?" confirmLabel="Restore" onConfirm={() => restore(restoring)} onCancel={() => setRestoring(null)}>
          <p>
            The library will be replaced by the backup of <strong>{backupWhen(restoring)}</strong>. Changes made since then will no longer be in it.
          </p>
          <p className="muted">The library as it is now is backed up first, so you can restore it again from this list.</p>
        </ConfirmDialog>
      )}
    </>
  );
}
