import { footnotePlainText, type FootnoteRecord } from '../../../core/cases/footnote.ts';
import { studio } from '../../studio.ts';
import { FootnoteDetail } from './FootnoteDetail.tsx';
import { FootnoteEditor } from './FootnoteEditor.tsx';
import { noteMessages } from './record-messages.ts';
import { SimpleRecordTab, type RecordKindView } from './SimpleRecordTab.tsx';

const NOTES: RecordKindView<FootnoteRecord> = {
  messages: noteMessages,
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
};

/** The Notes tab: reusable footnotes (article texts, treaty provisions, standard references). */
export function FootnotesTab({ revision, onChanged }: { revision: number; onChanged: (notice: string | null) => void }) {
  return <SimpleRecordTab view={NOTES} editor={(props) => <FootnoteEditor {...props} />} revision={revision} onChanged={onChanged} />;
}
