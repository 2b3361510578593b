import { z } from 'zod';
import { DATE_STYLES } from '../cases/insert/insert-request.ts';
import type { Statement } from '../statement/schema.ts';
import { parseFormula } from './formula.ts';
import type { Template, VariableDeclaration } from './template.ts';
import { variableValueSchema, type VariableValue } from './values.ts';
import { VARIABLE_TYPES } from './variable-types.ts';

/**
 * What a statement remembers of the template it was made from (meta.template): the
 * template's id, the variables as they were declared then and the values the writer gave
 * them. The declarations travel with the statement, so next year's edition can be made on
 * another computer, or after the template has changed, and still know which dates are the
 * statement's own and how the computed values were worked out.
 */
export const templateVariableRecordSchema = z.object({
  name: z.string().min(1).max(60),
  label: z.string().max(300),
  type: z.enum(VARIABLE_TYPES),
  help: z.string().max(2000),
  choices: z.array(z.string().max(300)).max(200),
  /** The formula of a computed variable (formula.ts), as the template wrote it. */
  compute: z.string().max(300).nullable(),
  annual: z.boolean(),
});
export type TemplateVariableRecord = z.infer<typeof templateVariableRecordSchema>;

export const templateRecordSchema = z.object({
  id: z.string().min(1).max(80),
  name: z.string().max(300),
  dateStyle: z.enum(DATE_STYLES),
  /** The variable that is the statement's date, if any. */
  dateVariable: z.string().max(60).nullable(),
  variables: z.array(templateVariableRecordSchema).max(500),
  /** The values the statement was made with (a default that was taken, too); computed ones are not stored. */
  values: z.record(z.string(), variableValueSchema),
});
export type TemplateRecord = z.infer<typeof templateRecordSchema>;

/** A statement that may carry its template record; the schema's meta gains the field (see the templates issue). */
export type StatementWithTemplate = Statement & { meta: Statement['meta'] & { template?: TemplateRecord | undefined } };

export function recordOf(template: Template, values: Readonly<Record<string, VariableValue>>): TemplateRecord {
  return {
    id: template.id,
    name: template.name,
    dateStyle: template.dateStyle,
    dateVariable: template.dateVariable,
    variables: template.variables.map(({ name, label, type, help, choices, compute, annual }) => ({ name, label, type, help, choices: [...choices], compute, annual })),
    values: { ...values },
  };
}

/**
 * The declarations of a record, formulas read again. A formula that no longer reads (a
 * record edited by hand) leaves its variable without one: its text is then left as it is.
 */
export function declarationsOf(record: TemplateRecord): VariableDeclaration[] {
  const names = new Set(record.variables.map((v) => v.name));
  return record.variables.map((v) => {
    const parsed = v.compute === null ? null : parseFormula(v.compute, (name) => names.has(name));
    return { ...v, choices: [...v.choices], default: null, formula: parsed?.ok ? parsed.formula : null, line: 0 };
  });
}
