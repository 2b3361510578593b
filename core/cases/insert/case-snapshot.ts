import { z } from 'zod';
import { lineSchema, recordIdSchema, timestampSchema } from '../common.ts';
import { countryCodeSchema } from '../countries.ts';
import { partialDateSchema } from '../dates.ts';
import { aliasSchema, caseEventSchema, chargeSchema, sentenceSchema, type CaseRecord } from '../person.ts';
import { ROLE_VALUES, STATUS_VALUES } from '../vocabulary.ts';
import { isRussianTag } from './case-names.ts';

/**
 * The part of a case an inserted text was made from, stored in the statement so that the
 * file stands alone (on another computer, without the library) and so that a refresh can
 * say what changed. It holds every fact any format reads and nothing else: sources, tags,
 * ethnicity and the middle name stay in the library, and of the aliases only the Russian
 * ones, which a Russian statement names the person by.
 */
export const caseSnapshotSchema = z.object({
  id: recordIdSchema,
  /** When the library last changed the case, for display; staleness compares the facts. */
  updatedAt: timestampSchema,
  givenName: lineSchema(200),
  familyName: lineSchema(200),
  familyNameStyle: z.enum(['capitals', 'as-written']),
  aliases: z.array(aliasSchema).max(100),
  birthDate: partialDateSchema.nullable(),
  nationality: countryCodeSchema.nullable(),
  roles: z.array(z.enum(ROLE_VALUES)).max(20),
  status: z.enum(STATUS_VALUES),
  events: z.array(caseEventSchema).max(1000),
  charges: z.array(chargeSchema).max(200),
  sentence: sentenceSchema.nullable(),
  confidential: z.boolean(),
});
export type CaseSnapshot = z.infer<typeof caseSnapshotSchema>;

/** A copy, so later edits of the record do not reach into the statement's snapshot. */
export function caseSnapshot(record: CaseRecord | CaseSnapshot): CaseSnapshot {
  return {
    id: record.id,
    updatedAt: record.updatedAt,
    givenName: record.givenName,
    familyName: record.familyName,
    familyNameStyle: record.familyNameStyle,
    aliases: record.aliases.filter((alias) => isRussianTag(alias.language)).map((alias) => ({ ...alias })),
    birthDate: record.birthDate,
    nationality: record.nationality,
    roles: [...record.roles],
    status: record.status,
    events: record.events.map((event) => ({ ...event })),
    charges: record.charges.map((charge) => ({ ...charge })),
    sentence: record.sentence === null ? null : { ...record.sentence },
    confidential: record.confidential,
  };
}

/**
 * The facts of a snapshot as a writer tells them apart, each with the fields it is stored
 * in: what the Refresh dialog lists and lets the writer accept one by one.
 */
export const SNAPSHOT_FACTS = {
  name: ['givenName', 'familyName', 'familyNameStyle'],
  russianName: ['aliases'],
  birthDate: ['birthDate'],
  nationality: ['nationality'],
  roles: ['roles'],
  status: ['status'],
  events: ['events'],
  charges: ['charges'],
  sentence: ['sentence'],
  confidential: ['confidential'],
} as const satisfies Record<string, ReadonlyArray<keyof CaseSnapshot>>;
export type SnapshotFact = keyof typeof SNAPSHOT_FACTS;
export const SNAPSHOT_FACT_NAMES = Object.keys(SNAPSHOT_FACTS) as SnapshotFact[];

/** `base` with these facts taken from `from`. */
export function withFacts(base: CaseSnapshot, from: CaseSnapshot, facts: ReadonlyArray<SnapshotFact>): CaseSnapshot {
  const fields = facts.flatMap((fact) => SNAPSHOT_FACTS[fact]);
  return caseSnapshot({ ...base, ...Object.fromEntries(fields.map((field) => [field, from[field]])) });
}
