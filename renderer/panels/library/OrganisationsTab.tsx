import type { OrganisationRecord } from '../../../core/cases/organisation.ts';
import { studio } from '../../studio.ts';
import { organisationPlace } from './format.ts';
import { OrganisationDetail } from './OrganisationDetail.tsx';
import { OrganisationEditor } from './OrganisationEditor.tsx';
import { SimpleRecordTab, type RecordKindView } from './SimpleRecordTab.tsx';

const ORGANISATIONS: RecordKindView<OrganisationRecord> = {
  label: 'Organisations',
  noun: 'organisation',
  searchLabel: 'Search organisations',
  placeholder: 'Name or abbreviation…',
  emptyLibrary: 'No organisations yet.',
  list: (query) => studio.library.listOrganisations(query === '' ? {} : { query }),
  load: (id) => studio.library.getOrganisation({ id }),
  remove: (id) => studio.library.deleteOrganisation({ id }),
  nameOf: (record) => record.fullName,
  renderItem: (record) => (
    <>
      <span className="lib-record-name">
        {record.fullName}
        {record.abbreviation && <span className="muted"> ({record.abbreviation})</span>}
      </span>
      <span className="lib-record-line">{organisationPlace(record)}</span>
    </>
  ),
  renderDetail: (record) => <OrganisationDetail record={record} />,
  deleteConsequence: 'Statements that name it keep their text.',
};

/** The Organisations tab: signatories and sources, with their names per language. */
export function OrganisationsTab({ revision, onChanged }: { revision: number; onChanged: (notice: string | null) => void }) {
  return <SimpleRecordTab view={ORGANISATIONS} editor={(props) => <OrganisationEditor {...props} />} revision={revision} onChanged={onChanged} />;
}
