import { useState } from 'react';
import { displayName } from '../../../core/cases/names.ts';
import type { CaseDraft, CaseRecord } from '../../../core/cases/person.ts';
import type { Role } from '../../../core/cases/vocabulary.ts';
import type { CaseSummary } from '../../../core/library/api.ts';
import { useMessages } from '../../i18n/messages.ts';
import { studio } from '../../studio.ts';
import { AliasFields } from './AliasFields.tsx';
import { caseMessages } from './case-messages.ts';
import { caseForm, checkCaseForm, newAliasRow, newChargeRow, newEventRow, newSourceRow } from './case-form.ts';
import { ChargeFields } from './ChargeFields.tsx';
import { CountrySelect } from './CountrySelect.tsx';
import { DuplicateWarning } from './DuplicateWarning.tsx';
import { EditorForm } from './EditorForm.tsx';
import { EventFields } from './EventFields.tsx';
import { libraryMessages } from './messages.ts';
import { RowList } from './RowList.tsx';
import { SelectField } from './SelectField.tsx';
import { SentenceFields } from './SentenceFields.tsx';
import { SourceFields } from './SourceFields.tsx';
import { TextField } from './TextField.tsx';
import { useUiLocale } from './use-ui-locale.ts';
import { useRecordForm } from './use-record-form.ts';
import { ROLE_OPTIONS, STATUS_OPTIONS } from './vocabulary-options.ts';

/**
 * Creates a case (record null) or edits one, in a large dialog: names and how statements write
 * them, facts, other spellings, the timeline, charges, the sentence, sources, tags and the
 * confidential flag. A new case that looks like one already in the library is not created
 * until the writer says so (DuplicateWarning).
 */
export function CaseEditor({ record, onSaved, onCancel }: { record: CaseRecord | null; onSaved: (record: CaseRecord, created: boolean) => void; onCancel: () => void }) {
  const m = useMessages(caseMessages);
  const common = useMessages(libraryMessages);
  const locale = useUiLocale();
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
  const title = record ? m.editTitle(displayName(record)) : m.newTitle;

  return (
    <>
      <EditorForm
        title={title}
        what={record ? m.whatCase(displayName(record)) : m.whatNewCase}
        state={state}
        saveLabel={record ? m.saveCase : m.createCase}
        onClose={onCancel}
      >
        <section className="lib-section" aria-label={m.name}>
          <h3>{m.name}</h3>
          <div className="lib-grid">
            <TextField label={m.givenName} path="givenName" value={form.givenName} error={errorFor('givenName')} maxLength={200} onChange={(givenName) => update({ givenName })} />
            <TextField label={m.middleName} path="middleName" value={form.middleName} error={errorFor('middleName')} maxLength={200} onChange={(middleName) => update({ middleName })} />
            <TextField label={m.familyName} path="familyName" value={form.familyName} error={errorFor('familyName')} maxLength={200} onChange={(familyName) => update({ familyName })} />
          </div>
          <label className="lib-check">
            <input
              type="checkbox"
              name="familyNameStyle"
              checked={form.familyNameStyle === 'capitals'}
              onChange={(e) => update({ familyNameStyle: e.target.checked ? 'capitals' : 'as-written' })}
            />{' '}
            {m.capitals}
          </label>
          <p className="lib-preview" aria-live="polite">
            {m.statementsWrite} <strong>{shownAs || '—'}</strong>
          </p>
        </section>

        <section className="lib-section" aria-label={m.facts}>
          <h3>{m.facts}</h3>
          <div className="lib-grid">
            <SelectField label={m.status} path="status" value={form.status} options={STATUS_OPTIONS[locale]} onChange={(status) => update({ status: status as CaseDraft['status'] })} />
            <TextField
              label={m.dateOfBirth}
              path="birthDate"
              value={form.birthDate}
              error={errorFor('birthDate')}
              hint={common.dateHint} maxLength={10} onChange={(birthDate) => update({ birthDate })} />
            <CountrySelect label={m.nationality} path="nationality" value={form.nationality} error={errorFor('nationality')} onChange={(nationality) => update({ nationality })} />
            <TextField label={m.ethnicity} path="ethnicity" value={form.ethnicity} error={errorFor('ethnicity')} maxLength={100} onChange={(ethnicity) => update({ ethnicity })} />
          </div>
          <fieldset className="lib-roles">
            <legend>{m.roles}</legend>
            {ROLE_OPTIONS[locale].map((option) => (
              <label key={option.value} className="lib-check">
                <input type="checkbox" name="roles" checked={form.roles.includes(option.value as Role)} onChange={(e) => toggleRole(option.value as Role, e.target.checked)} /> {option.label}
              </label>
            ))}
          </fieldset>
        </section>

        <RowList
          legend={m.spellings}
          {...aliases.list}
          rowKey={(row) => row.key}
          rowLabel={(i) => m.spelling(i + 1)}
          addLabel={m.addSpelling}
          emptyText={m.spellingsEmpty}
          renderRow={(row, i) => <AliasFields row={row} index={i} errorFor={errorFor} onChange={aliases.change(i)} />}
        />

        <RowList
          legend={m.timeline}
          {...events.list}
          rowKey={(row) => row.id}
          rowLabel={(i) => m.event(i + 1)}
          addLabel={m.addEvent}
          emptyText={m.eventsEmpty}
          renderRow={(row, i) => <EventFields row={row} index={i} errorFor={errorFor} onChange={events.change(i)} />}
        />

        <RowList
          legend={m.charges}
          {...charges.list}
          rowKey={(row) => row.id}
          rowLabel={(i) => m.charge(i + 1)}
          addLabel={m.addCharge}
          emptyText={m.chargesEmpty}
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
          legend={m.sources}
          {...sources.list}
          rowKey={(row) => row.key}
          rowLabel={(i) => m.source(i + 1)}
          addLabel={m.addSource}
          emptyText={m.sourcesEmpty}
          renderRow={(row, i) => <SourceFields row={row} index={i} errorFor={errorFor} onChange={sources.change(i)} />}
        />

        <section className="lib-section" aria-label={m.tagsAndSharing}>
          <h3>{m.tagsAndSharing}</h3>
          <TextField label={common.tags} path="tags" value={form.tags} error={errorFor('tags')} hint={m.tagsHint} onChange={(tags) => update({ tags })} />
          <label className={`lib-check lib-confidential-check ${form.confidential ? 'on' : ''}`}>
            <input type="checkbox" name="confidential" checked={form.confidential} onChange={(e) => update({ confidential: e.target.checked })} /> {m.confidential}
            <span className="muted">{m.confidentialFlag}</span>
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
