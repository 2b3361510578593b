import { useCallback, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { orderSignatories } from '../../../core/signatories/order.ts';
import type { IndividualSignatory, OrganisationSignatory, Signatory } from '../../../core/signatories/signatory.ts';
import { BlockPreview } from './BlockPreview.tsx';
import { ImportDialog } from './ImportDialog.tsx';
import { IndividualDialog } from './IndividualDialog.tsx';
import { LeadSentencePreview } from './LeadSentencePreview.tsx';
import { LibraryOrganisationDialog } from './LibraryOrganisationDialog.tsx';
import { shortName, withReplaced } from './list-edits.ts';
import { idMaker } from './new-id.ts';
import { OrganisationDialog } from './OrganisationDialog.tsx';
import { SignatoryList } from './SignatoryList.tsx';
import type { SignatoriesSession } from './signatories-session.ts';
import { SignatorySettingsBar } from './SignatorySettingsBar.tsx';
import { StatusCounts } from './StatusCounts.tsx';
import { useMessages } from '../../i18n/messages.ts';
import { signatoryMessages } from './messages.ts';
import './signatories.css';

type OpenDialog =
  | { kind: 'organisation'; editing: OrganisationSignatory | null }
  | { kind: 'individual'; editing: IndividualSignatory | null }
  | { kind: 'library' }
  | { kind: 'import' };

/** Text fields keep their own Ctrl+Z; everywhere else in the panel it undoes the last change to the list. */
function isTextField(target: EventTarget): boolean {
  return target instanceof HTMLTextAreaElement || (target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'file'].includes(target.type));
}

/**
 * Who signs the statement: counts per status; the list in the statement's order with each
 * signer's status, lead flag, edit, remove and (in manual order) moves by drag or keyboard;
 * the order and printed style; the lead sentence and the printed block as they stand; adding
 * organisations and individuals by hand or from the library, and importing a sign-on form.
 * Every change to the list is one step of the panel's Undo (Ctrl+Z here); the editor keeps its own.
 */
export function SignatoriesPanel({ session }: { session: SignatoriesSession }) {
  const m = useMessages(signatoryMessages);
  const { list, settings, language } = session;
  const [dialog, setDialog] = useState<OpenDialog | null>(null);
  const [message, setMessage] = useState('');
  const ordered = useMemo(() => orderSignatories(list, settings.order, language), [list, settings.order, language]);
  const newId = useMemo(() => idMaker(list.map((s) => s.id)), [list]);
  // Stable for the rows (see SignatoryList), reading the latest list.
  const listRef = useRef(list);
  useLayoutEffect(() => {
    listRef.current = list;
  });
  const edit = useCallback((id: string) => {
    const s = listRef.current.find((signer) => signer.id === id);
    if (s?.kind === 'organisation') setDialog({ kind: 'organisation', editing: s });
    else if (s?.kind === 'individual') setDialog({ kind: 'individual', editing: s });
  }, []);
  const travel = (direction: 'undo' | 'redo') => {
    const label = session.travel(direction);
    if (label !== null) setMessage(direction === 'undo' ? m.undone(label) : m.redone(label));
  };
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey || isTextField(event.target) || dialog !== null) return;
    const key = event.key.toLowerCase();
    if (key === 'z' || key === 'y') {
      event.preventDefault();
      travel(key === 'y' || event.shiftKey ? 'redo' : 'undo');
    }
  };
  const save = (signatory: Signatory) => {
    const existing = list.some((s) => s.id === signatory.id);
    session.setList(existing ? withReplaced(list, signatory) : [...list, signatory], existing ? m.editStep(shortName(signatory)) : m.addStep(shortName(signatory)));
    setMessage(existing ? m.saved(shortName(signatory)) : m.added(shortName(signatory)));
    setDialog(null);
  };
  const arrangeByHand = () => {
    session.setList([...ordered], m.arrangeStep);
    session.setSettings({ ...settings, order: 'manual' });
  };

  return (
    <section className="panel signatories-panel" aria-labelledby="signatories-title" onKeyDown={onKeyDown}>
      <div className="panel-heading">
        <h2 id="signatories-title">
          {m.title} <span className="count">{m.number(list.length)}</span>
        </h2>
        <span className="signatory-history">
          <button type="button" className="icon" aria-label={m.undo} title={session.history.undo ? m.undoTitle(session.history.undo) : m.nothingToUndo} disabled={session.history.undo === null} onClick={() => travel('undo')}>
            ↶
          </button>
          <button type="button" className="icon" aria-label={m.redo} title={session.history.redo ? m.redoTitle(session.history.redo) : m.nothingToRedo} disabled={session.history.redo === null} onClick={() => travel('redo')}>
            ↷
          </button>
        </span>
      </div>
      <StatusCounts list={list} />
      <div className="signatory-actions">
        <button type="button" onClick={() => setDialog({ kind: 'organisation', editing: null })}>
          {m.addOrganisation}
        </button>
        <button type="button" onClick={() => setDialog({ kind: 'individual', editing: null })}>
          {m.addIndividual}
        </button>
        <button type="button" onClick={() => setDialog({ kind: 'library' })}>
          {m.fromLibrary}
        </button>
        <button type="button" onClick={() => setDialog({ kind: 'import' })}>
          {m.importCsv}
        </button>
      </div>
      <p className="signatory-message" role="status" aria-live="polite">
        {message}
      </p>
      <SignatorySettingsBar settings={settings} onChange={session.setSettings} />
      {settings.order !== 'manual' && list.length > 1 && (
        <p className="muted signatory-hint">
          {m.listedAutomatically(settings.order === 'by-country')}{' '}
          <button type="button" className="link-button" onClick={arrangeByHand}>
            {m.arrangeByHand}
          </button>
        </p>
      )}
      <SignatoryList session={session} ordered={ordered} onEdit={edit} announce={setMessage} />
      <LeadSentencePreview list={list} settings={settings} language={language} />
      <BlockPreview list={list} settings={settings} language={language} />

      {dialog?.kind === 'organisation' && <OrganisationDialog initial={dialog.editing} list={list} newId={newId} onSave={save} onCancel={() => setDialog(null)} />}
      {dialog?.kind === 'individual' && <IndividualDialog initial={dialog.editing} list={list} newId={newId} onSave={save} onCancel={() => setDialog(null)} />}
      {dialog?.kind === 'library' && (
        <LibraryOrganisationDialog
          list={list}
          newId={newId}
          onAdd={(signatory) => {
            session.setList([...list, signatory], m.addStep(shortName(signatory)));
            setMessage(m.addedFromLibrary(shortName(signatory)));
          }}
          onCancel={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'import' && (
        <ImportDialog
          list={list}
          newId={newId}
          onImport={(next, label, report) => {
            session.setList(next, label);
            setMessage(report);
            setDialog(null);
          }}
          onCancel={() => setDialog(null)}
        />
      )}
    </section>
  );
}
