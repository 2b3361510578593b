import { footnoteDraftSchema, type FootnoteRecord, type FootnoteRun } from '../../../core/cases/footnote.ts';
import { parseTags, validateDraft } from './form-helpers.ts';

/** The note editor's form, as typed; see case-form.ts. */
export type FootnoteForm = { title: string; body: FootnoteRun[]; language: string; tags: string };

export const footnoteForm = (record: FootnoteRecord | null): FootnoteForm => ({
  title: record?.title ?? '',
  body: record?.body ?? [],
  language: record?.language ?? 'en',
  tags: record?.tags.join(', ') ?? '',
});

export const checkFootnoteForm = (form: FootnoteForm) => validateDraft(footnoteDraftSchema, { ...form, language: form.language.trim(), tags: parseTags(form.tags) });
