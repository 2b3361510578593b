import { useRef, type KeyboardEvent } from 'react';
import { useMessages } from '../../i18n/messages.ts';
import { archiveMessages } from './archive/messages.ts';
import { libraryMessages } from './messages.ts';

export type LibraryTab = 'cases' | 'organisations' | 'people' | 'notes' | 'archive';
export const LIBRARY_TABS: ReadonlyArray<{ id: LibraryTab; label: string }> = [
  { id: 'cases', label: 'Cases' },
  { id: 'organisations', label: 'Organisations' },
  { id: 'people', label: 'People' },
  { id: 'notes', label: 'Notes' },
  { id: 'archive', label: 'Archive' },
];
/** Each tab's name in the catalog (the archive's is in its own). */
const TAB_LABELS = { cases: 'tabCases', organisations: 'tabOrganisations', people: 'tabPeople', notes: 'tabNotes' } as const;
export const tabId = (base: string, tab: LibraryTab) => `${base}-tab-${tab}`;
export const panelId = (base: string, tab: LibraryTab) => `${base}-panel-${tab}`;

/** The kinds of record as tabs; arrow keys, Home and End move between them, as in any tab list. */
export function LibraryTabs({ base, selected, onSelect }: { base: string; selected: LibraryTab; onSelect: (tab: LibraryTab) => void }) {
  const listRef = useRef<HTMLDivElement>(null);
  const archive = useMessages(archiveMessages);
  const m = useMessages(libraryMessages);
  const onKeyDown = (event: KeyboardEvent) => {
    const at = LIBRARY_TABS.findIndex((tab) => tab.id === selected);
    const next =
      event.key === 'ArrowRight' ? (at + 1) % LIBRARY_TABS.length : event.key === 'ArrowLeft' ? (at - 1 + LIBRARY_TABS.length) % LIBRARY_TABS.length : event.key === 'Home' ? 0 : event.key === 'End' ? LIBRARY_TABS.length - 1 : -1;
    if (next < 0) return;
    event.preventDefault();
    const tab = LIBRARY_TABS[next]!;
    onSelect(tab.id);
    listRef.current?.querySelector<HTMLElement>(`#${CSS.escape(tabId(base, tab.id))}`)?.focus();
  };
  return (
    <div ref={listRef} className="lib-tabs" role="tablist" aria-label={m.kindsOfRecord} onKeyDown={onKeyDown}>
      {LIBRARY_TABS.map((tab) => (
        <button
          key={tab.id}
          id={tabId(base, tab.id)}
          type="button"
          role="tab"
          aria-selected={tab.id === selected}
          aria-controls={panelId(base, tab.id)}
          tabIndex={tab.id === selected ? 0 : -1}
          onClick={() => onSelect(tab.id)}
        >
          {tab.id === 'archive' ? archive.tab : m[TAB_LABELS[tab.id]]}
        </button>
      ))}
    </div>
  );
}
