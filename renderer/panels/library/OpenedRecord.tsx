import type { ReactNode } from 'react';
import type { Result } from '../../../core/ipc/result.ts';
import { useMessages } from '../../i18n/messages.ts';
import { DetailFrame } from './DetailFrame.tsx';
import { libraryMessages } from './messages.ts';
import { ServiceError } from './ServiceError.tsx';
import { useLibraryRecord } from './use-library-record.ts';

/** A record opened in the column, read again after every change to the library; if it is gone, says so. */
export function OpenedRecord<R>({
  id,
  revision,
  load,
  missingTitle,
  titleOf,
  onBack,
  onEdit,
  onDelete,
  children,
}: {
  id: string;
  revision: number;
  /** A stable function (module level). */
  load: (id: string) => Promise<Result<R>>;
  /** "No such case": the title when the record is gone. */
  missingTitle: string;
  titleOf: (record: R) => string;
  onBack: () => void;
  onEdit: (record: R) => void;
  onDelete: (record: R) => void;
  children: (record: R) => ReactNode;
}) {
  const m = useMessages(libraryMessages);
  const { record, error } = useLibraryRecord(id, revision, load);
  if (error) {
    return (
      <DetailFrame title={missingTitle} backLabel={m.backToList} onBack={onBack}>
        <ServiceError message={error} />
      </DetailFrame>
    );
  }
  if (!record) return null;
  return (
    <DetailFrame title={titleOf(record)} backLabel={m.backToList} onBack={onBack} onEdit={() => onEdit(record)} onDelete={() => onDelete(record)}>
      {children(record)}
    </DetailFrame>
  );
}
