import { countryName } from '../../../core/cases/countries.ts';
import type { SignerRecord } from '../../../core/signatories/signer-record.ts';
import { studio } from '../../studio.ts';
import { signerDisplayName } from './signer-form.ts';
import { SignerDetail } from './SignerDetail.tsx';
import { SignerEditor } from './SignerEditor.tsx';
import { SimpleRecordTab, type RecordKindView } from './SimpleRecordTab.tsx';

const PEOPLE: RecordKindView<SignerRecord> = {
  label: 'People',
  noun: 'person',
  searchLabel: 'Search people',
  placeholder: 'Name in any spelling, email, role…',
  emptyLibrary: 'No people yet. Individuals saved from a statement’s signatories come here.',
  list: (query) => studio.library.listSigners(query === '' ? {} : { query }),
  load: (id) => studio.library.getSigner({ id }),
  remove: (id) => studio.library.deleteSigner({ id }),
  nameOf: signerDisplayName,
  renderItem: (record) => (
    <>
      <span className="lib-record-name">{signerDisplayName(record)}</span>
      <span className="lib-record-line">{[record.role, record.organisation, record.country && countryName(record.country)].filter(Boolean).join(', ')}</span>
    </>
  ),
  renderDetail: (record) => <SignerDetail record={record} />,
  deleteConsequence: 'Statements that list them keep their signature.',
};

/** The People tab: the roster of people who sign statements in their own name. */
export function PeopleTab({ revision, onChanged }: { revision: number; onChanged: (notice: string | null) => void }) {
  return <SimpleRecordTab view={PEOPLE} editor={(props) => <SignerEditor {...props} />} revision={revision} onChanged={onChanged} />;
}
