import { useEffect, useState } from 'react';
import type { BackupInfo, LibraryInfo } from '../../../core/library/api.ts';
import { useMessages } from '../../i18n/messages.ts';
import { studio } from '../../studio.ts';
import { ConfirmDialog } from './ConfirmDialog.tsx';
import { backupWhen, formatBytes } from './format.ts';
import { LibraryModal } from './LibraryModal.tsx';
import { libraryMessages } from './messages.ts';
import { ServiceError } from './ServiceError.tsx';
import { transferMessages } from './transfer-messages.ts';
import { useUiLocale } from './use-ui-locale.ts';

const KIND = { daily: 'kindDaily', 'before-restore': 'kindBeforeRestore', 'before-migration': 'kindBeforeMigration' } as const satisfies Record<BackupInfo['kind'], keyof (typeof transferMessages)['en']>;

/**
 * The library's automatic backups, newest first, each of which can replace the library after
 * a confirmation. The library as it is then becomes a backup itself, so a restore can be undone.
 */
export function BackupsDialog({ onRestored, onClose }: { onRestored: (backup: BackupInfo, info: LibraryInfo) => void; onClose: () => void }) {
  const m = useMessages(transferMessages);
  const common = useMessages(libraryMessages);
  const locale = useUiLocale();
  const when = (backup: BackupInfo) => backupWhen(backup, locale);
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
      <LibraryModal title={m.backupsTitle} onCancel={onClose}>
        <div className="dialog-body">
          <p className="muted">{m.backupsExplained}</p>
          <ServiceError message={error} />
          {backups?.length === 0 && <p>{m.noBackups}</p>}
          {backups && backups.length > 0 && (
            <ul className="lib-backups" aria-label={m.backupsList}>
              {backups.map((backup) => (
                <li key={backup.name}>
                  <span className="lib-backup-when">{when(backup)}</span>
                  <span className="muted">
                    {m[KIND[backup.kind]]} · {formatBytes(backup.bytes, locale)}
                  </span>
                  <button type="button" aria-label={m.restoreThe(when(backup))} onClick={() => setRestoring(backup)}>
                    {m.restoreAsk}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
        <div className="dialog-buttons">
          <button type="button" onClick={onClose}>
            {common.close}
          </button>
        </div>
      </LibraryModal>
      {restoring && (
        <ConfirmDialog title={m.restoreTitle} confirmLabel={m.restore} onConfirm={() => restore(restoring)} onCancel={() => setRestoring(null)}>
          <p>
            {m.restoreReplaces} <strong>{when(restoring)}</strong>
            {m.restoreLoses}
          </p>
          <p className="muted">{m.restoreUndoable}</p>
        </ConfirmDialog>
      )}
    </>
  );
}
