import { useMemo } from 'react';
import { countByStatus } from '../../../core/signatories/status-counts.ts';
import { SIGNATORY_STATUSES, type Signatory } from '../../../core/signatories/signatory.ts';
import { useMessages } from '../../i18n/messages.ts';
import { signatoryMessages } from './messages.ts';
import './signatories.css';

/** "3 confirmed · 2 invited · 1 declined": how the collection of signatures stands. */
export function StatusCounts({ list }: { list: readonly Signatory[] }) {
  const m = useMessages(signatoryMessages);
  const counts = useMemo(() => countByStatus(list), [list]);
  if (counts.total === 0) return <p className="muted signatory-empty">{m.noSignatories}</p>;
  return (
    <ul className="signatory-counts" aria-label={m.byStatus}>
      {SIGNATORY_STATUSES.map((status) => (
        <li key={status} data-status={status} data-zero={counts[status] === 0}>
          <strong>{m.number(counts[status])}</strong> {m.statusCount(status, counts[status])}
        </li>
      ))}
    </ul>
  );
}
