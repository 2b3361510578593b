import { useCallback, useLayoutEffect, useMemo, useRef, useState, type DragEvent } from 'react';
import { moveSignatory } from '../../../core/signatories/order.ts';
import type { Signatory } from '../../../core/signatories/signatory.ts';
import { messagesNow, useMessages } from '../../i18n/messages.ts';
import { signatoryMessages } from './messages.ts';
import { dropTarget, shortName, stepTarget, today, withLead, withStatus, withStatusNote, without } from './list-edits.ts';
import { SignatoryRow, type MoveControl, type RowActions } from './SignatoryRow.tsx';
import type { SignatoriesSession } from './signatories-session.ts';
import { ShowMore } from './ShowMore.tsx';
import './signatories.css';

const DRAG_TYPE = 'application/x-statement-signatory';
/** Rows rendered at first and added each time the end of the list comes into view. */
export const ROWS_PER_PART = 200;

type Props = {
  session: SignatoriesSession;
  /** The list in the statement's order (the list itself in manual order). */
  ordered: readonly Signatory[];
  onEdit: (id: string) => void;
  /** Tells the writer (and a screen reader) what just happened. */
  announce: (message: string) => void;
};

type Drop = { id: string; before: boolean };

/**
 * The signers in the statement's order. In manual order they are arranged by dragging the
 * handle (HTML5 drag and drop) or from the keyboard (Alt+↑/↓ anywhere in a row, or its arrow
 * buttons); the focus stays with the moved signer. Every change is one step of the panel's Undo.
 * A long list (an import of thousands) is rendered in parts as the writer scrolls.
 */
export function SignatoryList({ session, ordered, onEdit, announce }: Props) {
  const m = useMessages(signatoryMessages);
  const movable = session.settings.order === 'manual';
  const [noteFor, setNoteFor] = useState<string | null>(null);
  const [drop, setDrop] = useState<Drop | null>(null);
  const [limit, setLimit] = useState(ROWS_PER_PART);
  const showMore = useCallback(() => setLimit((l) => l + ROWS_PER_PART), []);
  const dragging = useRef<string | null>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const refocus = useRef<{ id: string; control: MoveControl } | null>(null);
  // The rows' actions are made once; they read the session of the latest render from here.
  const latest = useRef(session);
  useLayoutEffect(() => {
    latest.current = session;
  });

  // After a keyboard move, the focus goes back to the control that moved the signer (React may have moved its row).
  useLayoutEffect(() => {
    const target = refocus.current;
    if (!target) return;
    refocus.current = null;
    const row = listRef.current?.querySelector<HTMLElement>(`li[data-id="${CSS.escape(target.id)}"]`);
    if (!row) return;
    const control = target.control === 'row' ? null : row.querySelector<HTMLElement>(`[data-control="${target.control}"]`);
    const focusable = control && !(control as HTMLButtonElement).disabled ? control : row.querySelector<HTMLElement>('[data-control="handle"]');
    focusable?.focus();
    row.scrollIntoView({ block: 'nearest' });
  });

  const actions = useMemo<RowActions>(() => {
    const find = (id: string) => latest.current.list.find((s) => s.id === id);
    const moveTo = (id: string, to: number, label: string) => {
      const { list, setList } = latest.current;
      const from = list.findIndex((s) => s.id === id);
      if (from === -1 || to === from) return;
      setList(moveSignatory(list, from, to), label);
      announce(messagesNow(signatoryMessages).movedTo(label, to + 1, list.length));
    };
    // Undo steps and announcements are worded when they happen, in the interface language of that moment.
    const now = () => messagesNow(signatoryMessages);
    return {
      status: (id, status) => {
        const s = find(id);
        if (!s) return;
        latest.current.setList(withStatus(latest.current.list, id, status, today()), now().statusStep(now().statusLabel(status), shortName(s)));
        setNoteFor(id);
      },
      note: (id, note) => {
        setNoteFor(null);
        const s = find(id);
        if (note === null || !s || note.trim() === s.statusNote) return;
        latest.current.setList(withStatusNote(latest.current.list, id, note), now().noteStep(shortName(s)));
      },
      lead: (id, lead) => {
        const s = find(id);
        if (s) latest.current.setList(withLead(latest.current.list, id, lead), now().leadStep(lead, shortName(s)));
      },
      edit: onEdit,
      remove: (id) => {
        const s = find(id);
        if (!s) return;
        latest.current.setList(without(latest.current.list, id), now().removeStep(shortName(s)));
        announce(now().removed(shortName(s)));
      },
      move: (id, direction, control) => {
        const { list } = latest.current;
        const from = list.findIndex((s) => s.id === id);
        const to = from === -1 ? null : stepTarget(from, direction, list.length);
        if (to === null) return;
        refocus.current = { id, control };
        setLimit((l) => Math.max(l, to + 2)); // the moved row and the one below it stay rendered
        moveTo(id, to, now().moveStep(shortName(list[from]!)));
      },
      dragStart: (id, event: DragEvent<HTMLElement>) => {
        dragging.current = id;
        event.dataTransfer.effectAllowed = 'move';
        event.dataTransfer.setData(DRAG_TYPE, id);
        const row = event.currentTarget.closest('li');
        if (row) event.dataTransfer.setDragImage(row, 12, 12);
      },
      dragOver: (id, event) => {
        if (dragging.current === null) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'move';
        const box = event.currentTarget.getBoundingClientRect();
        const before = event.clientY < box.top + box.height / 2;
        setDrop((current) => (current?.id === id && current.before === before ? current : { id, before }));
      },
      drop: (id, event) => {
        const moving = dragging.current;
        dragging.current = null;
        setDrop(null);
        if (moving === null) return;
        event.preventDefault();
        const { list } = latest.current;
        const from = list.findIndex((s) => s.id === moving);
        const over = list.findIndex((s) => s.id === id);
        if (from === -1 || over === -1) return;
        const box = event.currentTarget.getBoundingClientRect();
        moveTo(moving, dropTarget(from, over, event.clientY < box.top + box.height / 2), now().moveStep(shortName(list[from]!)));
      },
      dragEnd: () => {
        dragging.current = null;
        setDrop(null);
      },
    };
  }, [onEdit, announce]);

  if (ordered.length === 0) return null;
  return (
    <ol className="signatory-list" ref={listRef} aria-label={m.listAria} onDragLeave={(e) => e.currentTarget === e.target && setDrop(null)}>
      {ordered.slice(0, limit).map((s, index) => (
        <SignatoryRow
          key={s.id}
          signatory={s}
          index={index}
          count={ordered.length}
          movable={movable}
          capitals={session.settings.familyNameCapitals}
          language={session.language}
          noteOpen={noteFor === s.id}
          drop={drop?.id === s.id ? (drop.before ? 'before' : 'after') : null}
          actions={actions}
        />
      ))}
      {ordered.length > limit && (
        <li className="signatory-more">
          <ShowMore shown={limit} total={ordered.length} step={ROWS_PER_PART} onMore={showMore} what="signers" />
        </li>
      )}
    </ol>
  );
}
