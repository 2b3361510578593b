import { signerDraftSchema, type SignerRecord } from '../../../core/signatories/signer-record.ts';
import { orNull, parseTags, validateDraft } from './form-helpers.ts';

/** The signer editor's form, as typed; see case-form.ts. */
export type SignerForm = { givenName: string; familyName: string; role: string; organisation: string; country: string; email: string; tags: string };

export function signerForm(record: SignerRecord | null): SignerForm {
  return {
    givenName: record?.givenName ?? '',
    familyName: record?.familyName ?? '',
    role: record?.role ?? '',
    organisation: record?.organisation ?? '',
    country: record?.country ?? '',
    email: record?.email ?? '',
    tags: record?.tags.join(', ') ?? '',
  };
}

export function signerDraftOf(form: SignerForm): unknown {
  return { ...form, country: orNull(form.country), email: form.email.trim(), tags: parseTags(form.tags) };
}

export const checkSignerForm = (form: SignerForm) => validateDraft(signerDraftSchema, signerDraftOf(form));

/** "Reyimberdy Kurbanov", as the roster lists a person. */
export const signerDisplayName = (record: Pick<SignerRecord, 'givenName' | 'familyName'>) => [record.givenName, record.familyName].filter(Boolean).join(' ');
