import type { SignerDraft, SignerRecord } from '../../../core/signatories/signer-record.ts';
import { useMessages } from '../../i18n/messages.ts';
import { studio } from '../../studio.ts';
import { CountrySelect } from './CountrySelect.tsx';
import { EditorForm } from './EditorForm.tsx';
import { libraryMessages } from './messages.ts';
import { personMessages } from './record-messages.ts';
import { checkSignerForm, signerDisplayName, signerForm } from './signer-form.ts';
import type { EditorProps } from './SimpleRecordTab.tsx';
import { TextField } from './TextField.tsx';
import { useRecordForm } from './use-record-form.ts';

/** Creates or edits a person of the roster: names, role, affiliation, country, the email to reach them, tags. */
export function SignerEditor({ record, onSaved, onCancel }: EditorProps<SignerRecord>) {
  const m = useMessages(personMessages);
  const common = useMessages(libraryMessages);
  const save = async (draft: SignerDraft): Promise<string | null> => {
    const saved = record ? await studio.library.updateSigner({ id: record.id, draft, expectedUpdatedAt: record.updatedAt }) : await studio.library.createSigner({ draft });
    if (!saved.ok) return saved.message;
    onSaved(saved.value, record === null);
    return null;
  };
  const { form, update, errorFor, state } = useRecordForm(() => signerForm(record), checkSignerForm, save);
  const name = record ? signerDisplayName(record) : '';
  return (
    <EditorForm title={record ? m.editTitle(name) : m.newTitle} what={record ? common.quoted(name) : m.whatNew} state={state} saveLabel={record ? m.save : m.create} onClose={onCancel}>
      <section className="lib-section" aria-label={m.person}>
        <div className="lib-grid">
          <TextField label={m.givenName} path="givenName" value={form.givenName} error={errorFor('givenName')} maxLength={200} onChange={(givenName) => update({ givenName })} />
          <TextField label={m.familyName} path="familyName" value={form.familyName} error={errorFor('familyName')} maxLength={200} onChange={(familyName) => update({ familyName })} />
          <TextField label={m.roleOrTitle} path="role" value={form.role} error={errorFor('role')} className="wide" maxLength={300} onChange={(role) => update({ role })} />
          <TextField label={m.organisation} path="organisation" value={form.organisation} error={errorFor('organisation')} className="wide" maxLength={300} onChange={(organisation) => update({ organisation })} />
          <CountrySelect label={m.country} path="country" value={form.country} error={errorFor('country')} onChange={(country) => update({ country })} />
          <TextField label={m.email} path="email" value={form.email} error={errorFor('email')} hint={m.emailHint} maxLength={254} onChange={(email) => update({ email })} />
        </div>
      </section>
      <section className="lib-section" aria-label={common.tags}>
        <TextField label={common.tags} path="tags" value={form.tags} error={errorFor('tags')} hint={common.tagsHint} onChange={(tags) => update({ tags })} />
      </section>
    </EditorForm>
  );
}
