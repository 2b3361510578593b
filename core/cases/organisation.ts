import { z } from 'zod';
import { lineSchema, recordIdSchema, tagsSchema, timestampSchema, webUrlSchema } from './common.ts';
import { countryCodeSchema } from './countries.ts';

/**
 * How an organisation is named in one language. Russian statements need the genitive too
 * ("по заявлению Ассоциации …"), so each language may carry it beside the nominative.
 */
export const organisationNameSchema = z.object({
  language: z.string().regex(/^[a-z]{2,3}$/, 'expected a language code such as "ru"'),
  nominative: lineSchema(300).pipe(z.string().min(1, 'a name cannot be empty')),
  genitive: lineSchema(300),
  abbreviation: lineSchema(40),
});
export type OrganisationName = z.infer<typeof organisationNameSchema>;

const organisationFields = z.object({
  fullName: lineSchema(300).pipe(z.string().min(1, 'an organisation needs its full name')),
  abbreviation: lineSchema(40),
  /** The country it works on or is registered in. */
  country: countryCodeSchema.nullable(),
  /** Where it is based when it works from exile: "Uzbekistan, based in exile in France". */
  exileCountry: countryCodeSchema.nullable(),
  website: webUrlSchema.nullable(),
  /** Names in other languages than the full name's (which is English). At most one per language. */
  names: z.array(organisationNameSchema).max(20),
  tags: tagsSchema,
});

function checkNames(org: z.infer<typeof organisationFields>, ctx: z.RefinementCtx): void {
  const seen = new Set<string>();
  org.names.forEach((name, index) => {
    if (seen.has(name.language)) ctx.addIssue({ code: 'custom', path: ['names', index, 'language'], message: `a second name in "${name.language}"` });
    seen.add(name.language);
  });
}

export const organisationDraftSchema = organisationFields.superRefine(checkNames);
export type OrganisationDraft = z.infer<typeof organisationDraftSchema>;
export const organisationRecordSchema = organisationFields.extend({ id: recordIdSchema, updatedAt: timestampSchema }).superRefine(checkNames);
export type OrganisationRecord = z.infer<typeof organisationRecordSchema>;
