import { useEffect, useState } from 'react';
import { countryName } from '../../core/cases/countries.ts';
import { ROLES, STATUSES } from '../../core/cases/vocabulary.ts';
import type { CaseSummary } from '../../core/library/api.ts';
import { studio } from '../studio.ts';

/** Waits this long after the last keystroke before searching, so typing stays smooth. */
const TYPING_PAUSE_MS = 120;

/** "detained · journalist · Uzbekistan, Russia": what the result list shows under a name. */
export function caseStatusLine(summary: CaseSummary): string {
  const parts: string[] = [STATUSES[summary.status].en];
  if (summary.roles.length > 0) parts.push(summary.roles.map((role) => ROLES[role].en).join(', '));
  if (summary.countries.length > 0) parts.push(summary.countries.map((code) => countryName(code)).join(', '));
  if (summary.confidential) parts.push('confidential');
  return parts.join(' · ');
}

type Listing = { heading: string; cases: CaseSummary[]; error: string | null };

/**
 * The case library, read-only for now: search as you type (names in any spelling, article
 * numbers, places), and with an empty search box the cases used most recently.
 */
export function LibraryPanel() {
  const [query, setQuery] = useState('');
  const [listing, setListing] = useState<Listing | null>(null);

  useEffect(() => {
    let current = true;
    const text = query.trim();
    const timer = window.setTimeout(
      () => {
        const answer = text === '' ? studio.library.recentCases({ limit: 10 }) : studio.library.search({ query: text, limit: 20 });
        void answer.then((result) => {
          if (!current) return;
          const heading = text === '' ? 'Recently used' : 'Results';
          setListing(result.ok ? { heading, cases: result.value, error: null } : { heading, cases: [], error: result.message });
        });
      },
      text === '' ? 0 : TYPING_PAUSE_MS,
    );
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query]);

  return (
    <section className="panel library-panel" aria-labelledby="library-title">
      <h2 id="library-title">Library</h2>
      <input
        type="search"
        className="library-panel-search"
        placeholder="Search cases: name, article, place"
        aria-label="Search the case library"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      {listing && (
        <>
          {listing.cases.length > 0 && <h3 className="library-panel-heading">{listing.heading}</h3>}
          <ul className="library-case-list" aria-label={listing.heading}>
            {listing.cases.map((summary) => (
              <li key={summary.id}>
                <span className="library-case-name">{summary.displayName}</span>
                <span className="library-case-status">{caseStatusLine(summary)}</span>
              </li>
            ))}
          </ul>
          {listing.cases.length === 0 && (
            <p className="muted" role="status">
              {listing.error ?? (query.trim() === '' ? 'Cases you use appear here.' : 'No case matches.')}
            </p>
          )}
        </>
      )}
    </section>
  );
}
