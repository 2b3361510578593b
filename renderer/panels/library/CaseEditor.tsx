import { useState } from 'react';
import { displayName } from '../../../core/cases/names.ts';
import type { CaseDraft, CaseRecord } from '../../../core/cases/person.ts';
import type { Role } from '../../../core/cases/vocabulary.ts';
import type { CaseSummary } from '../../../core/library/api.ts';
import { studio } from '../../studio.ts';
import { AliasFields } from './AliasFields.tsx';
import { caseForm, checkCaseForm, newAliasRow, newChargeRow, newEventRow, newSourceRow } from './case-form.ts';
import { ChargeFields } from './ChargeFields.tsx';
import { CountrySelect } from './CountrySelect.tsx';
import { DuplicateWarning } from './DuplicateWarning.tsx';
import { EditorForm } from './EditorForm.tsx';
import { EventFields } from './EventFields.tsx';
import { RowList } from './RowList.tsx';
import { SelectField } from './SelectField.tsx';
import { SentenceFields } from './SentenceFields.tsx';
import { SourceFields } from './SourceFields.tsx';
import { DATE_HINT, TextField } from './TextField.tsx';
import { useRecordForm } from './use-record-form.ts';
import { ROLE_OPTIONS, STATUS_OPTIONS } from './vocabulary-options.ts';

/**
 * Creates a case (record null) or edits one, in a large dialog: names and how statements write
 * them, facts, other spellings, the timeline, charges, the sentence, sources, tags and the
 * confidential flag. A new case that looks like one already in the library is not created
 * until the writer says so (DuplicateWarning).
 */
