import { useMemo, useState } from 'react';
import { organisationDraftFromSignatory } from '../../../core/signatories/roster.ts';
import { newOrganisationSignatory, organisationSignatorySchema, type OrganisationSignatory } from '../../../core/signatories/signatory.ts';
import { Modal } from '../../app/Modal.tsx';
import { studio } from '../../studio.ts';
import { CountryField } from './CountryField.tsx';
import { DuplicateNotice } from './DuplicateNotice.tsx';
import { issuesByField, type FieldIssues } from './form-issues.ts';
import { FormButtons } from './FormButtons.tsx';
import { FormField } from './FormField.tsx';
import { findSameSigner } from './library-match.ts';
import { today } from './list-edits.ts';
import type { SignerDialogProps } from './signatories-session.ts';
import { StatusFields } from './StatusFields.tsx';
import { messagesNow, useMessages } from '../../i18n/messages.ts';
import { signatoryMessages } from './messages.ts';
import './signatories.css';

/**
 * Add or edit an organisation: names in English and Russian (the lead sentence of a Russian
 * statement uses them), country or exile, status, and an email that is never printed. A new
 * organisation can be saved to the library's organisations as well, and is then linked to it.
 */
export function OrganisationDialog({ initial, list, newId, onSave, onCancel }: SignerDialogProps<OrganisationSignatory>) {
  const m = useMessages(signatoryMessages);
  const base = useMemo(() => initial ?? newOrganisationSignatory(newId()), [initial, newId]);
  const [fields, setFields] = useState({
    fullName: base.fullName,
    abbreviation: base.abbreviation,
    country: base.country,
    exileCountry: base.exileCountry,
    ruNominative: base.russian?.nominative ?? '',
    ruGenitive: base.russian?.genitive ?? '',
    ruAbbreviation: base.russian?.abbreviation ?? '',
    email: base.email,
    status: base.status,
    statusNote: base.statusNote,
    lead: base.lead,
  });
  const [saveToLibrary, setSaveToLibrary] = useState(false);
  const [issues, setIssues] = useState<FieldIssues>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof typeof fields>(key: K) => (value: (typeof fields)[K]) => setFields((f) => ({ ...f, [key]: value }));

  const candidate: OrganisationSignatory = {
    ...base,
    fullName: fields.fullName,
    abbreviation: fields.abbreviation,
    country: fields.country,
    exileCountry: fields.exileCountry,
    russian: fields.ruNominative + fields.ruGenitive + fields.ruAbbreviation === '' ? null : { nominative: fields.ruNominative, genitive: fields.ruGenitive, abbreviation: fields.ruAbbreviation },
    email: fields.email.trim(),
    status: fields.status,
    statusDate: initial === null || fields.status !== base.status ? today() : base.statusDate,
    statusNote: fields.statusNote,
    lead: fields.lead,
  };
  const same = fields.fullName.trim() === '' ? null : findSameSigner(list, candidate);

  const save = async () => {
    const parsed = organisationSignatorySchema.safeParse(candidate);
    if (!parsed.success) {
      setIssues(issuesByField(parsed.error));
      return;
    }
    setIssues({});
    let signatory = parsed.data;
    if (saveToLibrary && signatory.organisationId === null) {
      setBusy(true);
      const created = await studio.library.createOrganisation({ draft: organisationDraftFromSignatory(signatory) });
      setBusy(false);
      if (!created.ok) {
        setFailure(messagesNow(signatoryMessages).organisationNotSaved(created.message));
        return;
      }
      signatory = { ...signatory, organisationId: created.value.id };
    }
    onSave(signatory);
  };

  return (
    <Modal title={initial ? m.editSigner(initial.abbreviation || initial.fullName) : m.addOrganisationTitle} onCancel={onCancel} className="signatory-dialog">
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <FormField label={m.fullName} value={fields.fullName} onChange={set('fullName')} issue={issues['fullName']} autoFocus />
        <DuplicateNotice match={same} />
        <div className="form-row">
          <FormField label={m.abbreviation} value={fields.abbreviation} onChange={set('abbreviation')} issue={issues['abbreviation']} />
          <CountryField label={m.country} value={fields.country} onChange={set('country')} issue={issues['country']} />
          <CountryField label={m.inExileIn} value={fields.exileCountry} onChange={set('exileCountry')} issue={issues['exileCountry']} />
        </div>
        <fieldset className="form-group">
          <legend>{m.inRussian}</legend>
          <FormField label={m.ruNominative} value={fields.ruNominative} onChange={set('ruNominative')} issue={issues['russian.nominative'] ?? issues['russian']} />
          <div className="form-row">
            <FormField label={m.ruGenitive} value={fields.ruGenitive} onChange={set('ruGenitive')} issue={issues['russian.genitive']} />
            <FormField label={m.abbreviation} value={fields.ruAbbreviation} onChange={set('ruAbbreviation')} issue={issues['russian.abbreviation']} />
          </div>
        </fieldset>
        <FormField label={m.email} type="email" value={fields.email} onChange={set('email')} issue={issues['email']} hint={m.organisationEmailHint} />
        <StatusFields status={fields.status} note={fields.statusNote} onStatus={set('status')} onNote={set('statusNote')} noteIssue={issues['statusNote']} />
        <label className="check">
          <input type="checkbox" checked={fields.lead} onChange={(e) => set('lead')(e.target.checked)} /> {m.leadCheckbox}
        </label>
        {base.organisationId === null ? (
          <label className="check">
            <input type="checkbox" checked={saveToLibrary} onChange={(e) => setSaveToLibrary(e.target.checked)} /> {m.saveToOrganisations}
          </label>
        ) : (
          <p className="muted form-hint">{m.linkedOrganisation}</p>
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
