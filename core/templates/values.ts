import { z } from 'zod';
import { recordIdSchema } from '../cases/common.ts';
import { insertedCaseSchema, type InsertedCase } from '../cases/insert/inserted-case.ts';
import { isIsoDate } from './calendar.ts';
import type { VariableDeclaration } from './template.ts';

/**
 * What the "New from template" form hands over for each variable. A variable with no entry,
 * an empty string or an empty list is unfilled: the statement keeps its placeholder.
 *
 *   text, choice        a string (a choice: one of the declared choices)
 *   date                YYYY-MM-DD
 *   year, number        a number
 *   organisation list   organisations as the statement names them (the form takes them from the library)
 *   case list           cases as inserted from the library (core/cases/insert), written in place as case text
 */

/** An organisation in a list: its name in the statement's language, and the abbreviation printed after it. */
export const organisationValueSchema = z.object({
  name: z.string().trim().min(1, 'an organisation needs a name').max(300),
  abbreviation: z.string().trim().max(40),
  organisationId: recordIdSchema.nullable().optional(),
});
export type OrganisationValue = z.infer<typeof organisationValueSchema>;

export type VariableValue = string | number | OrganisationValue[] | InsertedCase[];
export type TemplateValues = Readonly<Record<string, VariableValue | null | undefined>>;

const SINGLE_LINE = /^[^\u0000-\u001f\u007f]*$/;

export const variableValueSchema = z.union([
  z.string().max(5000),
  z.number().finite(),
  z.array(organisationValueSchema).max(1000),
  z.array(insertedCaseSchema).max(1000),
]);

export function isFilled(value: VariableValue | null | undefined): value is VariableValue {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

/** Why a value does not fit its variable, or null when it does. Unfilled values always fit. */
export function valueProblem(declaration: VariableDeclaration, value: VariableValue | null | undefined): string | null {
  if (!isFilled(value)) return null;
  switch (declaration.type) {
    case 'text':
      return typeof value === 'string' && SINGLE_LINE.test(value) ? null : 'expected one line of text';
    case 'choice':
      return typeof value === 'string' && declaration.choices.includes(value) ? null : `expected one of: ${declaration.choices.join(', ')}`;
    case 'date':
      return isIsoDate(value) ? null : 'expected a date as YYYY-MM-DD';
    case 'year':
      return typeof value === 'number' && Number.isInteger(value) && value >= 1000 && value <= 9999 ? null : 'expected a year such as 2025';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? null : 'expected a number';
    case 'organisation list': {
      const parsed = z.array(organisationValueSchema).safeParse(value);
      return parsed.success ? null : `expected organisations: ${parsed.error.issues[0]!.message}`;
    }
    case 'case list': {
      const parsed = z.array(insertedCaseSchema).safeParse(value);
      return parsed.success ? null : `expected cases inserted from the library: ${parsed.error.issues[0]!.message}`;
    }
  }
}

export type ValueProblem = { name: string; message: string };

/** What is wrong with the values the form gathered: for the form to show beside each field. */
export function checkTemplateValues(template: { variables: readonly VariableDeclaration[] }, values: TemplateValues): ValueProblem[] {
  const problems: ValueProblem[] = [];
  for (const [name, value] of Object.entries(values)) {
    const declaration = template.variables.find((v) => v.name === name);
    if (!declaration) {
      if (isFilled(value)) problems.push({ name, message: 'not a variable of this template' });
      continue;
    }
    if (declaration.compute !== null) {
      if (isFilled(value)) problems.push({ name, message: 'computed by the template, not filled in' });
      continue;
    }
    const message = valueProblem(declaration, value);
    if (message !== null) problems.push({ name, message });
  }
  return problems;
}
