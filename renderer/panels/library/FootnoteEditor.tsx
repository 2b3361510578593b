import type { FootnoteDraft, FootnoteRecord } from '../../../core/cases/footnote.ts';
import { useMessages } from '../../i18n/messages.ts';
import { studio } from '../../studio.ts';
import { EditorForm } from './EditorForm.tsx';
import { Field } from './Field.tsx';
import { checkFootnoteForm, footnoteForm } from './footnote-form.ts';
import { libraryMessages } from './messages.ts';
import { noteMessages } from './record-messages.ts';
import { RunsEditor } from './RunsEditor.tsx';
import { SelectField } from './SelectField.tsx';
import type { EditorProps } from './SimpleRecordTab.tsx';
import { TextField } from './TextField.tsx';
import { useUiLocale } from './use-ui-locale.ts';
import { useRecordForm } from './use-record-form.ts';
import { LANGUAGE_OPTIONS } from './vocabulary-options.ts';

/** Creates or edits a reusable note: the title it is found by, its formatted text, language and tags. */
export function FootnoteEditor({ record, onSaved, onCancel }: EditorProps<FootnoteRecord>) {
  const m = useMessages(noteMessages);
  const common = useMessages(libraryMessages);
  const locale = useUiLocale();
  const save = async (draft: FootnoteDraft): Promise<string | null> => {
    const saved = record ? await studio.library.updateFootnote({ id: record.id, draft, expectedUpdatedAt: record.updatedAt }) : await studio.library.createFootnote(draft);
    if (!saved.ok) return saved.message;
    onSaved(saved.value, record === null);
    return null;
  };
  const { form, update, errorFor, state } = useRecordForm(() => footnoteForm(record), checkFootnoteForm, save);
  return (
    <EditorForm title={record ? m.editTitle(record.title) : m.newTitle} what={record ? common.quoted(record.title) : m.whatNew} state={state} saveLabel={record ? m.save : m.create} onClose={onCancel}>
      <TextField label={m.title} path="title" value={form.title} error={errorFor('title')} hint={m.titleHint} maxLength={300} onChange={(title) => update({ title })} />
      <Field label={m.text} path="body" error={errorFor('body')}>
        {(control) => (
          <RunsEditor
            label={m.textOfNote} runs={form.body} language={form.language} invalid={control['aria-invalid'] === true} describedBy={control['aria-describedby']} onChange={(body) => update({ body })} />
        )}
      </Field>
      <div className="lib-grid">
        <SelectField label={m.language} path="language" value={form.language} options={LANGUAGE_OPTIONS[locale]} error={errorFor('language')} onChange={(language) => update({ language })} />
        <TextField label={common.tags} path="tags" value={form.tags} error={errorFor('tags')} hint={common.tagsHint} className="wide" onChange={(tags) => update({ tags })} />
      </div>
    </EditorForm>
  );
}
