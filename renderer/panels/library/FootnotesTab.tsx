import { footnotePlainText, type FootnoteRecord } from '../../../core/cases/footnote.ts';
import { studio } from '../../studio.ts';
import { FootnoteDetail } from './FootnoteDetail.tsx';
import { FootnoteEditor } from './FootnoteEditor.tsx';
import { SimpleRecordTab, type RecordKindView } from './SimpleRecordTab.tsx';

const NOTES: RecordKindView<FootnoteRecord> = {
  label: 'Notes',
  noun: 'note',
  searchLabel: 'Search library notes',
  placeholder: 'Title or text, e.g. 159',
  emptyLibrary: 'No reusable notes yet. Save one with ☆ in the Footnotes panel, or create one here.',
  list: (query) => studio.library.listFootnotes(query === '' ? {} : { query }),
  load: (id) => studio.library.getFootnote({ id }),
  remove: (id) => studio.library.deleteFootnote({ id }),
  nameOf: (record) => record.title,
  renderItem: (record) => (
    <>
      <span className="lib-record-name">{record.title}</span>
      <span className="lib-record-line lib-ellipsis">{footnotePlainText(record.body)}</span>
    </>
  ),
  renderDetail: (record) => <FootnoteDetail record={record} />,
  deleteConsequence: 'Notes already inserted into statements stay as they are.',
};

/** The Notes tab: reusable footnotes (article texts, treaty provisions, standard references). */
export function FootnotesTab({ revision, onChanged }: { revision: number; onChanged: (notice: string | null) => void }) {
  return <SimpleRecordTab view={NOTES} editor={(props) => <FootnoteEditor {...props} />} revision={revision} onChanged={onChanged} />;
}
