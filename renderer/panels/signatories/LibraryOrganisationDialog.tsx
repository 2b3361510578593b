import { useEffect, useId, useState } from 'react';
import { countryName } from '../../../core/cases/countries.ts';
import type { OrganisationRecord } from '../../../core/cases/organisation.ts';
import { signatoryFromOrganisation } from '../../../core/signatories/roster.ts';
import type { OrganisationSignatory, Signatory } from '../../../core/signatories/signatory.ts';
import { Modal } from '../../app/Modal.tsx';
import { optionId, SearchCombobox } from '../../app/SearchCombobox.tsx';
import { studio } from '../../studio.ts';
import { findOnList, type ListMatch } from './library-match.ts';
import { shortName } from './list-edits.ts';
import './signatories.css';

const TYPING_PAUSE_MS = 120;

type Props = {
  list: readonly Signatory[];
  newId: () => string;
  onAdd: (signatory: OrganisationSignatory) => void;
  onCancel: () => void;
};

/**
 * Add an organisation from the library: its names in English and Russian, abbreviation and
 * country come with it, linked to the record. One already on the list is named before it is
 * added a second time. The dialog stays open, to add several.
 */
export function LibraryOrganisationDialog({ list, newId, onAdd, onCancel }: Props) {
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<OrganisationRecord[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  const [duplicate, setDuplicate] = useState<{ record: OrganisationRecord; match: ListMatch } | null>(null);
  const [added, setAdded] = useState<string | null>(null);
  const listId = useId();

  useEffect(() => {
    let current = true;
    const text = query.trim();
    const timer = window.setTimeout(
      () =>
        void studio.library.listOrganisations(text === '' ? {} : { query: text }).then((answer) => {
          if (!current) return;
          setResults(answer.ok ? answer.value : []);
          setError(answer.ok ? null : answer.message);
          setActive(0);
        }),
      text === '' ? 0 : TYPING_PAUSE_MS,
    );
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query]);

  const choose = (record: OrganisationRecord | undefined, anyway = false) => {
    if (!record) return;
    const match = findOnList(list, record);
    setDuplicate(match && !anyway ? { record, match } : null);
    if (match && !anyway) return setAdded(null);
    const signatory = signatoryFromOrganisation(record, newId());
    onAdd(signatory);
    setAdded(`Added ${shortName(signatory)} (invited).`);
  };

  return (
    <Modal title="Add an organisation from the library" onCancel={onCancel} className="signatory-dialog">
      <SearchCombobox
        label="Search organisations"
        placeholder="Name or abbreviation, in English or Russian"
        value={query}
        onChange={(value) => {
          setQuery(value);
          setDuplicate(null);
        }}
        listId={listId}
        count={results?.length ?? 0}
        active={active}
        setActive={setActive}
        onEnter={() => choose(results?.[active])}
      />
      <ul id={listId} className="library-organisation-results" role="listbox" aria-label="Organisations">
        {results?.map((record, i) => (
          <li
            key={record.id}
            id={optionId(listId, i)}
            role="option"
            aria-selected={i === active}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => {
              setActive(i);
              choose(record);
            }}
          >
            <strong>
              {record.fullName}
              {record.abbreviation !== '' && ` (${record.abbreviation})`}
            </strong>
            <span className="muted">{[record.country && countryName(record.country), record.names.find((n) => n.language === 'ru')?.nominative].filter(Boolean).join(' · ')}</span>
          </li>
        ))}
      </ul>
      {results !== null && results.length === 0 && (
        <p className="muted" role="status">
          {error ?? (query.trim() === '' ? 'The library has no organisations yet.' : 'No organisation matches.')}
        </p>
      )}
      {duplicate && (
        <div className="problem warning duplicate-notice" role="alert">
          <p>
            {duplicate.record.fullName} is already on the list as {shortName(duplicate.match.signatory)} ({duplicate.match.reason}).
          </p>
          <button type="button" onClick={() => choose(duplicate.record, true)}>
            Add it again
          </button>
        </div>
      )}
      <p className="muted" role="status">
        {added}
      </p>
      <div className="dialog-buttons">
        <button type="button" onClick={onCancel}>
          Done
        </button>
      </div>
    </Modal>
  );
}
