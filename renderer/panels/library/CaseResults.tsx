import { useEffect, useState, type KeyboardEvent, type RefObject } from 'react';
import { dateYear } from '../../../core/cases/dates.ts';
import type { CaseSummary } from '../../../core/library/api.ts';
import { useMessages } from '../../i18n/messages.ts';
import { studio } from '../../studio.ts';
import { caseMessages } from './case-messages.ts';
import { caseQuery, RECENT_LIMIT, RESULT_LIMIT, type CaseSearchState } from './case-search.ts';
import { caseStatusLine } from './format.ts';
import { useUiLocale } from './use-ui-locale.ts';

/** Waits this long after the last keystroke before searching, so typing stays smooth. */
const TYPING_PAUSE_MS = 120;

/** Which list is shown; its heading and empty text are said in the interface language when drawn. */
type Listing = { kind: 'recent' | 'all' | 'results'; cases: CaseSummary[]; error: string | null };

/** Moves the focus between the result buttons with the arrow keys. */
export function moveFocus(list: HTMLElement | null, event: KeyboardEvent, selector = 'button.library-case-open'): void {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const buttons = [...(list?.querySelectorAll<HTMLElement>(selector) ?? [])];
  const at = buttons.indexOf(document.activeElement as HTMLElement);
  const next = buttons[event.key === 'ArrowDown' ? at + 1 : at - 1];
  if (next) {
    event.preventDefault();
    next.focus();
  }
}

/**
 * The cases the search asks for, as instant results: with nothing typed, the recently used
 * ones. Each is a button that opens the case; confidential cases carry a flag.
 */
export function CaseResults({
  search,
  revision,
  listRef,
  focusId,
  onFocused,
  onOpen,
  onShowAll,
}: {
  search: CaseSearchState;
  revision: number;
  listRef: RefObject<HTMLUListElement | null>;
  /** A case to give the focus to once it is listed (coming back from it). */
  focusId: string | null;
  onFocused: () => void;
  onOpen: (id: string) => void;
  onShowAll: (on: boolean) => void;
}) {
  const m = useMessages(caseMessages);
  const locale = useUiLocale();
  const [listing, setListing] = useState<Listing | null>(null);
  const query = caseQuery(search);
  const key = JSON.stringify(query);

  useEffect(() => {
    let current = true;
    const asked = JSON.parse(key) as ReturnType<typeof caseQuery>;
    if (asked.kind === 'invalid') return;
    const typing = asked.kind === 'search' && asked.request.query !== '';
    const timer = window.setTimeout(
      () => {
        const answer = asked.kind === 'recent' ? studio.library.recentCases({ limit: RECENT_LIMIT }) : studio.library.search(asked.request);
        void answer.then((result) => {
          if (!current) return;
          const kind = asked.kind === 'recent' ? 'recent' : asked.heading;
          setListing(result.ok ? { kind, cases: result.value, error: null } : { kind, cases: [], error: result.message });
        });
      },
      typing ? TYPING_PAUSE_MS : 0,
    );
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [key, revision]);

  useEffect(() => {
    if (focusId === null || listing === null) return;
    listRef.current?.querySelector<HTMLElement>(`[data-case-id="${CSS.escape(focusId)}"]`)?.focus();
    onFocused();
  }, [focusId, listing, listRef, onFocused]);

  if (query.kind === 'invalid') return <p className="muted lib-results-note">{m.fixDateFilter}</p>;
  if (!listing) return null;
  const heading = { recent: m.recentlyUsed, all: m.allCases, results: m.results }[listing.kind];
  const empty = { recent: m.recentEmpty, all: m.libraryEmpty, results: m.noMatch }[listing.kind];
  const full = listing.cases.length >= RESULT_LIMIT;
  return (
    <div className="lib-results">
      <div className="lib-results-head">
        {listing.cases.length > 0 && (
          <h3 className="library-panel-heading">
            {heading}
            {listing.kind !== 'recent' && <span className="count"> {full ? m.firstN(RESULT_LIMIT) : listing.cases.length}</span>}
          </h3>
        )}
        {query.kind === 'recent' && (
          <button type="button" className="lib-link" onClick={() => onShowAll(true)}>
            {m.allCases}
          </button>
        )}
        {search.showAll && query.kind === 'search' && search.query.trim() === '' && (
          <button type="button" className="lib-link" onClick={() => onShowAll(false)}>
            {m.recentlyUsed}
          </button>
        )}
      </div>
      <ul ref={listRef} className="library-case-list" aria-label={heading} onKeyDown={(e) => moveFocus(listRef.current, e)}>
        {listing.cases.map((summary) => (
          <li key={summary.id} className={summary.confidential ? 'is-confidential' : undefined}>
            <button type="button" className="library-case-open" data-case-id={summary.id} onClick={() => onOpen(summary.id)}>
              <span className="lib-case-title">
                <span className="library-case-name">{summary.displayName}</span>
                {summary.birthDate && <span className="lib-case-year"> ({dateYear(summary.birthDate)})</span>}
              </span>
              {summary.confidential && <span className="lib-badge-confidential">{m.confidential}</span>}
              <span className="library-case-status">{caseStatusLine(summary, { confidential: false, locale })}</span>
            </button>
          </li>
        ))}
      </ul>
      {listing.cases.length === 0 && (
        <p className="muted" role="status">
          {listing.error ?? empty}
        </p>
      )}
      {full && <p className="muted lib-results-note">{m.onlyFirst(RESULT_LIMIT)}</p>}
    </div>
  );
}
