import { z } from 'zod';
import { lineSchema, recordIdSchema } from '../cases/common.ts';
import { countryCodeSchema } from '../cases/countries.ts';
import { datePrecision, partialDateSchema } from '../cases/dates.ts';

/**
 * Who signs a statement: organisations and individuals, each with where their signature
 * stands. The list lives in the .statement file; only confirmed signatories are printed.
 */

export const SIGNATORY_STATUSES = ['invited', 'confirmed', 'declined', 'withdrawn'] as const;
export type SignatoryStatus = (typeof SIGNATORY_STATUSES)[number];

/** A day (YYYY-MM-DD): a status changes on a known day, never "in 2023". */
export const statusDateSchema = partialDateSchema.refine((date) => datePrecision(date) === 'day', 'expected a date as YYYY-MM-DD');

/** Deliberately loose: one @, no spaces. Sign-on forms already check addresses, and we never send mail. */
export const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+$/;
export const emailSchema = lineSchema(254).refine((s) => s === '' || EMAIL_PATTERN.test(s), 'expected an email address');

const signatoryFields = {
  id: recordIdSchema,
  status: z.enum(SIGNATORY_STATUSES),
  statusDate: statusDateSchema.nullable(),
  /** Who confirmed and how ("Nadejda by phone"); internal, never printed. */
  statusNote: lineSchema(500),
  /** A lead organisation issues the statement: the lead sentence names it. */
  lead: z.boolean(),
  /** For the writer to reach the signer; kept in the file and the roster, never exported (see publicSignatory). */
  email: emailSchema,
};

/** The organisation's names in a Russian statement: "по заявлению" needs the genitive. */
export const russianNamesSchema = z.object({
  nominative: lineSchema(300).pipe(z.string().min(1, 'a Russian name cannot be empty')),
  genitive: lineSchema(300),
  abbreviation: lineSchema(40),
});
export type RussianNames = z.infer<typeof russianNamesSchema>;

export const organisationSignatorySchema = z.object({
  kind: z.literal('organisation'),
  ...signatoryFields,
  fullName: lineSchema(300).pipe(z.string().min(1, 'an organisation needs its full name')),
  abbreviation: lineSchema(40),
  country: countryCodeSchema.nullable(),
  /** Where it works from when in exile: country UZ, exileCountry FR. */
  exileCountry: countryCodeSchema.nullable(),
  russian: russianNamesSchema.nullable(),
  /** The library organisation it came from, so the roster and the list can be matched again. */
  organisationId: recordIdSchema.nullable(),
});
export type OrganisationSignatory = z.infer<typeof organisationSignatorySchema>;

export const individualSignatorySchema = z
  .object({
    kind: z.literal('individual'),
    ...signatoryFields,
    givenName: lineSchema(200),
    familyName: lineSchema(200),
    /** "researcher on Turkmenistan", "Independent journalist". */
    role: lineSchema(300),
    /** Affiliation as the signer writes it; free text, since many individuals' organisations are not in the library. */
    organisation: lineSchema(300),
    country: countryCodeSchema.nullable(),
    /** The person in the library's roster of individual signatories, if any. */
    personId: recordIdSchema.nullable(),
  })
  .refine((s) => s.givenName !== '' || s.familyName !== '', { path: ['familyName'], message: 'a signer needs a given or a family name' });
export type IndividualSignatory = z.infer<typeof individualSignatorySchema>;

export const signatorySchema = z.discriminatedUnion('kind', [organisationSignatorySchema, individualSignatorySchema]);
export type Signatory = z.infer<typeof signatorySchema>;
export type SignatoryKind = Signatory['kind'];

/** The list in a statement: ids must be unique, since the block, the lead sentence and the UI refer to signers by id. */
export const signatoryListSchema = z
  .array(signatorySchema)
  .max(100_000)
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.forEach((s, index) => {
      if (seen.has(s.id)) ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `the id "${s.id}" is used twice` });
      seen.add(s.id);
    });
  });

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** A signatory without its id: what an import proposes before the list gives it one. */
export type SignatoryDraft = DistributiveOmit<Signatory, 'id'>;

/**
 * What may leave the writer's machine: no email and no note of who confirmed how. Exporters
 * take this type, so reading an email there is a compile error rather than a review comment.
 */
export type PublicSignatory = DistributiveOmit<Signatory, 'email' | 'statusNote'>;

export function publicSignatory(s: Signatory): PublicSignatory {
  const { email: _email, statusNote: _note, ...rest } = s;
  return rest;
}

/** What every new signer starts with: invited, not yet answered, not lead. */
const NEW_SIGNER = { status: 'invited', statusDate: null, statusNote: '', lead: false, email: '' } as const;

export function newOrganisationSignatory(id: string, fields: Partial<Omit<OrganisationSignatory, 'id' | 'kind'>> = {}): OrganisationSignatory {
  return {
    kind: 'organisation',
    id,
    ...NEW_SIGNER,
    fullName: '',
    abbreviation: '',
    country: null,
    exileCountry: null,
    russian: null,
    organisationId: null,
    ...fields,
  };
}

export function newIndividualSignatory(id: string, fields: Partial<Omit<IndividualSignatory, 'id' | 'kind'>> = {}): IndividualSignatory {
  return {
    kind: 'individual',
    id,
    ...NEW_SIGNER,
    givenName: '',
    familyName: '',
    role: '',
    organisation: '',
    country: null,
    personId: null,
    ...fields,
  };
}
