import { z } from 'zod';
import { lineSchema, recordIdSchema, tagsSchema, timestampSchema } from '../cases/common.ts';
import { countryCodeSchema } from '../cases/countries.ts';
import { emailSchema } from './signatory.ts';

/**
 * A person in the library's roster of signers: someone who signs statements in their own
 * name ("Reyimberdy KURBANOV, researcher on Turkmenistan, AHRCA"). Not a case: a case is a
 * person a statement is about, a signer is a person who puts their name under it.
 *
 * The email stays in the library (and in its JSON export, which is the roster shared between
 * colleagues); a statement keeps it too, but no statement export ever prints it (publicSignatory).
 */
const signerFields = z.object({
  givenName: lineSchema(200),
  familyName: lineSchema(200),
  /** "researcher on Turkmenistan", "Independent journalist". */
  role: lineSchema(300),
  /** Affiliation as the signer writes it; free text, like an individual signatory's. */
  organisation: lineSchema(300),
  country: countryCodeSchema.nullable(),
  email: emailSchema,
  tags: tagsSchema,
});

const hasAName = (signer: { givenName: string; familyName: string }) => signer.givenName !== '' || signer.familyName !== '';
const NAME_ISSUE = { path: ['familyName'], message: 'a signer needs a given or a family name' };

export const signerDraftSchema = signerFields.refine(hasAName, NAME_ISSUE);
export type SignerDraft = z.infer<typeof signerDraftSchema>;
export type SignerDraftInput = z.input<typeof signerDraftSchema>;

export const signerRecordSchema = signerFields.extend({ id: recordIdSchema, updatedAt: timestampSchema }).refine(hasAName, NAME_ISSUE);
export type SignerRecord = z.infer<typeof signerRecordSchema>;

export function emptySignerDraft(): SignerDraft {
  return { givenName: '', familyName: '', role: '', organisation: '', country: null, email: '', tags: [] };
}
