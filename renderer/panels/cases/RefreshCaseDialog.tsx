import { useState } from 'react';
import { diffInsertedCase } from '../../../core/cases/insert/case-diff.ts';
import type { SnapshotFact } from '../../../core/cases/insert/case-snapshot.ts';
import { regenerate } from '../../../core/cases/insert/inserted-case.ts';
import type { CaseRecord } from '../../../core/cases/person.ts';
import { Modal } from '../../app/Modal.tsx';
import type { CaseStatus } from '../../editor/plugins/cases/case-status.ts';
import { InsertedTextPreview } from './InsertedTextPreview.tsx';
import { useUiLocale } from '../library/use-ui-locale.ts';
import { useMessages } from '../../i18n/messages.ts';
import { caseMessages } from './messages.ts';

type Props = {
  status: CaseStatus & { current: CaseRecord };
  name: string;
  onUpdate: (accept: SnapshotFact[]) => void;
  onKeep: () => void;
  onCancel: () => void;
};

/**
 * Refresh: what the library now says differently about a case, one line per difference,
 * each ticked to take it or unticked to leave the statement as it is; and the text that
 * will result. Text the writer edited by hand is only replaced when they say so.
 */
export function RefreshCaseDialog({ status, name, onUpdate, onKeep, onCancel }: Props) {
  const m = useMessages(caseMessages);
  const differences = diffInsertedCase(status.inserted, status.current, useUiLocale());
  const [accepted, setAccepted] = useState<ReadonlySet<number>>(() => new Set(differences.map((_, i) => i)));
  const facts = [...new Set(differences.filter((_, i) => accepted.has(i)).map((d) => d.fact))];
  const result = regenerate(status.inserted, status.current, facts).generatedText;
  const toggle = (i: number) => setAccepted((set) => (set.has(i) ? new Set([...set].filter((j) => j !== i)) : new Set([...set, i])));

  return (
    <Modal title={m.refreshTitle(name)} onCancel={onCancel} className="refresh-case-dialog">
      {status.edited && (
        <p className="problem warning" role="note">
          {m.editedWarning}
        </p>
      )}
      <ul className="case-differences" aria-label={m.differences}>
        {differences.map((difference, i) => (
          <li key={`${difference.fact}-${i}`}>
            <label className="check">
              <input type="checkbox" checked={accepted.has(i)} onChange={() => toggle(i)} /> {difference.text}
            </label>
          </li>
        ))}
      </ul>
      <h3 className="preview-heading">{m.willRead}</h3>
      <div className="insert-case-preview" role="region" aria-label={m.refreshedText}>
        <InsertedTextPreview text={result} />
      </div>
      <div className="dialog-buttons">
        <button type="button" className="primary" disabled={facts.length === 0} onClick={() => onUpdate(facts)}>
          {status.edited ? m.replaceMyText : m.updateText}
        </button>
        <button type="button" onClick={onKeep}>
          {m.keepMyText}
        </button>
        <button type="button" onClick={onCancel}>
          {m.cancel}
        </button>
      </div>
    </Modal>
  );
}
