import type { FootnoteRecord } from '../../../core/cases/footnote.ts';
import { RunsPreview } from '../LibraryNoteDialogs.tsx';
import { useMessages } from '../../i18n/messages.ts';
import { FactList } from './FactList.tsx';
import { RecordFooter } from './RecordFooter.tsx';
import { noteMessages } from './record-messages.ts';
import { useUiLocale } from './use-ui-locale.ts';
import { LANGUAGE_OPTIONS } from './vocabulary-options.ts';

/** A reusable note, read-only, in the side column. */
export function FootnoteDetail({ record }: { record: FootnoteRecord }) {
  const m = useMessages(noteMessages);
  const locale = useUiLocale();
  return (
    <article className="lib-detail" aria-label={m.detail(record.title)}>
      <p className="lib-note-body" lang={record.language}>
        <RunsPreview runs={record.body} />
      </p>
      <FactList facts={[[m.language, LANGUAGE_OPTIONS[locale].find((option) => option.value === record.language)?.label ?? record.language]]} />
      <RecordFooter tags={record.tags} updatedAt={record.updatedAt} />
    </article>
  );
}
