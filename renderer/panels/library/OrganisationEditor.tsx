import type { OrganisationDraft, OrganisationRecord } from '../../../core/cases/organisation.ts';
import { useMessages } from '../../i18n/messages.ts';
import { studio } from '../../studio.ts';
import { CountrySelect } from './CountrySelect.tsx';
import { EditorForm } from './EditorForm.tsx';
import { checkOrganisationForm, newNameRow, organisationForm } from './organisation-form.ts';
import { OrganisationNameFields } from './OrganisationNameFields.tsx';
import { libraryMessages } from './messages.ts';
import { organisationMessages } from './record-messages.ts';
import { RowList } from './RowList.tsx';
import type { EditorProps } from './SimpleRecordTab.tsx';
import { TextField } from './TextField.tsx';
import { useRecordForm } from './use-record-form.ts';

/** Creates or edits an organisation: its names, where it works (or works from in exile), its website and tags. */
export function OrganisationEditor({ record, onSaved, onCancel }: EditorProps<OrganisationRecord>) {
  const m = useMessages(organisationMessages);
  const common = useMessages(libraryMessages);
  const save = async (draft: OrganisationDraft): Promise<string | null> => {
    const saved = record ? await studio.library.updateOrganisation({ id: record.id, draft, expectedUpdatedAt: record.updatedAt }) : await studio.library.createOrganisation({ draft });
    if (!saved.ok) return saved.message;
    onSaved(saved.value, record === null);
    return null;
  };
  const { form, update, rows, errorFor, state } = useRecordForm(() => organisationForm(record), checkOrganisationForm, save);
  const names = rows('names', () => newNameRow(form.names.some((n) => n.language === 'ru') ? '' : 'ru'));
  return (
    <EditorForm
      title={record ? m.editTitle(record.fullName) : m.newTitle}
      what={record ? common.quoted(record.fullName) : m.whatNew}
      state={state}
      saveLabel={record ? m.save : m.create}
      onClose={onCancel}
    >
      <section className="lib-section" aria-label={m.name}>
        <div className="lib-grid">
          <TextField label={m.fullName} path="fullName" value={form.fullName} error={errorFor('fullName')} className="wide" maxLength={300} onChange={(fullName) => update({ fullName })} />
          <TextField label={m.abbreviation} path="abbreviation" value={form.abbreviation} error={errorFor('abbreviation')} className="narrow" maxLength={40} onChange={(abbreviation) => update({ abbreviation })} />
          <CountrySelect label={m.country} path="country" value={form.country} error={errorFor('country')} onChange={(country) => update({ country })} />
          <CountrySelect
            label={m.exileCountry}
            path="exileCountry"
            value={form.exileCountry}
            error={errorFor('exileCountry')}
            noneLabel={m.notInExile}
            onChange={(exileCountry) => update({ exileCountry })} />
          <TextField label={m.website} path="website" value={form.website} error={errorFor('website')} placeholder="https://" className="wide" inputMode="url" maxLength={2048} onChange={(website) => update({ website })} />
        </div>
      </section>
      <RowList
        legend={m.namesInOtherLanguages}
        {...names.list}
        rowKey={(row) => row.key}
        rowLabel={(i) => m.nameRow(i + 1)}
        addLabel={m.addName}
        emptyText={m.namesEmpty}
        error={errorFor('names')}
        renderRow={(row, i) => <OrganisationNameFields row={row} index={i} errorFor={errorFor} onChange={names.change(i)} />}
      />
      <section className="lib-section" aria-label={common.tags}>
        <TextField label={common.tags} path="tags" value={form.tags} error={errorFor('tags')} hint={common.tagsHint} onChange={(tags) => update({ tags })} />
      </section>
    </EditorForm>
  );
}
