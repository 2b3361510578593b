import { useEffect, useState } from 'react';
import { onArchiveChanged } from './archive-requests.ts';

/** A number that grows each time the archive changes, for lists to read it again. */
export function useArchiveRevision(): number {
  const [revision, setRevision] = useState(0);
  useEffect(() => onArchiveChanged(() => setRevision((r) => r + 1)), []);
  return revision;
}
