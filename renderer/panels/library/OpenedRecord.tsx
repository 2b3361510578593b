import type { ReactNode } from 'react';
import type { Result } from '../../../core/ipc/result.ts';
import { DetailFrame } from './DetailFrame.tsx';
import { ServiceError } from './ServiceError.tsx';
import { useLibraryRecord } from './use-library-record.ts';

/** A record opened in the column, read again after every change to the library; if it is gone, says so. */
export function OpenedRecord<R>({
  id,
  revision,
  load,
  noun,
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
  noun: string;
  titleOf: (record: R) => string;
  onBack: () => void;
  onEdit: (record: R) => void;
  onDelete: (record: R) => void;
  children: (record: R) => ReactNode;
}) {
  const { record, error } = useLibraryRecord(id, revision, load);
  if (error) {
    return (
      <DetailFrame title={`No such ${noun}`} backLabel="Back to the list" onBack={onBack}>
        <ServiceError message={error} />
      </DetailFrame>
    );
  }
  if (!record) return null;
  return (
    <DetailFrame title={titleOf(record)} backLabel="Back to the list" onBack={onBack} onEdit={() => onEdit(record)} onDelete={() => onDelete(record)}>
      {children(record)}
    </DetailFrame>
  );
}
