import { memo, type DragEvent, type KeyboardEvent } from 'react';
import { SIGNATORY_STATUSES, type Signatory, type SignatoryStatus } from '../../../core/signatories/signatory.ts';
import type { StatementLanguage } from '../../../core/statement/language.ts';
import { ChoiceSelect } from './ChoiceSelect.tsx';
import { labelsOf } from './labels.ts';
import { useMessages } from '../../i18n/messages.ts';
import { signatoryMessages } from './messages.ts';
import { signerDetails, signerName, statusLine } from './list-edits.ts';
import { StatusNoteField } from './StatusNoteField.tsx';
import './signatories.css';

/** Which control had the focus when a signer moved, so it can have it again after the move. */
export type MoveControl = 'handle' | 'up' | 'down' | 'row';

/** What a row asks of the list; one stable object for all rows, so a change to one signer re-renders one row. */
export type RowActions = {
  status(id: string, status: SignatoryStatus): void;
  /** The note typed after a status change, or null to leave the note as it is. */
  note(id: string, note: string | null): void;
  lead(id: string, lead: boolean): void;
  edit(id: string): void;
  remove(id: string): void;
  move(id: string, direction: -1 | 1, control: MoveControl): void;
  dragStart(id: string, event: DragEvent<HTMLElement>): void;
  dragOver(id: string, event: DragEvent<HTMLElement>): void;
  drop(id: string, event: DragEvent<HTMLElement>): void;
  dragEnd(): void;
};

type Props = {
  signatory: Signatory;
  index: number;
  count: number;
  /** Manual order: the row can be dragged and moved with the keyboard. */
  movable: boolean;
  capitals: boolean;
  language: StatementLanguage;
  noteOpen: boolean;
  /** Where a dragged signer would land: above or below this row. */
  drop: 'before' | 'after' | null;
  actions: RowActions;
};

/** One signer in the panel: name and details, status with its day and note, lead, edit, remove, move. */
export const SignatoryRow = memo(function SignatoryRow({ signatory: s, index, count, movable, capitals, language, noteOpen, drop, actions }: Props) {
  const m = useMessages(signatoryMessages);
  const name = signerName(s, capitals, language);
  const details = signerDetails(s, language);
  const status = statusLine(s);
  const onKeyDown = (event: KeyboardEvent<HTMLLIElement>) => {
    if (!movable || !event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    const control = (event.target as HTMLElement).dataset['control'] as MoveControl | undefined;
    actions.move(s.id, event.key === 'ArrowUp' ? -1 : 1, control ?? 'row');
  };
  return (
    <li
      className="signer"
      data-id={s.id}
      data-status={s.status}
      data-drop={drop ?? undefined}
      aria-label={name}
      onKeyDown={onKeyDown}
      onDragOver={(e) => actions.dragOver(s.id, e)}
      onDrop={(e) => actions.drop(s.id, e)}
    >
      <div className="signer-main">
        {movable && (
          <button
            type="button"
            className="drag-handle"
            draggable
            data-control="handle"
            aria-label={m.moveHandle(name, index + 1, count)}
            title={m.dragTitle}
            onDragStart={(e) => actions.dragStart(s.id, e)}
            onDragEnd={() => actions.dragEnd()}
          >
            ⠿
          </button>
        )}
        <div className="signer-text">
          <span className="signer-name">
            {name}
            {s.kind === 'organisation' && s.lead && <span className="badge lead-badge">{m.leadBadge}</span>}
          </span>
          {details !== '' && <span className="signer-details">{details}</span>}
          {status !== '' && (
            <span className="signer-status-line" title={status}>
              {status}
            </span>
          )}
        </div>
      </div>
      <div className="signer-controls">
        <ChoiceSelect aria-label={m.statusOf(name)} value={s.status} choices={SIGNATORY_STATUSES} labels={labelsOf(SIGNATORY_STATUSES, m.statusLabel)} onChange={(status) => actions.status(s.id, status)} />
        {s.kind === 'organisation' && (
          <label className="check" title={m.leadTitle}>
            <input type="checkbox" checked={s.lead} aria-label={m.isLead(name)} onChange={(e) => actions.lead(s.id, e.target.checked)} /> {m.lead}
          </label>
        )}
        {/* The buttons stay together: a row too narrow for them all (longer Russian words) puts them on the next line. */}
        <span className="signer-buttons">
          {movable && (
            <>
              <button type="button" className="icon" data-control="up" aria-label={m.moveUp(name)} title={m.moveUpTitle} disabled={index === 0} onClick={() => actions.move(s.id, -1, 'up')}>
                ↑
              </button>
              <button type="button" className="icon" data-control="down" aria-label={m.moveDown(name)} title={m.moveDownTitle} disabled={index === count - 1} onClick={() => actions.move(s.id, 1, 'down')}>
                ↓
              </button>
            </>
          )}
          <button type="button" className="icon" aria-label={m.editName(name)} title={m.editTitle} onClick={() => actions.edit(s.id)}>
            ✎
          </button>
          <button type="button" className="icon" aria-label={m.removeName(name)} title={m.removeTitle} onClick={() => actions.remove(s.id)}>
            ✕
          </button>
        </span>
      </div>
      {noteOpen && <StatusNoteField signatory={s} label={name} onDone={(note) => actions.note(s.id, note)} />}
    </li>
  );
});
