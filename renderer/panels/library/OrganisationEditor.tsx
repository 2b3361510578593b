import type { OrganisationDraft, OrganisationRecord } from '../../../core/cases/organisation.ts';
import { studio } from '../../studio.ts';
import { CountrySelect } from './CountrySelect.tsx';
import { EditorForm } from './EditorForm.tsx';
import { checkOrganisationForm, newNameRow, organisationForm } from './organisation-form.ts';
import { OrganisationNameFields } from './OrganisationNameFields.tsx';
import { RowList } from './RowList.tsx';
import type { EditorProps } from './SimpleRecordTab.tsx';
import { TextField } from './TextField.tsx';
import { useRecordForm } from './use-record-form.ts';

/** Creates or edits an organisation: its names, where it works (or works from in exile), its website and tags. */
export function OrganisationEditor({ record, onSaved, onCancel }: EditorProps<OrganisationRecord>) {
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
      title={record ? `Edit organisation: ${record.fullName}` : 'New organisation'}
      what={record ? `“${record.fullName}”` : 'the new organisation'}
      state={state}
      saveLabel={record ? 'Save organisation' : 'Create organisation'}
      onClose={onCancel}
    >
      <section className="lib-section" aria-label="Name">
        <div className="lib-grid">
          <TextField label="Full name (English)" path="fullName" value={form.fullName} error={errorFor('fullName')} className="wide" maxLength={300} onChange={(fullName) => update({ fullName })} />
          <TextField label="Abbreviation" path="abbreviation" value={form.abbreviation} error={errorFor('abbreviation')} className="narrow" maxLength={40} onChange={(abbreviation) => update({ abbreviation })} />
          <CountrySelect label="Country" path="country" value={form.country} error={errorFor('country')} onChange={(country) => update({ country })} />
          <CountrySelect label="Based in exile in" path="exileCountry" value={form.exileCountry} error={errorFor('exileCountry')} noneLabel="— (not in exile)" onChange={(exileCountry) => update({ exileCountry })} />
          <TextField label="Website" path="website" value={form.website} error={errorFor('website')} placeholder="https://" className="wide" inputMode="url" maxLength={2048} onChange={(website) => update({ website })} />
        </div>
      </section>
      <RowList
        legend="Names in other languages"
        {...names.list}
        rowKey={(row) => row.key}
        rowLabel={(i) => `Name ${i + 1}`}
        addLabel="Add a name in another language"
        emptyText="Russian statements need the Russian name, and its genitive."
        error={errorFor('names')}
        renderRow={(row, i) => <OrganisationNameFields row={row} index={i} errorFor={errorFor} onChange={names.change(i)} />}
      />
      <section className="lib-section" aria-label="Tags">
        <TextField label="Tags" path="tags" value={form.tags} error={errorFor('tags')} hint="Separated by commas" onChange={(tags) => update({ tags })} />
      </section>
    </EditorForm>
  );
}
