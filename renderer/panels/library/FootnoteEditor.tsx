import type { FootnoteDraft, FootnoteRecord } from '../../../core/cases/footnote.ts';
import { studio } from '../../studio.ts';
import { EditorForm } from './EditorForm.tsx';
import { Field } from './Field.tsx';
import { checkFootnoteForm, footnoteForm } from './footnote-form.ts';
import { RunsEditor } from './RunsEditor.tsx';
import { SelectField } from './SelectField.tsx';
import type { EditorProps } from './SimpleRecordTab.tsx';
import { TextField } from './TextField.tsx';
import { useRecordForm } from './use-record-form.ts';
import { LANGUAGE_OPTIONS } from './vocabulary-options.ts';

/** Creates or edits a reusable note: the title it is found by, its formatted text, language and tags. */
export function FootnoteEditor({ record, onSaved, onCancel }: EditorProps<FootnoteRecord>) {
  const save = async (draft: FootnoteDraft): Promise<string | null> => {
    const saved = record ? await studio.library.updateFootnote({ id: record.id, draft, expectedUpdatedAt: record.updatedAt }) : await studio.library.createFootnote(draft);
    if (!saved.ok) return saved.message;
    onSaved(saved.value, record === null);
    return null;
  };
  const { form, update, errorFor, state } = useRecordForm(() => footnoteForm(record), checkFootnoteForm, save);
  return (
    <EditorForm title={record ? `Edit note: ${record.title}` : 'New note'} what={record ? `“${record.title}”` : 'the new note'} state={state} saveLabel={record ? 'Save note' : 'Create note'} onClose={onCancel}>
      <TextField label="Title" path="title" value={form.title} error={errorFor('title')} hint="What you find it by: Art. 159 Criminal Code of Uzbekistan" maxLength={300} onChange={(title) => update({ title })} />
      <Field label="Text" path="body" error={errorFor('body')}>
        {(control) => (
          <RunsEditor label="Text of the note" runs={form.body} language={form.language} invalid={control['aria-invalid'] === true} describedBy={control['aria-describedby']} onChange={(body) => update({ body })} />
        )}
      </Field>
      <div className="lib-grid">
        <SelectField label="Language" path="language" value={form.language} options={LANGUAGE_OPTIONS} error={errorFor('language')} onChange={(language) => update({ language })} />
        <TextField label="Tags" path="tags" value={form.tags} error={errorFor('tags')} hint="Separated by commas" className="wide" onChange={(tags) => update({ tags })} />
      </div>
    </EditorForm>
  );
}
