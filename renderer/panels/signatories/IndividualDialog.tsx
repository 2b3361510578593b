import { useEffect, useMemo, useState } from 'react';
import { signerDraftFromSignatory, type RosterPerson } from '../../../core/signatories/roster.ts';
import { individualSignatorySchema, newIndividualSignatory, type IndividualSignatory } from '../../../core/signatories/signatory.ts';
import { Modal } from '../../app/Modal.tsx';
import { studio } from '../../studio.ts';
import { CountryField } from './CountryField.tsx';
import { DuplicateNotice } from './DuplicateNotice.tsx';
import { issuesByField, type FieldIssues } from './form-issues.ts';
import { FormButtons } from './FormButtons.tsx';
import { FormField } from './FormField.tsx';
import { findInRoster, findSameSigner, type RosterMatch } from './library-match.ts';
import { today } from './list-edits.ts';
import type { SignerDialogProps } from './signatories-session.ts';
import { StatusFields } from './StatusFields.tsx';
import { messagesNow, useMessages } from '../../i18n/messages.ts';
import { signatoryMessages } from './messages.ts';
import './signatories.css';

const TYPING_PAUSE_MS = 200;

/** The roster person this individual would repeat: looked up by email and by family (or given) name in any spelling. */
async function lookUpRoster(signatory: IndividualSignatory): Promise<RosterMatch | null> {
  const queries = [signatory.email.trim(), signatory.familyName.trim() || signatory.givenName.trim()].filter((q) => q !== '');
  const people: RosterPerson[] = [];
  for (const query of queries) {
    const answer = await studio.library.listSigners({ query: query.slice(0, 500) });
    if (answer.ok) people.push(...answer.value);
  }
  return findInRoster(people, signatory);
}

const personName = (p: { givenName: string; familyName: string }) => [p.givenName, p.familyName].filter(Boolean).join(' ');

/**
 * Add or edit a person who signs in their own name: names, role, affiliation, country, status,
 * an email never printed. A new individual can be saved to the library's roster of people as
 * well, and is then linked to it; if the roster has them already (same email or name), the
 * signer is linked to that record instead, unless the writer says it is someone else.
 */
export function IndividualDialog({ initial, list, newId, onSave, onCancel }: SignerDialogProps<IndividualSignatory>) {
  const m = useMessages(signatoryMessages);
  const base = useMemo(() => initial ?? newIndividualSignatory(newId()), [initial, newId]);
  const [fields, setFields] = useState({
    givenName: base.givenName,
    familyName: base.familyName,
    role: base.role,
    organisation: base.organisation,
    country: base.country,
    email: base.email,
    status: base.status,
    statusNote: base.statusNote,
  });
  const [issues, setIssues] = useState<FieldIssues>({});
  const [saveToLibrary, setSaveToLibrary] = useState(false);
  const [inRoster, setInRoster] = useState<RosterMatch | null>(null);
  const [separate, setSeparate] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof typeof fields>(key: K) => (value: (typeof fields)[K]) => setFields((f) => ({ ...f, [key]: value }));

  const candidate: IndividualSignatory = {
    ...base,
    ...fields,
    email: fields.email.trim(),
    statusDate: initial === null || fields.status !== base.status ? today() : base.statusDate,
  };
  const same = fields.givenName.trim() + fields.familyName.trim() === '' ? null : findSameSigner(list, candidate);

  const { givenName, familyName, email } = candidate;
  useEffect(() => {
    let current = true;
    const wanted = saveToLibrary && base.personId === null && givenName.trim() + familyName.trim() + email !== '';
    const timer = window.setTimeout(() => {
      if (!wanted) return setInRoster(null);
      void lookUpRoster({ ...base, givenName, familyName, email }).then((match) => current && setInRoster(match));
    }, wanted ? TYPING_PAUSE_MS : 0);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [saveToLibrary, base, givenName, familyName, email]);

  const save = async () => {
    const parsed = individualSignatorySchema.safeParse(candidate);
    if (!parsed.success) return setIssues(issuesByField(parsed.error));
    setIssues({});
    let signatory = parsed.data;
    if (saveToLibrary && signatory.personId === null) {
      setBusy(true);
      // Looked up again now: the answer shown may be older than the last keystroke.
      const known = separate ? null : await lookUpRoster(signatory);
      if (known) signatory = { ...signatory, personId: known.record.id };
      else {
        const created = await studio.library.createSigner({ draft: signerDraftFromSignatory(signatory) });
        if (!created.ok) {
          setBusy(false);
          setFailure(messagesNow(signatoryMessages).personNotSaved(created.message));
          return;
        }
        signatory = { ...signatory, personId: created.value.id };
      }
      setBusy(false);
    }
    onSave(signatory);
  };

  const name = initial ? personName(initial) : '';
  return (
    <Modal title={initial ? m.editSigner(name) : m.addIndividualTitle} onCancel={onCancel} className="signatory-dialog">
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <div className="form-row">
          <FormField label={m.givenName} value={fields.givenName} onChange={set('givenName')} issue={issues['givenName']} autoFocus />
          <FormField label={m.familyName} value={fields.familyName} onChange={set('familyName')} issue={issues['familyName']} />
        </div>
        <DuplicateNotice match={same} />
        <FormField label={m.role} value={fields.role} onChange={set('role')} issue={issues['role']} hint={m.roleHint} />
        <div className="form-row">
          <FormField label={m.organisation} value={fields.organisation} onChange={set('organisation')} issue={issues['organisation']} />
          <CountryField label={m.country} value={fields.country} onChange={set('country')} issue={issues['country']} />
        </div>
        <FormField label={m.email} type="email" value={fields.email} onChange={set('email')} issue={issues['email']} hint={m.personEmailHint} />
        <StatusFields status={fields.status} note={fields.statusNote} onStatus={set('status')} onNote={set('statusNote')} noteIssue={issues['statusNote']} />
        {base.personId === null ? (
          <label className="check">
            <input type="checkbox" checked={saveToLibrary} onChange={(e) => setSaveToLibrary(e.target.checked)} /> {m.saveToPeople}
          </label>
        ) : (
          <p className="muted form-hint">{m.linkedPerson}</p>
        )}
        {saveToLibrary && inRoster && (
          <div className="problem warning duplicate-notice" role="status">
            {separate ? (
              <p>{m.savedAsNewPerson(personName(inRoster.record), inRoster.reason)}</p>
            ) : (
              <p>{m.alreadyInLibrary(personName(inRoster.record), inRoster.reason)}</p>
            )}
            <button type="button" onClick={() => setSeparate((s) => !s)}>
              {separate ? m.linkToRecord : m.saveAsDifferent}
            </button>
          </div>
        )}
        {failure && (
          <p className="field-error" role="alert">
            {failure}
          </p>
        )}
        <FormButtons submit={initial ? m.save : m.add} onCancel={onCancel} busy={busy} />
      </form>
    </Modal>
  );
}
