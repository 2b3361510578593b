import { useState } from 'react';
import type { ImportConflict, ImportDecision, ImportOutcome } from '../../../core/library/api.ts';
import type { RecordKind } from '../../../core/library/format.ts';
import type { ImportStarted } from '../../../core/library/transfer.ts';
import { messagesNow, useMessages } from '../../i18n/messages.ts';
import { studio } from '../../studio.ts';
import { countsText, formatTimestamp } from './format.ts';
import { LibraryModal } from './LibraryModal.tsx';
import { libraryMessages } from './messages.ts';
import { ServiceError } from './ServiceError.tsx';
import { transferMessages } from './transfer-messages.ts';
import { useUiLocale } from './use-ui-locale.ts';

type TransferText = (typeof transferMessages)['en'];
const KIND = { cases: 'kindCase', organisations: 'kindOrganisation', footnotes: 'kindNote', signers: 'kindSigner' } as const satisfies Record<RecordKind, keyof TransferText>;
/** Field names as the writer knows them; others are shown as the file names them. */
const FIELD: Readonly<Record<string, keyof TransferText>> = {
  givenName: 'fieldGivenName',
  familyName: 'fieldFamilyName',
  middleName: 'fieldMiddleName',
  familyNameStyle: 'fieldFamilyNameStyle',
  aliases: 'fieldAliases',
  birthDate: 'fieldBirthDate',
  events: 'fieldEvents',
  fullName: 'fieldFullName',
  exileCountry: 'fieldExileCountry',
  names: 'fieldNames',
  body: 'fieldBody',
};
const fieldName = (m: TransferText, field: string): string => {
  const key = FIELD[field];
  return key ? (m[key] as string) : field;
};
const keyOf = (conflict: Pick<ImportConflict, 'kind' | 'id'>) => `${conflict.kind}:${conflict.id}`;

type Choice = ImportDecision['choice'];

/**
 * Records that are both in the library and in the file, with different content. Nothing has
 * been imported yet: the writer keeps theirs or takes the file's, record by record (or all at
 * once), then Import applies the whole file in one go. Cancel imports nothing.
 */
export function ImportConflictsDialog({ started, onImported, onCancel }: { started: ImportStarted; onImported: (outcome: Extract<ImportOutcome, { status: 'imported' }>) => void; onCancel: () => void }) {
  const m = useMessages(transferMessages);
  const common = useMessages(libraryMessages);
  const locale = useUiLocale();
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
      setError(messagesNow(transferMessages).libraryChanged);
    }
  };

  const adds = outcome.status === 'conflicts' && Object.values(outcome.added).some((n) => n > 0) ? countsText(outcome.added, locale) : null;
  return (
    <LibraryModal title={m.conflictsTitle(started.name, conflicts.length)} onCancel={cancel} size="wide">
      <div className="dialog-body lib-conflicts-intro">
        <p>{m.conflictsIntro(conflicts.length, adds)}</p>
        <div className="lib-conflicts-all">
          <button type="button" onClick={() => setAll('keep-local')}>
            {m.keepAllMine}
          </button>
          <button type="button" onClick={() => setAll('use-imported')}>
            {m.takeAllTheirs}
          </button>
        </div>
      </div>
      <ul className="lib-conflicts" aria-label={m.differingRecords}>
        {conflicts.map((conflict) => (
          <li key={keyOf(conflict)}>
            <fieldset>
              <legend>
                <span className="lib-kind">{m[KIND[conflict.kind]]}</span> {conflict.localName}
                {conflict.importedName !== conflict.localName && <span className="muted">{m.inTheFile(conflict.importedName)}</span>}
              </legend>
              <p className="lib-conflict-fields">{m.differsIn(conflict.fields.map((field) => fieldName(m, field)).join(', '))}</p>
              <div className="lib-conflict-choices">
                <label>
                  <input type="radio" name={keyOf(conflict)} checked={choiceOf(conflict) === 'keep-local'} onChange={() => setChoices({ ...choices, [keyOf(conflict)]: 'keep-local' })} />{' '}
                  {m.keepMine} <span className="muted">{m.changedAt(formatTimestamp(conflict.localUpdatedAt, locale))}</span>
                </label>
                <label>
                  <input type="radio" name={keyOf(conflict)} checked={choiceOf(conflict) === 'use-imported'} onChange={() => setChoices({ ...choices, [keyOf(conflict)]: 'use-imported' })} />{' '}
                  {m.takeTheirs} <span className="muted">{m.changedAt(formatTimestamp(conflict.importedUpdatedAt, locale))}</span>
                </label>
              </div>
            </fieldset>
          </li>
        ))}
      </ul>
      <ServiceError message={error} />
      <div className="dialog-buttons">
        <button type="button" className="primary" disabled={busy} onClick={() => void apply()}>
          {m.importButton}
        </button>
        <button type="button" onClick={cancel}>
          {common.cancel}
        </button>
      </div>
    </LibraryModal>
  );
}
