import { useEffect, useState } from 'react';
import type { ArchivedStatement } from '../../../../core/archive/archive-api.ts';
import { useMessages } from '../../../i18n/messages.ts';
import { studio } from '../../../studio.ts';
import { DetailFrame } from '../DetailFrame.tsx';
import { ServiceError } from '../ServiceError.tsx';
import { ArchivedStatementDetail, type ArchivedStatementDetailProps } from './ArchivedStatementDetail.tsx';
import { ArchiveImports } from './ArchiveImports.tsx';
import { ArchiveResults } from './ArchiveResults.tsx';
import { archiveMessages } from './messages.ts';
import { useArchiveRevision } from './use-archive-revision.ts';
import { useArchiveSearch } from './use-archive-search.ts';

type Filters = { query: string; from: string; to: string; organisation: string };
const NO_FILTERS: Filters = { query: '', from: '', to: '', organisation: '' };

/**
 * The Archive tab: past statements imported into the library, searched as the writer types
 * (words, names in any spelling, a date range, a signing organisation), newest first; one
 * opens read-only in place of the list, with what can be done with it. `detailActions` adds
 * buttons to that actions row.
 */
export function ArchiveTab({
  onNotice,
  detailActions,
  offerTemplate,
}: {
  onNotice: (text: string, kind: 'info' | 'error') => void;
  detailActions?: (archived: ArchivedStatement) => ArchivedStatementDetailProps['extraActions'];
  offerTemplate?: boolean;
}) {
  const m = useMessages(archiveMessages);
  const revision = useArchiveRevision();
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [openId, setOpenId] = useState<string | null>(null);
  const [opened, setOpened] = useState<{ archived: ArchivedStatement | null; error: string | null }>({ archived: null, error: null });
  const { hits, error } = useArchiveSearch(
    { query: filters.query, organisation: filters.organisation, ...(filters.from ? { from: filters.from } : {}), ...(filters.to ? { to: filters.to } : {}) },
    revision,
  );
  const set = (patch: Partial<Filters>) => setFilters((f) => ({ ...f, ...patch }));
  const searching = filters.query !== '' || filters.organisation !== '' || filters.from !== '' || filters.to !== '';

  useEffect(() => {
    if (openId === null) return;
    let current = true;
    void studio.archive.get({ id: openId }).then((answer) => current && setOpened(answer.ok ? { archived: answer.value, error: null } : { archived: null, error: answer.message }));
    return () => void (current = false);
  }, [openId, revision]);

  if (openId !== null) {
    const back = () => {
      setOpenId(null);
      setOpened({ archived: null, error: null });
    };
    if (opened.error) {
      return (
        <DetailFrame title={m.readOnly} backLabel={m.back} onBack={back}>
          <ServiceError message={opened.error} />
        </DetailFrame>
      );
    }
    if (!opened.archived) return null;
    return (
      <DetailFrame title={opened.archived.title || m.noDate} backLabel={m.back} onBack={back}>
        <ArchivedStatementDetail archived={opened.archived} extraActions={detailActions?.(opened.archived)} offerTemplate={offerTemplate} />
      </DetailFrame>
    );
  }

  return (
    <div className="lib-tab lib-archive-tab">
      <div className="lib-search">
        <input type="search" className="library-panel-search" aria-label={m.searchLabel} placeholder={m.searchPlaceholder} value={filters.query} onChange={(e) => set({ query: e.target.value })} />
        <div className="lib-filter-dates">
          <label className="lib-field">
            <span>{m.from}</span>
            <input type="date" value={filters.from} onChange={(e) => set({ from: e.target.value })} />
          </label>
          <label className="lib-field">
            <span>{m.to}</span>
            <input type="date" value={filters.to} onChange={(e) => set({ to: e.target.value })} />
          </label>
        </div>
        <label className="lib-field">
          <span>{m.organisation}</span>
          <input type="search" placeholder={m.organisationPlaceholder} value={filters.organisation} onChange={(e) => set({ organisation: e.target.value })} />
        </label>
      </div>
      {error && <ServiceError message={error} />}
      {hits && (
        <div className="lib-results">
          <p className="lib-results-note muted" role="status">
            {hits.length === 0 ? (searching ? m.noResults : m.empty) : m.statements(hits.length)}
          </p>
          <ArchiveResults hits={hits} onOpen={setOpenId} />
        </div>
      )}
      <ArchiveImports revision={revision} onNotice={onNotice} />
    </div>
  );
}
