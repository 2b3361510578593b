import { z } from 'zod';
import { datePrecision, partialDateSchema } from '../dates.ts';

/**
 * What the writer asked for when inserting a case: the format, the statement's language and
 * the options. Stored with the inserted text, so that a refresh rebuilds it the same way.
 */
export const INSERT_FORMATS = ['list-line', 'sentence', 'paragraph'] as const;
export type InsertFormat = (typeof INSERT_FORMATS)[number];

export const INSERT_LANGUAGES = ['en', 'ru'] as const;
export type InsertLanguage = (typeof INSERT_LANGUAGES)[number];

/** English only: "19 May 2023" or "May 19, 2023". Russian always writes "19 мая 2023 г.". */
export const DATE_STYLES = ['day-month-year', 'month-day-year'] as const;
export type DateStyle = (typeof DATE_STYLES)[number];

export const insertOptionsSchema = z.object({
  /** The statement's date (YYYY-MM-DD), at which an age is computed; '' while it has none. */
  statementDate: z.union([z.literal(''), partialDateSchema.refine((date) => datePrecision(date) === 'day', 'expected a full date YYYY-MM-DD')]),
  dateStyle: z.enum(DATE_STYLES),
  /** Show the age at the statement's date instead of the birth year: "(31)" for "(1992)". */
  showAge: z.boolean(),
  /** Put each charge's article text in a footnote after its article number. */
  chargeFootnotes: z.boolean(),
  /** Paragraph format: follow each event with the free text recorded for it. */
  eventDetails: z.boolean(),
  /** Write the person's name in bold where it first appears. */
  boldName: z.boolean(),
});
export type InsertOptions = z.infer<typeof insertOptionsSchema>;

export const insertRequestSchema = z.object({
  format: z.enum(INSERT_FORMATS),
  language: z.enum(INSERT_LANGUAGES),
  options: insertOptionsSchema,
});
export type InsertRequest = z.infer<typeof insertRequestSchema>;

export const DEFAULT_INSERT_OPTIONS: InsertOptions = {
  statementDate: '',
  dateStyle: 'day-month-year',
  showAge: false,
  chargeFootnotes: false,
  eventDetails: false,
  boldName: false,
};
