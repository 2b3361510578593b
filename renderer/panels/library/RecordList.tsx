import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { Result } from '../../../core/ipc/result.ts';
import { useMessages } from '../../i18n/messages.ts';
import { moveFocus } from './CaseResults.tsx';
import { libraryMessages } from './messages.ts';

const TYPING_PAUSE_MS = 120;

/**
 * Organisations or notes: a search box with New beside it, and the records that match as
 * buttons that open them (arrow keys move between them).
 */
export function RecordList<R extends { id: string }>({
  label,
  searchLabel,
  placeholder,
  newLabel,
  emptyLibrary,
  query,
  revision,
  list,
  renderItem,
  focusId,
  onFocused,
  onQuery,
  onOpen,
  onNew,
}: {
  label: string;
  searchLabel: string;
  placeholder: string;
  newLabel: string;
  emptyLibrary: string;
  query: string;
  revision: number;
  /** A stable function (module level). */
  list: (query: string) => Promise<Result<R[]>>;
  renderItem: (record: R) => ReactNode;
  focusId: string | null;
  onFocused: () => void;
  onQuery: (query: string) => void;
  onOpen: (id: string) => void;
  onNew: () => void;
}) {
  const m = useMessages(libraryMessages);
  const [listing, setListing] = useState<{ records: R[]; error: string | null } | null>(null);
  const listRef = useRef<HTMLUListElement>(null);

  useEffect(() => {
    let current = true;
    const timer = window.setTimeout(
      () => {
        void list(query.trim()).then((answer) => {
          if (current) setListing(answer.ok ? { records: answer.value, error: null } : { records: [], error: answer.message });
        });
      },
      query.trim() === '' ? 0 : TYPING_PAUSE_MS,
    );
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query, revision, list]);

  useEffect(() => {
    if (focusId === null || listing === null) return;
    listRef.current?.querySelector<HTMLElement>(`[data-record-id="${CSS.escape(focusId)}"]`)?.focus();
    onFocused();
  }, [focusId, listing, onFocused]);

  return (
    <>
      <div className="lib-search">
        <input
          type="search"
          className="library-panel-search"
          placeholder={placeholder}
          aria-label={searchLabel}
          value={query}
          onChange={(e) => onQuery(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown') {
              e.preventDefault();
              listRef.current?.querySelector<HTMLElement>('button.lib-record-open')?.focus();
            }
          }}
        />
        <div className="lib-search-bar">
          <span />
          <button type="button" className="lib-new" onClick={onNew}>
            {newLabel}
          </button>
        </div>
      </div>
      {listing && (
        <div className="lib-results">
          <ul ref={listRef} className="lib-record-list" aria-label={label} onKeyDown={(e) => moveFocus(listRef.current, e, 'button.lib-record-open')}>
            {listing.records.map((record) => (
              <li key={record.id}>
                <button type="button" className="lib-record-open" data-record-id={record.id} onClick={() => onOpen(record.id)}>
                  {renderItem(record)}
                </button>
              </li>
            ))}
          </ul>
          {listing.records.length === 0 && (
            <p className="muted" role="status">
              {listing.error ?? (query.trim() === '' ? emptyLibrary : m.nothingMatches)}
            </p>
          )}
        </div>
      )}
    </>
  );
}