export function CaseEditor({ record, onSaved, onCancel }: { record: CaseRecord | null; onSaved: (record: CaseRecord, created: boolean) => void; onCancel: () => void }) {
  const [duplicates, setDuplicates] = useState<{ draft: CaseDraft; cases: CaseSummary[] } | null>(null);
  const [creatingAnyway, setCreatingAnyway] = useState(false);
  const [anywayError, setAnywayError] = useState<string | null>(null);

  const save = async (draft: CaseDraft): Promise<string | null> => {
    if (record) {
      const saved = await studio.library.updateCase({ id: record.id, draft, expectedUpdatedAt: record.updatedAt });
      if (!saved.ok) return saved.message;
      onSaved(saved.value, false);
      return null;
    }
    const created = await studio.library.createCase({ draft });
    if (!created.ok) return created.message;
    if (created.value.status === 'likely-duplicate') setDuplicates({ draft, cases: created.value.duplicates });
    else onSaved(created.value.record, true);
    return null;
  };
  const { form, update, rows, errorFor, state } = useRecordForm(() => caseForm(record), checkCaseForm, save);
  const aliases = rows('aliases', newAliasRow);
  const events = rows('events', newEventRow);
  const charges = rows('charges', newChargeRow);
  const sources = rows('sources', newSourceRow);

  const createAnyway = async () => {
    if (!duplicates || creatingAnyway) return;
    setCreatingAnyway(true);
    setAnywayError(null);
    const created = await studio.library.createCase({ draft: duplicates.draft, allowDuplicate: true });
    setCreatingAnyway(false);
    if (!created.ok) {
      setAnywayError(created.message);
      return;
    }
    setDuplicates(null);
    if (created.value.status === 'created') onSaved(created.value.record, true);
  };

  const toggleRole = (role: Role, on: boolean) => update({ roles: on ? [...form.roles, role] : form.roles.filter((r) => r !== role) });
  const shownAs = displayName(form);
  const title = record ? `Edit case: ${displayName(record)}` : 'New case';

  return (
    <>
      <EditorForm title={title} what={record ? `the case of ${displayName(record)}` : 'the new case'} state={state} saveLabel={record ? 'Save case' : 'Create case'} onClose={onCancel}>
        <section className="lib-section" aria-label="Name">
          <h3>Name</h3>
          <div className="lib-grid">
            <TextField label="Given name" path="givenName" value={form.givenName} error={errorFor('givenName')} maxLength={200} onChange={(givenName) => update({ givenName })} />
            <TextField label="Middle name or patronymic" path="middleName" value={form.middleName} error={errorFor('middleName')} maxLength={200} onChange={(middleName) => update({ middleName })} />
            <TextField label="Family name" path="familyName" value={form.familyName} error={errorFor('familyName')} maxLength={200} onChange={(familyName) => update({ familyName })} />
          </div>
          <label className="lib-check">
            <input
              type="checkbox"
              name="familyNameStyle"
              checked={form.familyNameStyle === 'capitals'}
              onChange={(e) => update({ familyNameStyle: e.target.checked ? 'capitals' : 'as-written' })}
            />{' '}
            Write the family name in capitals
          </label>
          <p className="lib-preview" aria-live="polite">
            Statements write: <strong>{shownAs || '—'}</strong>
          </p>
        </section>

        <section className="lib-section" aria-label="Facts">
          <h3>Facts</h3>
          <div className="lib-grid">
            <SelectField label="Status" path="status" value={form.status} options={STATUS_OPTIONS} onChange={(status) => update({ status: status as CaseDraft['status'] })} />
            <TextField label="Date of birth" path="birthDate" value={form.birthDate} error={errorFor('birthDate')} hint={DATE_HINT} maxLength={10} onChange={(birthDate) => update({ birthDate })} />
            <CountrySelect label="Nationality" path="nationality" value={form.nationality} error={errorFor('nationality')} onChange={(nationality) => update({ nationality })} />
            <TextField label="Ethnicity" path="ethnicity" value={form.ethnicity} error={errorFor('ethnicity')} maxLength={100} onChange={(ethnicity) => update({ ethnicity })} />
          </div>
          <fieldset className="lib-roles">
            <legend>Roles</legend>
            {ROLE_OPTIONS.map((option) => (
              <label key={option.value} className="lib-check">
                <input type="checkbox" name="roles" checked={form.roles.includes(option.value as Role)} onChange={(e) => toggleRole(option.value as Role, e.target.checked)} /> {option.label}
              </label>
            ))}
          </fieldset>
        </section>

        <RowList
          legend="Other spellings and names"
          {...aliases.list}
          rowKey={(row) => row.key}
          rowLabel={(i) => `Spelling ${i + 1}`}
          addLabel="Add a spelling"
          emptyText="Add transliterations (Мейманкулыев, Meýmankulyýew) and other names the person is known by."
          renderRow={(row, i) => <AliasFields row={row} index={i} errorFor={errorFor} onChange={aliases.change(i)} />}
        />

        <RowList
          legend="Timeline"
          {...events.list}
          rowKey={(row) => row.id}
          rowLabel={(i) => `Event ${i + 1}`}
          addLabel="Add an event"
          emptyText="No events yet: arrests, trials, deportations, releases…"
          renderRow={(row, i) => <EventFields row={row} index={i} errorFor={errorFor} onChange={events.change(i)} />}
        />

        <RowList
          legend="Charges"
          {...charges.list}
          rowKey={(row) => row.id}
          rowLabel={(i) => `Charge ${i + 1}`}
          addLabel="Add a charge"
          emptyText="No charges."
          renderRow={(row, i) => <ChargeFields row={row} index={i} errorFor={errorFor} onChange={charges.change(i)} />}
        />

        <SentenceFields
          hasSentence={form.hasSentence}
          sentence={form.sentence}
          errorFor={errorFor}
          onToggle={(hasSentence) => update({ hasSentence })}
          onChange={(patch) => update({ sentence: { ...form.sentence, ...patch } })}
        />

        <RowList
          legend="Sources"
          {...sources.list}
          rowKey={(row) => row.key}
          rowLabel={(i) => `Source ${i + 1}`}
          addLabel="Add a source"
          emptyText="No sources yet."
          renderRow={(row, i) => <SourceFields row={row} index={i} errorFor={errorFor} onChange={sources.change(i)} />}
        />

        <section className="lib-section" aria-label="Tags and sharing">
          <h3>Tags and sharing</h3>
          <TextField label="Tags" path="tags" value={form.tags} error={errorFor('tags')} hint="Separated by commas: 26 June, extradition" onChange={(tags) => update({ tags })} />
          <label className={`lib-check lib-confidential-check ${form.confidential ? 'on' : ''}`}>
            <input type="checkbox" name="confidential" checked={form.confidential} onChange={(e) => update({ confidential: e.target.checked })} /> Confidential
            <span className="muted"> — flagged wherever it is inserted, and left out of library exports unless asked for</span>
          </label>
        </section>
      </EditorForm>
      {duplicates && (
        <DuplicateWarning
          duplicates={duplicates.cases}
          busy={creatingAnyway}
          error={anywayError}
          onCreateAnyway={() => void createAnyway()}
          onBack={() => {
            setDuplicates(null);
            setAnywayError(null);
          }}
        />
      )}
    </>
  );
}
