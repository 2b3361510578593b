import { useEffect, useId, useState } from 'react';
import { formatCase } from '../../../core/cases/insert/format-case.ts';
import { DEFAULT_INSERT_OPTIONS, INSERT_FORMATS, type DateStyle, type InsertFormat, type InsertOptions, type InsertRequest } from '../../../core/cases/insert/insert-request.ts';
import { insertCase, type InsertedCase } from '../../../core/cases/insert/inserted-case.ts';
import { displayName } from '../../../core/cases/names.ts';
import type { CaseRecord } from '../../../core/cases/person.ts';
import type { CaseSummary } from '../../../core/library/api.ts';
import type { StatementLanguage } from '../../../core/statement/language.ts';
import { Modal } from '../../app/Modal.tsx';
import { optionId, SearchCombobox } from '../../app/SearchCombobox.tsx';
import { studio } from '../../studio.ts';
import { caseStatusLine } from '../LibraryPanel.tsx';
import { useUiLocale } from '../library/use-ui-locale.ts';
import { InsertedTextPreview } from './InsertedTextPreview.tsx';
import { useMessages } from '../../i18n/messages.ts';
import { caseMessages } from './messages.ts';

const TYPING_PAUSE_MS = 120;

type Props = {
  language: StatementLanguage;
  /** The statement's date (YYYY-MM-DD or ''): ages are computed at it. */
  statementDate: string;
  /** A case chosen already (Insert from the Library panel's case): offered first. */
  preselectedId?: string | undefined;
  onInsert: (inserted: InsertedCase) => void;
  onCancel: () => void;
};

/** A record as the result list shows it. */
function summaryOf(record: CaseRecord): CaseSummary {
  const { id, givenName, familyName, birthDate, status, roles, confidential, updatedAt, nationality } = record;
  return { id, displayName: displayName(record), givenName, familyName, birthDate, status, roles, countries: nationality ? [nationality] : [], confidential, updatedAt };
}

/**
 * Insert > Case from Library: find the case (any spelling), choose how it is written, see
 * the text as it will stand in the statement, insert it at the cursor.
 */
export function InsertCaseDialog({ language, statementDate, preselectedId, onInsert, onCancel }: Props) {
  const m = useMessages(caseMessages);
  const locale = useUiLocale();
  const [query, setQuery] = useState('');
  // The results with the search text they answer: until the answer to what is typed now
  // arrives, nothing is offered (Enter must not insert the case an older search found).
  const [answered, setAnswered] = useState<{ query: string; cases: CaseSummary[] } | null>(null);
  const results = answered !== null && answered.query === query.trim() ? answered.cases : null;
  const [active, setActive] = useState(0);
  const [loaded, setLoaded] = useState<CaseRecord | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [format, setFormat] = useState<InsertFormat>('list-line');
  const [options, setOptions] = useState<InsertOptions>({ ...DEFAULT_INSERT_OPTIONS, statementDate: /^\d{4}-\d{2}-\d{2}$/.test(statementDate) ? statementDate : '' });
  const listId = useId();

  useEffect(() => {
    let current = true;
    const text = query.trim();
    const timer = window.setTimeout(
      () => {
        const answer =
          text === '' && preselectedId !== undefined
            ? studio.library.getCase({ id: preselectedId }).then((found) => (found.ok ? { ok: true as const, value: [summaryOf(found.value)] } : found))
            : text === ''
              ? studio.library.recentCases({ limit: 20 })
              : studio.library.search({ query: text, limit: 20 });
        void answer.then((result) => {
          if (!current) return;
          setAnswered({ query: text, cases: result.ok ? result.value : [] });
          setError(result.ok ? null : result.message);
          setActive(0);
        });
      },
      text === '' ? 0 : TYPING_PAUSE_MS,
    );
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query, preselectedId]);

  // The chosen case's full record, for the preview and the insertion.
  const chosenId = results?.[active]?.id ?? null;
  const record = loaded !== null && loaded.id === chosenId ? loaded : null;
  useEffect(() => {
    let current = true;
    if (chosenId === null) return;
    void studio.library.getCase({ id: chosenId }).then((answer) => {
      if (!current) return;
      if (answer.ok) setLoaded(answer.value);
      else setError(answer.message);
    });
    return () => {
      current = false;
    };
  }, [chosenId]);

  const request: InsertRequest = { format, language, options };
  const preview = record ? formatCase(record, request) : null;
  const insert = () => {
    if (record) onInsert(insertCase(record, request));
  };

  const option = (name: keyof Pick<InsertOptions, 'showAge' | 'chargeFootnotes' | 'eventDetails' | 'boldName'>, label: string, disabled = false) => (
    <label className="check">
      <input type="checkbox" checked={options[name]} disabled={disabled} onChange={(e) => setOptions({ ...options, [name]: e.target.checked })} /> {label}
    </label>
  );

  return (
    <Modal title={m.insertFromLibrary} onCancel={onCancel} className="insert-case-dialog">
      <SearchCombobox
        label={m.search}
        placeholder={m.searchPlaceholder}
        value={query}
        onChange={setQuery}
        listId={listId}
        count={results?.length ?? 0}
        active={active}
        setActive={setActive}
        onEnter={insert}
      />
      <ul id={listId} className="insert-case-results" role="listbox" aria-label={m.results}>
        {results?.map((summary, i) => (
          <li key={summary.id} id={optionId(listId, i)} role="option" aria-selected={i === active} onMouseDown={(e) => e.preventDefault()} onClick={() => setActive(i)}>
            <strong className="library-case-name">{summary.displayName}</strong>
            <span className="library-case-status">{caseStatusLine(summary, { locale })}</span>
          </li>
        ))}
      </ul>
      {results !== null && results.length === 0 && (
        <p className="muted" role="status">
          {error ?? (query.trim() === '' ? m.searchPrompt : m.noMatch)}
        </p>
      )}
      <fieldset className="insert-case-format">
        <legend>{m.writeAs}</legend>
        {INSERT_FORMATS.map((value) => (
          <label key={value} className="check">
            <input type="radio" name="insert-case-format" value={value} checked={format === value} onChange={() => setFormat(value)} /> {m.formatLabel(value)}
          </label>
        ))}
      </fieldset>
      <fieldset className="insert-case-options">
        <legend>{m.options}</legend>
        {option('showAge', options.statementDate === '' ? m.ageNeedsDate : m.ageAtDate, options.statementDate === '')}
        {option('chargeFootnotes', m.articleFootnotes)}
        {option('boldName', m.nameInBold)}
        {format === 'paragraph' && option('eventDetails', m.eventDetails)}
        {language === 'en' && (
          <label>
            {m.dates}{' '}
            <select aria-label={m.dateStyle} value={options.dateStyle} onChange={(e) => setOptions({ ...options, dateStyle: e.target.value as DateStyle })}>
              <option value="day-month-year">19 May 2023</option>
              <option value="month-day-year">May 19, 2023</option>
            </select>
          </label>
        )}
      </fieldset>
      <div className="insert-case-preview" aria-label={m.preview} role="region">
        {preview ? <InsertedTextPreview text={preview} /> : <span className="muted">{chosenId ? m.readingCase : m.chooseCase}</span>}
        {preview?.confidential && <p className="problem error">{m.confidentialWarning}</p>}
      </div>
      <div className="dialog-buttons">
        <button type="button" className="primary" disabled={!record} onClick={insert}>
          {m.insert}
        </button>
        <button type="button" onClick={onCancel}>
          {m.cancel}
        </button>
      </div>
    </Modal>
  );
}
