import { useId, useState, type KeyboardEvent } from 'react';
import type { Role, Status } from '../../../core/cases/vocabulary.ts';
import { activeFilterCount, filterErrors, filterSummary, NO_FILTERS, type CaseFilters, type CaseSearchState } from './case-search.ts';
import { CountrySelect } from './CountrySelect.tsx';
import { SelectField } from './SelectField.tsx';
import { DATE_HINT, TextField } from './TextField.tsx';
import { ROLE_OPTIONS, STATUS_OPTIONS } from './vocabulary-options.ts';

/**
 * The search box (names in any spelling, article numbers, places, words of the timeline) and
 * the filters under a disclosure button, with New case beside them. Down arrow from the box
 * goes to the first result.
 */
export function CaseSearch({
  state,
  onChange,
  onNew,
  onArrowDown,
}: {
  state: CaseSearchState;
  onChange: (state: CaseSearchState) => void;
  onNew: () => void;
  onArrowDown: () => void;
}) {
  const [open, setOpen] = useState(false);
  const filtersId = useId();
  const count = activeFilterCount(state.filters);
  const errors = filterErrors(state.filters);
  const setFilter = (patch: Partial<CaseFilters>) => onChange({ ...state, filters: { ...state.filters, ...patch } });

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      onArrowDown();
    } else if (event.key === 'Escape' && state.query !== '') {
      event.preventDefault();
      onChange({ ...state, query: '' });
    }
  };

  return (
    <div className="lib-search">
      <input
        type="search"
        className="library-panel-search"
        placeholder="Name, article, place…"
        aria-label="Search the case library"
        value={state.query}
        onChange={(e) => onChange({ ...state, query: e.target.value })}
        onKeyDown={onKeyDown}
      />
      <div className="lib-search-bar">
        <button type="button" className="lib-filter-toggle" aria-expanded={open} aria-controls={filtersId} onClick={() => setOpen(!open)}>
          Filters{count > 0 ? ` (${count})` : ''} <span aria-hidden="true">{open ? '▴' : '▾'}</span>
        </button>
        <button type="button" className="lib-new" onClick={onNew}>
          + New case
        </button>
      </div>
      {!open && count > 0 && (
        <p className="lib-filter-summary">
          <span className="muted">Filtered:</span> {filterSummary(state.filters)}{' '}
          <button type="button" className="lib-link" onClick={() => onChange({ ...state, filters: NO_FILTERS })}>
            Clear
          </button>
        </p>
      )}
      <div id={filtersId} className="lib-filters" hidden={!open} role="group" aria-label="Filters">
        <SelectField label="Status" path="filter.status" value={state.filters.status} options={[{ value: '', label: 'any' }, ...STATUS_OPTIONS]} onChange={(status) => setFilter({ status: status as Status | '' })} />
        <CountrySelect label="Country" path="filter.country" value={state.filters.country} noneLabel="any" onChange={(country) => setFilter({ country })} />
        <SelectField label="Role" path="filter.role" value={state.filters.role} options={[{ value: '', label: 'any' }, ...ROLE_OPTIONS]} onChange={(role) => setFilter({ role: role as Role | '' })} />
        <TextField label="Tag" path="filter.tag" value={state.filters.tag} maxLength={80} onChange={(tag) => setFilter({ tag })} />
        <div className="lib-filter-dates">
          <TextField label="Events from" path="filter.from" value={state.filters.from} error={errors.from} placeholder="YYYY" maxLength={10} onChange={(from) => setFilter({ from })} />
          <TextField label="to" path="filter.to" value={state.filters.to} error={errors.to} placeholder="YYYY" maxLength={10} onChange={(to) => setFilter({ to })} />
        </div>
        <p className="lib-hint">Dates: {DATE_HINT}</p>
        <button type="button" disabled={count === 0} onClick={() => setFilter(NO_FILTERS)}>
          Clear filters
        </button>
      </div>
    </div>
  );
}
