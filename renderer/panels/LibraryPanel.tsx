import { useCallback, useId, useState } from 'react';
import { CasesTab } from './library/CasesTab.tsx';
import { ArchiveTab } from './library/archive/ArchiveTab.tsx';
import { FootnotesTab } from './library/FootnotesTab.tsx';
import { LibraryTabs, LIBRARY_TABS, panelId, tabId, type LibraryTab } from './library/LibraryTabs.tsx';
import { LibraryTransfer } from './library/LibraryTransfer.tsx';
import { OrganisationsTab } from './library/OrganisationsTab.tsx';
import { PeopleTab } from './library/PeopleTab.tsx';
import './library/library.css';
import { libraryMessages } from './library/messages.ts';
import { useMessages } from '../i18n/messages.ts';

/** What the result lists show under a case's name; also used by the insert dialog. */
export { caseStatusLine } from './library/format.ts';

type Notice = { text: string; kind: 'info' | 'error' };

/**
 * The case library in the side column: cases (search as you type in any spelling, filters,
 * recently used), organisations, the people who sign statements and reusable notes, each with a detail view, an editor in a
 * dialog, and delete after a question; under them, export and import of the whole library
 * and its backups. Every change bumps the revision, which makes lists and open records read
 * the library again; an import or a restore also closes whatever was open (generation).
 */
export function LibraryPanel() {
  const m = useMessages(libraryMessages);
  const base = useId();
  const [tab, setTab] = useState<LibraryTab>('cases');
  const [visited, setVisited] = useState<ReadonlySet<LibraryTab>>(() => new Set(['cases']));
  const [revision, setRevision] = useState(0);
  const [generation, setGeneration] = useState(0);
  const [notice, setNotice] = useState<Notice | null>(null);

  /** The library changed (or may have): lists and open records read it again; text, if any, says what happened. */
  const changed = useCallback((text: string | null) => {
    setRevision((r) => r + 1);
    if (text !== null) setNotice({ text, kind: 'info' });
  }, []);
  const replaced = useCallback((text: string) => {
    setRevision((r) => r + 1);
    setGeneration((g) => g + 1);
    setNotice({ text, kind: 'info' });
  }, []);

  const select = (next: LibraryTab) => {
    setTab(next);
    setVisited((previous) => (previous.has(next) ? previous : new Set(previous).add(next)));
  };

  return (
    <section className="panel library-panel" aria-labelledby="library-title">
      <h2 id="library-title">{m.library}</h2>
      <LibraryTabs base={base} selected={tab} onSelect={select} />
      {notice && (
        <div className={`lib-notice lib-notice-${notice.kind}`}>
          <p role={notice.kind === 'error' ? 'alert' : 'status'}>{notice.text}</p>
          <button type="button" className="icon" aria-label={m.dismiss} onClick={() => setNotice(null)}>
            ×
          </button>
        </div>
      )}
      {LIBRARY_TABS.map(({ id }) => (
        <div key={`${id}-${generation}`} id={panelId(base, id)} role="tabpanel" aria-labelledby={tabId(base, id)} hidden={tab !== id}>
          {visited.has(id) && id === 'cases' && <CasesTab revision={revision} onChanged={changed} />}
          {visited.has(id) && id === 'organisations' && <OrganisationsTab revision={revision} onChanged={changed} />}
          {visited.has(id) && id === 'people' && <PeopleTab revision={revision} onChanged={changed} />}
          {visited.has(id) && id === 'notes' && <FootnotesTab revision={revision} onChanged={changed} />}
          {visited.has(id) && id === 'archive' && <ArchiveTab onNotice={(text, kind) => setNotice({ text, kind })} />}
        </div>
      ))}
      <LibraryTransfer onReplaced={replaced} onNotice={(text) => setNotice({ text, kind: 'info' })} onError={(text) => setNotice({ text, kind: 'error' })} />
    </section>
  );
}
