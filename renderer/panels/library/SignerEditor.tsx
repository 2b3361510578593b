import type { SignerDraft, SignerRecord } from '../../../core/signatories/signer-record.ts';
import { studio } from '../../studio.ts';
import { CountrySelect } from './CountrySelect.tsx';
import { EditorForm } from './EditorForm.tsx';
import { checkSignerForm, signerDisplayName, signerForm } from './signer-form.ts';
import type { EditorProps } from './SimpleRecordTab.tsx';
import { TextField } from './TextField.tsx';
import { useRecordForm } from './use-record-form.ts';

/** Creates or edits a person of the roster: names, role, affiliation, country, the email to reach them, tags. */
export function SignerEditor({ record, onSaved, onCancel }: EditorProps<SignerRecord>) {
  const save = async (draft: SignerDraft): Promise<string | null> => {
    const saved = record ? await studio.library.updateSigner({ id: record.id, draft, expectedUpdatedAt: record.updatedAt }) : await studio.library.createSigner({ draft });
    if (!saved.ok) return saved.message;
    onSaved(saved.value, record === null);
    return null;
  };
  const { form, update, errorFor, state } = useRecordForm(() => signerForm(record), checkSignerForm, save);
  const name = record ? signerDisplayName(record) : '';
  return (
    <EditorForm title={record ? `Edit person: ${name}` : 'New person'} what={record ? `“${name}”` : 'the new person'} state={state} saveLabel={record ? 'Save person' : 'Create person'} onClose={onCancel}>
      <section className="lib-section" aria-label="Person">
        <div className="lib-grid">
          <TextField label="Given name" path="givenName" value={form.givenName} error={errorFor('givenName')} maxLength={200} onChange={(givenName) => update({ givenName })} />
          <TextField label="Family name" path="familyName" value={form.familyName} error={errorFor('familyName')} maxLength={200} onChange={(familyName) => update({ familyName })} />
          <TextField label="Role or title" path="role" value={form.role} error={errorFor('role')} className="wide" maxLength={300} onChange={(role) => update({ role })} />
          <TextField label="Organisation" path="organisation" value={form.organisation} error={errorFor('organisation')} className="wide" maxLength={300} onChange={(organisation) => update({ organisation })} />
          <CountrySelect label="Country" path="country" value={form.country} error={errorFor('country')} onChange={(country) => update({ country })} />
          <TextField label="Email" path="email" value={form.email} error={errorFor('email')} hint="Kept in the library; never printed or exported with a statement" maxLength={254} onChange={(email) => update({ email })} />
        </div>
      </section>
      <section className="lib-section" aria-label="Tags">
        <TextField label="Tags" path="tags" value={form.tags} error={errorFor('tags')} hint="Separated by commas" onChange={(tags) => update({ tags })} />
      </section>
    </EditorForm>
  );
}
