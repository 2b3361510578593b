import { useId, useRef, useState } from 'react';
import { insertCase, type InsertedCase } from '../../../core/cases/insert/inserted-case.ts';
import { DEFAULT_INSERT_OPTIONS } from '../../../core/cases/insert/insert-request.ts';
import { displayName } from '../../../core/cases/names.ts';
import type { CaseSummary } from '../../../core/library/api.ts';
import type { StatementLanguage } from '../../../core/statement/language.ts';
import type { VariableDeclaration } from '../../../core/templates/template.ts';
import type { OrganisationValue, VariableValue } from '../../../core/templates/values.ts';
import { studio } from '../../studio.ts';
import { useMessages } from '../../i18n/messages.ts';
import { templateFormMessages } from './form-messages.ts';
import { TemplateField } from './TemplateField.tsx';

type Props = {
  declaration: VariableDeclaration;
  value: VariableValue | null | undefined;
  onChange: (value: VariableValue | null) => void;
  problem: string | undefined;
  language: StatementLanguage;
  /** The statement's date as the form stands, for the cases' ages and dates. */
  statementDate: string;
};

/** "Norwegian Helsinki Committee (NHC)" per line, to the organisations the template lists. */
export function parseOrganisationLines(text: string): OrganisationValue[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => {
      const match = /^(.*?)\s*\(([^()]{1,40})\)$/.exec(line);
      return match ? { name: match[1]!, abbreviation: match[2]! } : { name: line, abbreviation: '' };
    });
}

const organisationLines = (value: OrganisationValue[]) => value.map((o) => (o.abbreviation ? `${o.name} (${o.abbreviation})` : o.name)).join('\n');

/** One variable of a template's form, as its type asks: a line, a date, a number, a choice, a list of organisations or of cases. */
export function VariableField({ declaration, value, onChange, problem, language, statementDate }: Props) {
  const m = useMessages(templateFormMessages);
  const id = useId();
  const hint = declaration.help ? <span className="field-help">{declaration.help}</span> : null;
  const error = problem ? (
    <span className="field-problem" role="alert">
      {problem}
    </span>
  ) : null;
  let input;
  switch (declaration.type) {
    case 'date':
      input = <input id={id} type="date" value={typeof value === 'string' ? value : ''} onChange={(e) => onChange(e.target.value || null)} />;
      break;
    case 'year':
    case 'number':
      input = <input id={id} type="number" value={typeof value === 'number' ? value : ''} onChange={(e) => onChange(e.target.value === '' ? null : Number(e.target.value))} />;
      break;
    case 'choice':
      input = (
        <select id={id} value={typeof value === 'string' ? value : ''} onChange={(e) => onChange(e.target.value || null)}>
          <option value="">—</option>
          {declaration.choices.map((choice) => (
            <option key={choice}>{choice}</option>
          ))}
        </select>
      );
      break;
    case 'organisation list':
      input = (
        <textarea
          id={id}
          rows={3}
          placeholder={m.organisationsPlaceholder}
          defaultValue={Array.isArray(value) ? organisationLines(value as OrganisationValue[]) : ''}
          onChange={(e) => onChange(parseOrganisationLines(e.target.value))}
        />
      );
      break;
    case 'case list':
      input = <CaseListField id={id} cases={Array.isArray(value) ? (value as InsertedCase[]) : []} onChange={onChange} language={language} statementDate={statementDate} />;
      break;
    default:
      input = <input id={id} type="text" value={typeof value === 'string' ? value : ''} onChange={(e) => onChange(e.target.value)} />;
  }
  return (
    <TemplateField id={id} label={declaration.label}>
      {input}
      {hint}
      {error}
    </TemplateField>
  );
}

/** Cases from the library, found in any spelling, written as list lines in the statement. */
function CaseListField({ id, cases, onChange, language, statementDate }: { id: string; cases: InsertedCase[]; onChange: (value: VariableValue | null) => void; language: StatementLanguage; statementDate: string }) {
  const m = useMessages(templateFormMessages);
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<CaseSummary[]>([]);
  // The search answering the latest keystroke: an older answer arriving late is dropped.
  const latest = useRef('');
  const search = async (text: string) => {
    setQuery(text);
    latest.current = text;
    const answer = text.trim() === '' ? { ok: true as const, value: [] } : await studio.library.search({ query: text, limit: 8 });
    if (latest.current === text) setFound(answer.ok ? answer.value : []);
  };
  const add = async (summary: CaseSummary) => {
    const record = await studio.library.getCase({ id: summary.id });
    if (!record.ok) return;
    const options = { ...DEFAULT_INSERT_OPTIONS, statementDate: /^\d{4}-\d{2}-\d{2}$/.test(statementDate) ? statementDate : '' };
    onChange([...cases.filter((c) => c.caseId !== summary.id), insertCase(record.value, { format: 'list-line', language, options })]);
    setQuery('');
    setFound([]);
  };
  return (
    <div className="case-list-field">
      {cases.length > 0 && (
        <ul aria-label={m.chosenCases}>
          {cases.map((c) => (
            <li key={c.caseId}>
              {displayName(c.snapshot)}{' '}
              <button type="button" className="small" aria-label={m.removeCase(displayName(c.snapshot))} onClick={() => onChange(cases.filter((other) => other !== c))}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <input id={id} type="search" placeholder={m.addCase} value={query} onChange={(e) => void search(e.target.value)} />
      {found.length > 0 && (
        <ul className="case-list-found" aria-label={m.casesFound}>
          {found.map((summary) => (
            <li key={summary.id}>
              <button type="button" className="small" onClick={() => void add(summary)}>
                + {summary.displayName}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
