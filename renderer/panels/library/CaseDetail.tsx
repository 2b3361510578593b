import { countryName } from '../../../core/cases/countries.ts';
import { displayName } from '../../../core/cases/names.ts';
import type { CaseRecord } from '../../../core/cases/person.ts';
import { EVENT_TYPES, ROLES, STATUSES } from '../../../core/cases/vocabulary.ts';
import { requestCaseInsert } from '../cases/insert-case-request.ts';
import { DetailSection } from './DetailSection.tsx';
import { ExternalLink } from './ExternalLink.tsx';
import { FactList } from './FactList.tsx';
import { formatDate } from './format.ts';
import { RecordFooter } from './RecordFooter.tsx';
import { ArchiveMentions } from './archive/ArchiveMentions.tsx';
import { ALIAS_KIND_OPTIONS } from './vocabulary-options.ts';

const capitalised = (text: string) => text.charAt(0).toLocaleUpperCase('en') + text.slice(1);
const aliasKind = (kind: string) => ALIAS_KIND_OPTIONS.find((option) => option.value === kind)?.label ?? kind;
const inBrackets = (...parts: Array<string | null>) => {
  const text = parts.filter(Boolean).join(', ');
  return text ? <span className="muted"> ({text})</span> : null;
};

/** Events in time order; undated ones last, each group in the order they were entered. */
function inTimeOrder(events: CaseRecord['events']): CaseRecord['events'] {
  return [...events].sort((a, b) => (a.date === null ? (b.date === null ? 0 : 1) : b.date === null ? -1 : a.date.localeCompare(b.date)));
}

/** Everything recorded about a case, read-only, in the side column. */
export function CaseDetail({ record }: { record: CaseRecord }) {
  const { sentence } = record;
  return (
    <article className="lib-detail" aria-label={`Case: ${displayName(record)}`}>
      <button type="button" className="lib-insert-case" onClick={() => requestCaseInsert(record.id)}>
        Insert into the statement…
      </button>
      {record.confidential && (
        <p className="lib-confidential-banner" role="note">
          Confidential — flagged wherever inserted; left out of exports unless asked for.
        </p>
      )}
      <FactList
        facts={[
          ['Status', STATUSES[record.status].en],
          ['Roles', record.roles.map((role) => ROLES[role].en).join(', ')],
          ['Born', formatDate(record.birthDate)],
          ['Nationality', record.nationality ? countryName(record.nationality) : ''],
          ['Ethnicity', record.ethnicity],
          ['Middle name', record.middleName],
        ]}
      />

      {record.aliases.length > 0 && (
        <DetailSection
          title="Other spellings"
          heading="Also written"
          items={record.aliases.map((alias, i) => ({ key: String(i), content: <>{alias.name}{inBrackets(aliasKind(alias.kind), alias.language)}</> }))}
        />
      )}

      <DetailSection title="Timeline">
        {record.events.length === 0 ? (
          <p className="muted">No events recorded.</p>
        ) : (
          <ol className="lib-timeline">
            {inTimeOrder(record.events).map((event) => (
              <li key={event.id}>
                <span className="lib-timeline-date">{formatDate(event.date) || 'undated'}</span>
                <span className="lib-timeline-what">{[capitalised(EVENT_TYPES[event.type].en), event.place, event.country ? countryName(event.country) : ''].filter(Boolean).join(', ')}</span>
                {event.text && <span className="lib-timeline-text">{event.text}</span>}
              </li>
            ))}
          </ol>
        )}
      </DetailSection>

      {record.charges.length > 0 && (
        <DetailSection
          title="Charges"
          items={record.charges.map((charge) => ({
            key: charge.id,
            content: (
              <>
                Art. {charge.article}
                {charge.code && ` of the ${charge.code}`}
                {charge.country && ` (${countryName(charge.country)})`}
                {charge.articleText && (
                  <details className="lib-article-text">
                    <summary>Article text</summary>
                    <p>{charge.articleText}</p>
                  </details>
                )}
              </>
            ),
          }))}
        />
      )}

      {sentence && (
        <DetailSection title="Sentence">
          <p>
            {sentence.text || (sentence.years !== null ? `${sentence.years} years` : 'sentenced')}
            {sentence.suspended && ' (suspended)'}
            {sentence.date && <span className="muted"> — {formatDate(sentence.date)}</span>}
          </p>
        </DetailSection>
      )}

      {record.sources.length > 0 && (
        <DetailSection
          title="Sources"
          items={record.sources.map((source, i) => ({
            key: String(i),
            content: (
              <>
                {source.url ? <ExternalLink url={source.url}>{source.title}</ExternalLink> : source.title}
                {inBrackets(formatDate(source.date), source.reliability)}
              </>
            ),
          }))}
        />
      )}

      <ArchiveMentions record={record} />
      <RecordFooter tags={record.tags} updatedAt={record.updatedAt} />
    </article>
  );
}
