import type { FootnoteRecord } from '../../../core/cases/footnote.ts';
import { RunsPreview } from '../LibraryNoteDialogs.tsx';
import { FactList } from './FactList.tsx';
import { RecordFooter } from './RecordFooter.tsx';
import { LANGUAGE_OPTIONS } from './vocabulary-options.ts';

/** A reusable note, read-only, in the side column. */
export function FootnoteDetail({ record }: { record: FootnoteRecord }) {
  return (
    <article className="lib-detail" aria-label={`Note: ${record.title}`}>
      <p className="lib-note-body" lang={record.language}>
        <RunsPreview runs={record.body} />
      </p>
      <FactList facts={[['Language', LANGUAGE_OPTIONS.find((option) => option.value === record.language)?.label ?? record.language]]} />
      <RecordFooter tags={record.tags} updatedAt={record.updatedAt} />
    </article>
  );
}
