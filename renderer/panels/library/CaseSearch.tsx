import { useId, useState, type KeyboardEvent } from 'react';
import type { Role, Status } from '../../../core/cases/vocabulary.ts';
import { useMessages } from '../../i18n/messages.ts';
import { caseMessages } from './case-messages.ts';
import { activeFilterCount, filterErrors, filterSummary, NO_FILTERS, type CaseFilters, type CaseSearchState } from './case-search.ts';
import { CountrySelect } from './CountrySelect.tsx';
import { SelectField } from './SelectField.tsx';
import { libraryMessages } from './messages.ts';
import { TextField } from './TextField.tsx';
import { useUiLocale } from './use-ui-locale.ts';
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
  const m = useMessages(caseMessages);
  const common = useMessages(libraryMessages);
  const locale = useUiLocale();
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
        placeholder={m.searchPlaceholder}
        aria-label={m.searchLabel}
        value={state.query}
        onChange={(e) => onChange({ ...state, query: e.target.value })}
        onKeyDown={onKeyDown}
      />
      <div className="lib-search-bar">
        <button type="button" className="lib-filter-toggle" aria-expanded={open} aria-controls={filtersId} onClick={() => setOpen(!open)}>
          {m.filters}
          {count > 0 ? ` (${count})` : ''} <span aria-hidden="true">{open ? '▴' : '▾'}</span>
        </button>
        <button type="button" className="lib-new" onClick={onNew}>
          {m.newCase}
        </button>
      </div>
      {!open && count > 0 && (
        <p className="lib-filter-summary">
          <span className="muted">{m.filtered}</span> {filterSummary(state.filters, locale)}{' '}
          <button type="button" className="lib-link" onClick={() => onChange({ ...state, filters: NO_FILTERS })}>
            {m.clear}
          </button>
        </p>
      )}
      <div id={filtersId} className="lib-filters" hidden={!open} role="group" aria-label={m.filters}>
        <SelectField
          label={m.status}
          path="filter.status"
          value={state.filters.status}
          options={[{ value: '', label: m.anyStatus }, ...STATUS_OPTIONS[locale]]} onChange={(status) => setFilter({ status: status as Status | '' })} />
        <CountrySelect label={m.country} path="filter.country" value={state.filters.country} noneLabel={m.anyCountry} onChange={(country) => setFilter({ country })} />
        <SelectField
          label={m.role}
          path="filter.role"
          value={state.filters.role}
          options={[{ value: '', label: m.anyRole }, ...ROLE_OPTIONS[locale]]} onChange={(role) => setFilter({ role: role as Role | '' })} />
        <TextField label={m.tag} path="filter.tag" value={state.filters.tag} maxLength={80} onChange={(tag) => setFilter({ tag })} />
        <div className="lib-filter-dates">
          <TextField label={m.eventsFrom} path="filter.from" value={state.filters.from} error={errors.from} placeholder={m.yearPlaceholder} maxLength={10} onChange={(from) => setFilter({ from })} />
          <TextField label={m.eventsTo} path="filter.to" value={state.filters.to} error={errors.to} placeholder={m.yearPlaceholder} maxLength={10} onChange={(to) => setFilter({ to })} />
        </div>
        <p className="lib-hint">{m.dates(common.dateHint)}</p>
        <button type="button" disabled={count === 0} onClick={() => setFilter(NO_FILTERS)}>
          {m.clearFilters}
        </button>
      </div>
    </div>
  );
}
