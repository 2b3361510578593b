import { useState } from 'react';
import type { ImportConflict, ImportDecision, ImportOutcome } from '../../../core/library/api.ts';
import type { RecordKind } from '../../../core/library/format.ts';
import type { ImportStarted } from '../../../core/library/transfer.ts';
import { studio } from '../../studio.ts';
import { countsText, formatTimestamp, plural } from './format.ts';
import { LibraryModal } from './LibraryModal.tsx';
import { ServiceError } from './ServiceError.tsx';

const KIND: Record<RecordKind, string> = { cases: 'Case', organisations: 'Organisation', footnotes: 'Note', signers: 'Signer' };
/** Field names as the writer knows them. */
const FIELD: Readonly<Record<string, string>> = {
  givenName: 'given name',
  familyName: 'family name',
  middleName: 'middle name',
  familyNameStyle: 'how the name is written',
  aliases: 'other spellings',
  birthDate: 'date of birth',
  events: 'timeline',
  fullName: 'full name',
  exileCountry: 'country of exile',
  names: 'names in other languages',
  body: 'text',
};
const fieldName = (field: string) => FIELD[field] ?? field;
const keyOf = (conflict: Pick<ImportConflict, 'kind' | 'id'>) => `${conflict.kind}:${conflict.id}`;

type Choice = ImportDecision['choice'];

/**
 * Records that are both in the library and in the file, with different content. Nothing has
 * been imported yet: the writer keeps theirs or takes the file's, record by record (or all at
 * once), then Import applies the whole file in one go. Cancel imports nothing.
 */
export function ImportConflictsDialog({ started, onImported, onCancel }: { started: ImportStarted; onImported: (outcome: Extract<ImportOutcome, { status: 'imported' }>) => void; onCancel: () => void }) {
  const [outcome, setOutcome] = useState(started.outcome);
  const [choices, setChoices] = useState<Readonly<Record<string, Choice>>>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const conflicts = outcome.status === 'conflicts' ? outcome.conflicts : [];
  const choiceOf = (conflict: ImportConflict): Choice => choices[keyOf(conflict)] ?? 'keep-local';
  const setAll = (choice: Choice) => setChoices(Object.fromEntries(conflicts.map((c) => [keyOf(c), choice])));

  const cancel = () => {
    void studio.library.cancelImport({ importId: started.importId });
    onCancel();
  };

  const apply = async () => {
    setBusy(true);
    setError(null);
    const decisions = conflicts.map((c) => ({ kind: c.kind, id: c.id, choice: choiceOf(c) }));
    const answer = await studio.library.resolveImport({ importId: started.importId, decisions });
    setBusy(false);
    if (!answer.ok) setError(answer.message);
    else if (answer.value.status === 'imported') onImported(answer.value);
    else {
      // The library changed while the writer decided: the new differences need a decision too.
      setOutcome(answer.value);
      setError('The library changed while you were deciding. Check the list again.');
    }
  };

  const adds = outcome.status === 'conflicts' ? outcome.added : null;
  return (
    <LibraryModal title={`Import ${started.name}: ${plural(conflicts.length, 'record differs', 'records differ')}`} onCancel={cancel} size="wide">
      <div className="dialog-body lib-conflicts-intro">
        <p>
          {conflicts.length === 1 ? 'This record is' : 'These records are'} in your library and in the file, with different content. Choose which version to keep. Nothing is
          imported until you press Import{adds && countsText(adds) !== 'nothing' ? `; the file also adds ${countsText(adds)}` : ''}.
        </p>
        <div className="lib-conflicts-all">
          <button type="button" onClick={() => setAll('keep-local')}>
            Keep all mine
          </button>
          <button type="button" onClick={() => setAll('use-imported')}>
            Take all theirs
          </button>
        </div>
      </div>
      <ul className="lib-conflicts" aria-label="Differing records">
        {conflicts.map((conflict) => (
          <li key={keyOf(conflict)}>
            <fieldset>
              <legend>
                <span className="lib-kind">{KIND[conflict.kind]}</span> {conflict.localName}
                {conflict.importedName !== conflict.localName && <span className="muted"> — in the file: {conflict.importedName}</span>}
              </legend>
              <p className="lib-conflict-fields">Differs in: {conflict.fields.map(fieldName).join(', ')}</p>
              <div className="lib-conflict-choices">
                <label>
                  <input type="radio" name={keyOf(conflict)} checked={choiceOf(conflict) === 'keep-local'} onChange={() => setChoices({ ...choices, [keyOf(conflict)]: 'keep-local' })} />{' '}
                  Keep mine <span className="muted">(changed {formatTimestamp(conflict.localUpdatedAt)})</span>
                </label>
                <label>
                  <input type="radio" name={keyOf(conflict)} checked={choiceOf(conflict) === 'use-imported'} onChange={() => setChoices({ ...choices, [keyOf(conflict)]: 'use-imported' })} />{' '}
                  Take theirs <span className="muted">(changed {formatTimestamp(conflict.importedUpdatedAt)})</span>
                </label>
              </div>
            </fieldset>
          </li>
        ))}
      </ul>
      <ServiceError message={error} />
      <div className="dialog-buttons">
        <button type="button" className="primary" disabled={busy} onClick={() => void apply()}>
          Import
        </button>
        <button type="button" onClick={cancel}>
          Cancel
        </button>
      </div>
    </LibraryModal>
  );
}
