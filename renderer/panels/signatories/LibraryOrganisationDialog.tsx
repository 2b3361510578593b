import { useEffect, useId, useState } from 'react';
import type { OrganisationRecord } from '../../../core/cases/organisation.ts';
import { signatoryFromOrganisation, signatoryFromSigner } from '../../../core/signatories/roster.ts';
import type { Signatory } from '../../../core/signatories/signatory.ts';
import type { SignerRecord } from '../../../core/signatories/signer-record.ts';
import { Modal } from '../../app/Modal.tsx';
import { optionId, SearchCombobox } from '../../app/SearchCombobox.tsx';
import { studio } from '../../studio.ts';
import { findOnList, findPersonOnList, type ListMatch } from './library-match.ts';
import { shortName } from './list-edits.ts';
import { useMessages } from '../../i18n/messages.ts';
import { signatoryMessages } from './messages.ts';
import './signatories.css';

const TYPING_PAUSE_MS = 120;

type Kind = 'organisation' | 'individual';
type Found = { kind: 'organisation'; record: OrganisationRecord } | { kind: 'individual'; record: SignerRecord };

type Props = {
  list: readonly Signatory[];
  newId: () => string;
  onAdd: (signatory: Signatory) => void;
  onCancel: () => void;
};

/** The dialog's words for each kind of record it searches. */
function textOf(m: (typeof signatoryMessages)['en'], kind: Kind) {
  return kind === 'organisation'
    ? { title: m.libraryOrganisationTitle, label: m.libraryOrganisationSearch, placeholder: m.libraryOrganisationPlaceholder, none: m.libraryOrganisationNone, noMatch: m.libraryOrganisationNoMatch, results: m.organisations }
    : { title: m.libraryPersonTitle, label: m.libraryPersonSearch, placeholder: m.libraryPersonPlaceholder, none: m.libraryPersonNone, noMatch: m.libraryPersonNoMatch, results: m.people };
}

const nameOf = (found: Found) => (found.kind === 'organisation' ? found.record.fullName : [found.record.givenName, found.record.familyName].filter(Boolean).join(' '));

async function search(kind: Kind, query: string): Promise<{ results: Found[]; error: string | null }> {
  const args = query === '' ? {} : { query };
  if (kind === 'organisation') {
    const answer = await studio.library.listOrganisations(args);
    return answer.ok ? { results: answer.value.map((record) => ({ kind, record })), error: null } : { results: [], error: answer.message };
  }
  const answer = await studio.library.listSigners(args);
  return answer.ok ? { results: answer.value.map((record) => ({ kind, record })), error: null } : { results: [], error: answer.message };
}

/**
 * Add from the library: an organisation (its names in English and Russian, abbreviation and
 * country come with it) or a person of the roster of signers (names, role, affiliation,
 * country and email), linked to the record. One already on the list is named before it is
 * added a second time. The dialog stays open, to add several.
 */
export function LibraryOrganisationDialog({ list, newId, onAdd, onCancel }: Props) {
  const m = useMessages(signatoryMessages);
  const [kind, setKind] = useState<Kind>('organisation');
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<Found[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  const [duplicate, setDuplicate] = useState<{ found: Found; match: ListMatch } | null>(null);
  const [added, setAdded] = useState<string | null>(null);
  const listId = useId();
  const text = textOf(m, kind);

  useEffect(() => {
    let current = true;
    const trimmed = query.trim();
    const timer = window.setTimeout(
      () =>
        void search(kind, trimmed).then((answer) => {
          if (!current) return;
          setResults(answer.results);
          setError(answer.error);
          setActive(0);
        }),
      trimmed === '' ? 0 : TYPING_PAUSE_MS,
    );
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [kind, query]);

  const choose = (found: Found | undefined, anyway = false) => {
    if (!found) return;
    const match = found.kind === 'organisation' ? findOnList(list, found.record) : findPersonOnList(list, found.record);
    setDuplicate(match && !anyway ? { found, match } : null);
    if (match && !anyway) return setAdded(null);
    const signatory = found.kind === 'organisation' ? signatoryFromOrganisation(found.record, newId()) : signatoryFromSigner(found.record, newId());
    onAdd(signatory);
    setAdded(m.addedInvited(shortName(signatory)));
  };

  const switchTo = (next: Kind) => {
    if (next === kind) return;
    setKind(next);
    setResults(null);
    setDuplicate(null);
    setAdded(null);
  };

  return (
    <Modal title={text.title} onCancel={onCancel} className="signatory-dialog">
      <div className="library-kind" role="radiogroup" aria-label={m.kindOfSigner}>
        {(['organisation', 'individual'] as const).map((option) => (
          <label key={option} className="check">
            <input type="radio" name={`${listId}-kind`} checked={kind === option} onChange={() => switchTo(option)} /> {textOf(m, option).results}
          </label>
        ))}
      </div>
      <SearchCombobox
        key={kind}
        label={text.label}
        placeholder={text.placeholder}
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
      <ul id={listId} className="library-organisation-results" role="listbox" aria-label={text.results}>
        {results?.map((found, i) => (
          <li
            key={found.record.id}
            id={optionId(listId, i)}
            role="option"
            aria-selected={i === active}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => {
              setActive(i);
              choose(found);
            }}
          >
            {found.kind === 'organisation' ? (
              <>
                <strong>
                  {found.record.fullName}
                  {found.record.abbreviation !== '' && ` (${found.record.abbreviation})`}
                </strong>
                <span className="muted">{[found.record.country && m.countryIn(found.record.country), found.record.names.find((n) => n.language === 'ru')?.nominative].filter(Boolean).join(' · ')}</span>
              </>
            ) : (
              <>
                <strong>{nameOf(found)}</strong>
                <span className="muted">{[found.record.role, found.record.organisation, found.record.country && m.countryIn(found.record.country), found.record.email].filter(Boolean).join(' · ')}</span>
              </>
            )}
          </li>
        ))}
      </ul>
      {results !== null && results.length === 0 && (
        <p className="muted" role="status">
          {error ?? (query.trim() === '' ? text.none : text.noMatch)}
        </p>
      )}
      {duplicate && (
        <div className="problem warning duplicate-notice" role="alert">
          <p>
            {m.alreadyOnListAs(nameOf(duplicate.found), shortName(duplicate.match.signatory), duplicate.match.reason)}
          </p>
          <button type="button" onClick={() => choose(duplicate.found, true)}>
            {m.addAgain(duplicate.found.kind === 'organisation')}
          </button>
        </div>
      )}
      <p className="muted" role="status">
        {added}
      </p>
      <div className="dialog-buttons">
        <button type="button" onClick={onCancel}>
          {m.done}
        </button>
      </div>
    </Modal>
  );
}
