import type { OrganisationRecord } from '../../../core/cases/organisation.ts';
import { useMessages } from '../../i18n/messages.ts';
import { DetailSection } from './DetailSection.tsx';
import { ExternalLink } from './ExternalLink.tsx';
import { FactList } from './FactList.tsx';
import { organisationPlace } from './format.ts';
import { RecordFooter } from './RecordFooter.tsx';
import { organisationMessages } from './record-messages.ts';
import { useUiLocale } from './use-ui-locale.ts';

/** An organisation, read-only, in the side column. */
export function OrganisationDetail({ record }: { record: OrganisationRecord }) {
  const m = useMessages(organisationMessages);
  const locale = useUiLocale();
  return (
    <article className="lib-detail" aria-label={m.detail(record.fullName)}>
      <FactList
        facts={[
          [m.abbreviation, record.abbreviation],
          [m.country, organisationPlace(record, locale)],
          [m.website, record.website && <ExternalLink url={record.website} />],
        ]}
      />
      {record.names.length > 0 && (
        <DetailSection
          title={m.namesInOtherLanguages}
          heading={m.inOtherLanguages}
          items={record.names.map((name) => ({
            key: name.language,
            content: (
              <>
                <span className="lib-lang">{name.language}</span> {name.nominative}
                {name.abbreviation && ` (${name.abbreviation})`}
                {name.genitive && <span className="muted">{m.genitive(name.genitive)}</span>}
              </>
            ),
          }))}
        />
      )}
      <RecordFooter tags={record.tags} updatedAt={record.updatedAt} />
    </article>
  );
}
