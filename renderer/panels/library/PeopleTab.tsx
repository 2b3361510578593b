import { countryName } from '../../../core/cases/countries.ts';
import type { SignerRecord } from '../../../core/signatories/signer-record.ts';
import { studio } from '../../studio.ts';
import { personMessages } from './record-messages.ts';
import { signerDisplayName } from './signer-form.ts';
import { SignerDetail } from './SignerDetail.tsx';
import { SignerEditor } from './SignerEditor.tsx';
import { SimpleRecordTab, type RecordKindView } from './SimpleRecordTab.tsx';
import { useUiLocale } from './use-ui-locale.ts';

const PEOPLE: RecordKindView<SignerRecord> = {
  messages: personMessages,
  list: (query) => studio.library.listSigners(query === '' ? {} : { query }),
  load: (id) => studio.library.getSigner({ id }),
  remove: (id) => studio.library.deleteSigner({ id }),
  nameOf: signerDisplayName,
  renderItem: (record) => <PersonItem record={record} />,
  renderDetail: (record) => <SignerDetail record={record} />,
};

/** A person in the list: name, then role, organisation and country. */
function PersonItem({ record }: { record: SignerRecord }) {
  const locale = useUiLocale();
  return (
    <>
      <span className="lib-record-name">{signerDisplayName(record)}</span>
      <span className="lib-record-line">{[record.role, record.organisation, record.country && countryName(record.country, locale)].filter(Boolean).join(', ')}</span>
    </>
  );
}

/** The People tab: the roster of people who sign statements in their own name. */
export function PeopleTab({ revision, onChanged }: { revision: number; onChanged: (notice: string | null) => void }) {
  return <SimpleRecordTab view={PEOPLE} editor={(props) => <SignerEditor {...props} />} revision={revision} onChanged={onChanged} />;
}
