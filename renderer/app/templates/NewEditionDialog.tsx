import { useState } from 'react';
import type { Statement } from '../../../core/statement/schema.ts';
import { rolloverStatement, type Rollover } from '../../../core/templates/rollover.ts';
import { Modal } from '../Modal.tsx';
import { useMessages } from '../../i18n/messages.ts';
import { currentUiLocale } from '../../i18n/ui-locale-store.ts';
import { templateFormMessages } from './form-messages.ts';
import './templates.css';

type Props = { statement: Statement; onCreate: (statement: Statement) => void; onCancel: () => void };

/** The year a new edition is for: the year after the statement's own date (or after this year). */
function nextYear(statement: Statement): number {
  const year = /^\d{4}/.exec(statement.meta.date)?.[0];
  return (year ? Number(year) : new Date().getFullYear()) + 1;
}

/**
 * File > New Edition: this statement made into next year's (core/templates/rollover.ts).
 * Shows every change before anything happens; the result is a new, untitled statement and
 * the open file is left as it is.
 */
export function NewEditionDialog({ statement, onCreate, onCancel }: Props) {
  const m = useMessages(templateFormMessages);
  const [year, setYear] = useState(() => nextYear(statement));
  let rollover: Rollover | null = null;
  let error: string | null = null;
  try {
    rollover = rolloverStatement(statement, { toYear: year, locale: currentUiLocale() });
  } catch (caught) {
    error = caught instanceof Error ? caught.message : String(caught);
  }
  return (
    <Modal title={m.editionTitle} onCancel={onCancel} className="template-dialog">
      <label>
        {m.forYear}{' '}
        <input type="number" aria-label={m.editionYear} min={1000} max={9999} value={year} onChange={(e) => setYear(Number(e.target.value))} />
      </label>
      {rollover && (
        <>
          <p className="muted">{m.whatChanges}</p>
          <ul className="edition-changes" aria-label={m.changes}>
            {rollover.changes.map((change, i) => (
              <li key={i}>
                <strong>{change.what}</strong>
                {change.before !== '' || change.after !== '' ? (
                  <>
                    : <span className="before">{change.before || '—'}</span> → <span className="after">{change.after || '—'}</span>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      )}
      {error && <p className="problem error">{error}</p>}
      <div className="dialog-buttons">
        <button type="button" className="primary" disabled={!rollover} onClick={() => rollover && onCreate(rollover.statement)}>
          {m.createEdition}
        </button>
        <button type="button" onClick={onCancel}>
          {m.cancel}
        </button>
      </div>
    </Modal>
  );
}
