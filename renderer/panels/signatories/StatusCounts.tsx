import { useMemo } from 'react';
import { countByStatus } from '../../../core/signatories/status-counts.ts';
import { SIGNATORY_STATUSES, type Signatory } from '../../../core/signatories/signatory.ts';
import { STATUS_LABELS } from './labels.ts';
import './signatories.css';

/** "3 confirmed · 2 invited · 1 declined": how the collection of signatures stands. */
export function StatusCounts({ list }: { list: readonly Signatory[] }) {
  const counts = useMemo(() => countByStatus(list), [list]);
  if (counts.total === 0) return <p className="muted signatory-empty">No signatories yet: add them, or import a sign-on form.</p>;
  return (
    <ul className="signatory-counts" aria-label="Signatories by status">
      {SIGNATORY_STATUSES.map((status) => (
        <li key={status} data-status={status} data-zero={counts[status] === 0}>
          <strong>{counts[status].toLocaleString('en')}</strong> {STATUS_LABELS[status].toLowerCase()}
        </li>
      ))}
    </ul>
  );
}
