import type { OrganisationRecord } from '../../../core/cases/organisation.ts';
import { studio } from '../../studio.ts';
import { organisationPlace } from './format.ts';
import { OrganisationDetail } from './OrganisationDetail.tsx';
import { OrganisationEditor } from './OrganisationEditor.tsx';
import { organisationMessages } from './record-messages.ts';
import { SimpleRecordTab, type RecordKindView } from './SimpleRecordTab.tsx';
import { useUiLocale } from './use-ui-locale.ts';

const ORGANISATIONS: RecordKindView<OrganisationRecord> = {
  messages: organisationMessages,
  list: (query) => studio.library.listOrganisations(query === '' ? {} : { query }),
  load: (id) => studio.library.getOrganisation({ id }),
  remove: (id) => studio.library.deleteOrganisation({ id }),
  nameOf: (record) => record.fullName,
  renderItem: (record) => <OrganisationItem record={record} />,
  renderDetail: (record) => <OrganisationDetail record={record} />,
};

/** An organisation in the list: its name and abbreviation, and where it works. */
function OrganisationItem({ record }: { record: OrganisationRecord }) {
  const locale = useUiLocale();
  return (
    <>
      <span className="lib-record-name">
        {record.fullName}
        {record.abbreviation && <span className="muted"> ({record.abbreviation})</span>}
      </span>
      <span className="lib-record-line">{organisationPlace(record, locale)}</span>
    </>
  );
}

/** The Organisations tab: signatories and sources, with their names per language. */
export function OrganisationsTab({ revision, onChanged }: { revision: number; onChanged: (notice: string | null) => void }) {
  return <SimpleRecordTab view={ORGANISATIONS} editor={(props) => <OrganisationEditor {...props} />} revision={revision} onChanged={onChanged} />;
}
