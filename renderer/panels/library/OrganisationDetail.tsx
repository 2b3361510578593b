import type { OrganisationRecord } from '../../../core/cases/organisation.ts';
import { DetailSection } from './DetailSection.tsx';
import { ExternalLink } from './ExternalLink.tsx';
import { FactList } from './FactList.tsx';
import { organisationPlace } from './format.ts';
import { RecordFooter } from './RecordFooter.tsx';

/** An organisation, read-only, in the side column. */
export function OrganisationDetail({ record }: { record: OrganisationRecord }) {
  return (
    <article className="lib-detail" aria-label={`Organisation: ${record.fullName}`}>
      <FactList
        facts={[
          ['Abbreviation', record.abbreviation],
          ['Country', organisationPlace(record)],
          ['Website', record.website && <ExternalLink url={record.website} />],
        ]}
      />
      {record.names.length > 0 && (
        <DetailSection
          title="Names in other languages"
          heading="In other languages"
          items={record.names.map((name) => ({
            key: name.language,
            content: (
              <>
                <span className="lib-lang">{name.language}</span> {name.nominative}
                {name.abbreviation && ` (${name.abbreviation})`}
                {name.genitive && <span className="muted"> — genitive: {name.genitive}</span>}
              </>
            ),
          }))}
        />
      )}
      <RecordFooter tags={record.tags} updatedAt={record.updatedAt} />
    </article>
  );
}
