import { z } from 'zod';
import { lineSchema, recordIdSchema, tagsSchema, textSchema, timestampSchema, webUrlSchema } from './common.ts';
import { countryCodeSchema } from './countries.ts';
import { partialDateSchema } from './dates.ts';
import { EVENT_TYPE_VALUES, RELIABILITY_VALUES, ROLE_VALUES, STATUS_VALUES } from './vocabulary.ts';

/**
 * A case: one person at risk and what happened to them. Statements quote it, so every fact
 * has its own field (dates with their precision, countries as codes, charges with their
 * article text) and the insert formats can build a list line, a sentence or a paragraph in
 * English or Russian from it.
 */

/** Another written form of the person's name: "Durdyiev" (aka), "Мейманкулыев", "Meýmankulyýew". */
export const aliasSchema = z.object({
  name: lineSchema(200).pipe(z.string().min(1, 'an alias cannot be empty')),
  kind: z.enum(['alias', 'transliteration', 'former-name']),
  /** Language or script of this form (BCP 47: "ru", "tk", "uz-Latn"), if known; "ru" is used for Russian statements. */
  language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'expected a language tag such as "ru" or "uz-Latn"').nullable(),
});
export type Alias = z.infer<typeof aliasSchema>;

export const caseEventSchema = z.object({
  id: recordIdSchema,
  type: z.enum(EVENT_TYPE_VALUES),
  date: partialDateSchema.nullable(),
  place: lineSchema(200),
  country: countryCodeSchema.nullable(),
  text: textSchema(4000),
});
export type CaseEvent = z.infer<typeof caseEventSchema>;

export const chargeSchema = z.object({
  id: recordIdSchema,
  /** As the code numbers it: "159", "244-1", "159 part 4". */
  article: lineSchema(60).pipe(z.string().min(1, 'a charge needs its article')),
  /** "Criminal Code". */
  code: lineSchema(200),
  country: countryCodeSchema.nullable(),
  /** The article's wording (or a summary of it), ready to become a footnote. */
  articleText: textSchema(8000),
});
export type Charge = z.infer<typeof chargeSchema>;

export const sentenceSchema = z.object({
  /** As a statement would say it: "23 years in prison", "six years, suspended". */
  text: lineSchema(500),
  years: z.number().min(0).max(100).nullable(),
  suspended: z.boolean(),
  date: partialDateSchema.nullable(),
});
export type Sentence = z.infer<typeof sentenceSchema>;

export const sourceSchema = z.object({
  title: lineSchema(500).pipe(z.string().min(1, 'a source needs a title')),
  url: webUrlSchema.nullable(),
  date: partialDateSchema.nullable(),
  reliability: z.enum(RELIABILITY_VALUES),
});
export type Source = z.infer<typeof sourceSchema>;

const caseFields = z.object({
  givenName: lineSchema(200),
  familyName: lineSchema(200),
  /** Patronymic or middle name, when statements use it. */
  middleName: lineSchema(200),
  /** How statements write the family name: "MEYMANKULYYEV" (capitals) or as written. */
  familyNameStyle: z.enum(['capitals', 'as-written']),
  aliases: z.array(aliasSchema).max(100),
  birthDate: partialDateSchema.nullable(),
  nationality: countryCodeSchema.nullable(),
  ethnicity: lineSchema(100),
  roles: z.array(z.enum(ROLE_VALUES)).max(20),
  status: z.enum(STATUS_VALUES),
  events: z.array(caseEventSchema).max(1000),
  charges: z.array(chargeSchema).max(200),
  sentence: sentenceSchema.nullable(),
  sources: z.array(sourceSchema).max(500),
  tags: tagsSchema,
  /** Shared only deliberately: flagged wherever the case is inserted, left out of exports unless asked for. */
  confidential: z.boolean(),
});

/** Rules across fields, shared by drafts and records. */
function checkCase(record: z.infer<typeof caseFields>, ctx: z.RefinementCtx): void {
  // A given name alone ("Yermek") is enough; an alias alone is not, since lists and statements show the name.
  if (record.givenName === '' && record.familyName === '') {
    ctx.addIssue({ code: 'custom', path: ['familyName'], message: 'a case needs a given or a family name' });
  }
  for (const [list, items] of [['events', record.events], ['charges', record.charges]] as const) {
    const seen = new Set<string>();
    items.forEach((item, index) => {
      if (seen.has(item.id)) ctx.addIssue({ code: 'custom', path: [list, index, 'id'], message: `the id "${item.id}" is used twice in this case` });
      seen.add(item.id);
    });
  }
}

/** Everything about a case that the writer edits; the library adds the id and updatedAt. */
export const caseDraftSchema = caseFields.superRefine(checkCase);
export type CaseDraft = z.infer<typeof caseDraftSchema>;
export type CaseDraftInput = z.input<typeof caseDraftSchema>;

export const caseRecordSchema = caseFields.extend({ id: recordIdSchema, updatedAt: timestampSchema }).superRefine(checkCase);
export type CaseRecord = z.infer<typeof caseRecordSchema>;

/** A draft with every list empty and every optional fact unknown: the starting point of the editor and of tests. */
export function emptyCaseDraft(): CaseDraft {
  return {
    givenName: '',
    familyName: '',
    middleName: '',
    familyNameStyle: 'capitals',
    aliases: [],
    birthDate: null,
    nationality: null,
    ethnicity: '',
    roles: [],
    status: 'at-risk',
    events: [],
    charges: [],
    sentence: null,
    sources: [],
    tags: [],
    confidential: false,
  };
}
