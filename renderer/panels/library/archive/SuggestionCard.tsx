import type { FoundPerson } from '../../../../core/archive/found-person.ts';
import type { CaseSuggestion } from '../../../../core/archive/suggest-cases.ts';
import { countryName } from '../../../../core/cases/countries.ts';
import { sentenceText } from '../../../../core/archive/case-update.ts';
import { describeCharge, describeEvent } from '../../../../core/cases/insert/case-diff.ts';
import type { UiLocale } from '../../../../core/i18n/ui-locale.ts';
import { displayName } from '../../../../core/cases/names.ts';
import type { CaseDraft } from '../../../../core/cases/person.ts';
import { ROLES, STATUSES } from '../../../../core/cases/vocabulary.ts';
import { useMessages } from '../../../i18n/messages.ts';
import { caseSuggestionMessages } from './case-suggestions-messages.ts';
import { useUiLocale } from '../use-ui-locale.ts';

type Props = {
  suggestion: CaseSuggestion;
  taken: boolean;
  onTake(taken: boolean): void;
  changeIds: ReadonlySet<string>;
  onChange(id: string, taken: boolean): void;
};

/** The facts of a new case, one line each, as the library will hold them. */
function draftFacts(draft: CaseDraft, person: FoundPerson, m: (typeof caseSuggestionMessages)['en'], locale: UiLocale): string[] {
  const birth = person.birth;
  return [
    birth === null ? '' : m.born(String(birth.year), birth.fromAge === null || birth.alternative === null ? '' : m.fromAge(birth.fromAge, birth.alternative)),
    draft.nationality === null ? '' : `${m.field('nationality')}: ${countryName(draft.nationality, locale)}`,
    draft.roles.length === 0 ? '' : `${m.field('role')}: ${draft.roles.map((r) => ROLES[r][locale]).join(', ')}`,
    ...draft.aliases.map((a) => `${m.field('alias')}: ${a.name}`),
    ...draft.events.map((e) => `${m.field('event')}: ${describeEvent(e, locale)}`),
    ...draft.charges.map((c) => `${m.field('charge')}: ${describeCharge(c, locale)}`),
    draft.sentence === null ? '' : `${m.field('sentence')}: ${sentenceText(draft.sentence, locale)}`,
    `${m.field('status')}: ${STATUSES[draft.status][locale]}`,
  ].filter((line) => line !== '');
}

/** One suggested person: take it or leave it, with the sentence it was read from and, for an update, each change. */
export function SuggestionCard({ suggestion, taken, onTake, changeIds, onChange }: Props) {
  const m = useMessages(caseSuggestionMessages);
  const locale = useUiLocale();
  const { person } = suggestion;
  const name = suggestion.kind === 'new' ? displayName(suggestion.draft) : `${person.given} ${person.family}`;
  return (
    <li className={`case-suggestion ${suggestion.kind}`} aria-label={name}>
      <label className="case-suggestion-head">
        <input type="checkbox" checked={taken} onChange={(e) => onTake(e.target.checked)} aria-label={m.takePerson(name)} />
        <span className="case-suggestion-name">{name}</span>
        <span className="case-suggestion-kind">{suggestion.kind === 'new' ? m.newCase : m.update}</span>
      </label>
      {suggestion.kind === 'update' && <p className="case-suggestion-match">{m.inLibrary(displayName(suggestion.record))}</p>}
      <blockquote className="case-suggestion-evidence">{person.evidence}</blockquote>
      {suggestion.kind === 'new' ? (
        <ul className="case-suggestion-facts">
          {draftFacts(suggestion.draft, person, m, locale).map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ) : (
        <ul className="case-suggestion-changes">
          {suggestion.changes.map((change) => (
            <li key={change.id}>
              <label>
                <input
                  type="checkbox"
                  disabled={!taken}
                  checked={taken && changeIds.has(change.id)}
                  onChange={(e) => onChange(change.id, e.target.checked)}
                  aria-label={m.takeChange(`${m.field(change.field)}: ${change.after}`)}
                />
                <span className="case-suggestion-field">{m.field(change.field)}:</span> {change.replaces ? `${change.before} → ${change.after}` : change.after}
              </label>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
