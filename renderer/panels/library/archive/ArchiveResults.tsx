import type { ArchiveHit } from '../../../../core/archive/archive-api.ts';
import { useMessages } from '../../../i18n/messages.ts';
import { archiveMessages } from './messages.ts';
import { Snippet } from './Snippet.tsx';

/** The statements found, newest first: date, title and the words that matched. */
export function ArchiveResults({ hits, onOpen }: { hits: ArchiveHit[]; onOpen: (id: string) => void }) {
  const m = useMessages(archiveMessages);
  return (
    <ul className="lib-record-list lib-archive-results" aria-label={m.statements(hits.length)}>
      {hits.map((hit) => (
        <li key={hit.id}>
          <button type="button" className="lib-record-open" onClick={() => onOpen(hit.id)}>
            <span className="lib-record-line">{hit.date || m.noDate}</span>
            <span className="lib-record-name">{hit.title}</span>
            <Snippet parts={hit.snippet} />
          </button>
        </li>
      ))}
    </ul>
  );
}
