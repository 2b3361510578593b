import { countryName } from '../../../core/cases/countries.ts';
import { displayName } from '../../../core/cases/names.ts';
import type { CaseRecord } from '../../../core/cases/person.ts';
import { EVENT_TYPES, ROLES, STATUSES } from '../../../core/cases/vocabulary.ts';
import type { UiLocale } from '../../../core/i18n/ui-locale.ts';
import { useMessages } from '../../i18n/messages.ts';
import { requestCaseInsert } from '../cases/insert-case-request.ts';
import { caseMessages } from './case-messages.ts';
import { DetailSection } from './DetailSection.tsx';
import { ExternalLink } from './ExternalLink.tsx';
import { FactList } from './FactList.tsx';
import { formatDate } from './format.ts';
import { RecordFooter } from './RecordFooter.tsx';
import { ArchiveMentions } from './archive/ArchiveMentions.tsx';
import { useUiLocale } from './use-ui-locale.ts';
import { ALIAS_KIND_OPTIONS_BY_LOCALE, reliabilityLabel } from './vocabulary-options.ts';

const capitalised = (text: string) => text.charAt(0).toLocaleUpperCase('en') + text.slice(1);
const aliasKind = (kind: string, locale: UiLocale) => ALIAS_KIND_OPTIONS_BY_LOCALE[locale].find((option) => option.value === kind)?.label ?? kind;
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
  const m = useMessages(caseMessages);
  const locale = useUiLocale();
  const date = (value: string | null) => formatDate(value, locale);
  const country = (code: string) => countryName(code, locale);
  const { sentence } = record;
  return (
    <article className="lib-detail" aria-label={m.caseDetail(displayName(record))}>
      <button type="button" className="lib-insert-case" onClick={() => requestCaseInsert(record.id)}>
        {m.insertIntoStatement}
      </button>
      {record.confidential && (
        <p className="lib-confidential-banner" role="note">
          {m.confidentialBanner}
        </p>
      )}
      <FactList
        facts={[
          [m.status, STATUSES[record.status][locale]],
          [m.roles, record.roles.map((role) => ROLES[role][locale]).join(', ')],
          [m.born, date(record.birthDate)],
          [m.nationality, record.nationality ? country(record.nationality) : ''],
          [m.ethnicity, record.ethnicity],
          [m.middleNameFact, record.middleName],
        ]}
      />

      {record.aliases.length > 0 && (
        <DetailSection
          title={m.otherSpellings}
          heading={m.alsoWritten}
          items={record.aliases.map((alias, i) => ({ key: String(i), content: <>{alias.name}{inBrackets(aliasKind(alias.kind, locale), alias.language)}</> }))}
        />
      )}

      <DetailSection title={m.timeline}>
        {record.events.length === 0 ? (
          <p className="muted">{m.noEvents}</p>
        ) : (
          <ol className="lib-timeline">
            {inTimeOrder(record.events).map((event) => (
              <li key={event.id}>
                <span className="lib-timeline-date">{date(event.date) || m.undated}</span>
                <span className="lib-timeline-what">{[capitalised(EVENT_TYPES[event.type][locale]), event.place, event.country ? country(event.country) : ''].filter(Boolean).join(', ')}</span>
                {event.text && <span className="lib-timeline-text">{event.text}</span>}
              </li>
            ))}
          </ol>
        )}
      </DetailSection>

      {record.charges.length > 0 && (
        <DetailSection
          title={m.charges}
          items={record.charges.map((charge) => ({
            key: charge.id,
            content: (
              <>
                {m.chargeLine(charge.article, charge.code)}
                {charge.country && ` (${country(charge.country)})`}
                {charge.articleText && (
                  <details className="lib-article-text">
                    <summary>{m.articleText}</summary>
                    <p>{charge.articleText}</p>
                  </details>
                )}
              </>
            ),
          }))}
        />
      )}

      {sentence && (
        <DetailSection title={m.sentence}>
          <p>
            {sentence.text || (sentence.years !== null ? m.termInYears(sentence.years) : m.sentenced)}
            {sentence.suspended && m.suspendedNote}
            {sentence.date && <span className="muted"> — {date(sentence.date)}</span>}
          </p>
        </DetailSection>
      )}

      {record.sources.length > 0 && (
        <DetailSection
          title={m.sources}
          items={record.sources.map((source, i) => ({
            key: String(i),
            content: (
              <>
                {source.url ? <ExternalLink url={source.url}>{source.title}</ExternalLink> : source.title}
                {inBrackets(date(source.date), reliabilityLabel(source.reliability, locale))}
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
