import { useMemo, useState } from 'react';
import { individualSignatorySchema, newIndividualSignatory, type IndividualSignatory } from '../../../core/signatories/signatory.ts';
import { Modal } from '../../app/Modal.tsx';
import { CountryField } from './CountryField.tsx';
import { DuplicateNotice } from './DuplicateNotice.tsx';
import { issuesByField, type FieldIssues } from './form-issues.ts';
import { FormButtons } from './FormButtons.tsx';
import { FormField } from './FormField.tsx';
import { findSameSigner } from './library-match.ts';
import { today } from './list-edits.ts';
import type { SignerDialogProps } from './signatories-session.ts';
import { StatusFields } from './StatusFields.tsx';
import './signatories.css';

/** Add or edit a person who signs in their own name: names, role, affiliation, country, status, an email never printed. */
export function IndividualDialog({ initial, list, newId, onSave, onCancel }: SignerDialogProps<IndividualSignatory>) {
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
  const set = <K extends keyof typeof fields>(key: K) => (value: (typeof fields)[K]) => setFields((f) => ({ ...f, [key]: value }));

  const candidate: IndividualSignatory = {
    ...base,
    ...fields,
    email: fields.email.trim(),
    statusDate: initial === null || fields.status !== base.status ? today() : base.statusDate,
  };
  const same = fields.givenName.trim() + fields.familyName.trim() === '' ? null : findSameSigner(list, candidate);

  const save = () => {
    const parsed = individualSignatorySchema.safeParse(candidate);
    if (!parsed.success) return setIssues(issuesByField(parsed.error));
    onSave(parsed.data);
  };

  const name = initial ? [initial.givenName, initial.familyName].filter(Boolean).join(' ') : '';
  return (
    <Modal title={initial ? `Edit ${name}` : 'Add an individual'} onCancel={onCancel} className="signatory-dialog">
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          save();
        }}
      >
        <div className="form-row">
          <FormField label="Given name" value={fields.givenName} onChange={set('givenName')} issue={issues['givenName']} autoFocus />
          <FormField label="Family name" value={fields.familyName} onChange={set('familyName')} issue={issues['familyName']} />
        </div>
        <DuplicateNotice match={same} />
        <FormField label="Role or title" value={fields.role} onChange={set('role')} issue={issues['role']} hint="researcher on Turkmenistan, independent journalist" />
        <div className="form-row">
          <FormField label="Organisation" value={fields.organisation} onChange={set('organisation')} issue={issues['organisation']} />
          <CountryField label="Country" value={fields.country} onChange={set('country')} issue={issues['country']} />
        </div>
        <FormField label="Email" type="email" value={fields.email} onChange={set('email')} issue={issues['email']} hint="Kept in the file to reach them; never printed or exported." />
        <StatusFields status={fields.status} note={fields.statusNote} onStatus={set('status')} onNote={set('statusNote')} noteIssue={issues['statusNote']} />
        <FormButtons submit={initial ? 'Save' : 'Add'} onCancel={onCancel} />
      </form>
    </Modal>
  );
}
