import { z } from 'zod';
import type { SerializedNode } from '../statement/editor-state.ts';
import type { DeclaredVariable } from './statement-to-template.ts';
import { isVariableName, normaliseName } from './variable-name.ts';
import { VARIABLE_TYPES } from './variable-types.ts';

/**
 * A variable the writer marked in a statement (Insert > Make Template Variable): the chip
 * in the text carries its whole declaration, so cut and paste, undo and redo carry it with
 * the chip, and Save as Template finds it wherever the chip is.
 *
 *   { "type": "template-variable", "name": "detainee", "label": "Name of the detainee",
 *     "variable": { "type": "text", "help": "", "default": "Aziz Karimov", "choices": [] } }
 */
export const markedVariableSchema = z.object({
  type: z.enum(VARIABLE_TYPES),
  help: z.string().max(2000),
  /** The text that was selected, as the template's default (a date as YYYY-MM-DD, a year or number as figures). */
  default: z.union([z.string().max(5000), z.number().finite()]).nullable(),
  choices: z.array(z.string().max(300)).max(200),
});
export type MarkedVariable = z.infer<typeof markedVariableSchema>;

/** The declaration a chip carries, or null for a chip of a template's own (its declaration is in meta.template). */
export function markedVariableOf(node: SerializedNode): MarkedVariable | null {
  const parsed = markedVariableSchema.safeParse(node['variable']);
  return parsed.success ? parsed.data : null;
}

export function declaredFromMark(name: string, label: string, mark: MarkedVariable): DeclaredVariable {
  return { name, label, type: mark.type, help: mark.help, default: mark.default, choices: [...mark.choices], compute: null, annual: false };
}

/** A name for a label: "Name of the detainee" gives "name of the detainee"; null if nothing usable is left. */
export function nameFromLabel(label: string): string | null {
  const name = normaliseName(label.toLowerCase().replace(/[^\p{L}\p{N} _-]/gu, ' ')).replace(/^[^\p{L}]+/u, '').slice(0, 40).trim();
  return isVariableName(name) ? name : null;
}

export type DefaultProblem = 'date' | 'year' | 'number' | 'choice' | 'list' | 'line';

/** What is wrong with a default for its type (for the dialog to say in the interface language), or null: the parser's rules (declarations.ts). */
export function defaultProblem(mark: Pick<MarkedVariable, 'type' | 'default' | 'choices'>): DefaultProblem | null {
  const value = mark.default;
  if (value === null || value === '') return null;
  switch (mark.type) {
    case 'date':
      return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? null : 'date';
    case 'year':
      return /^\d{4}$/.test(String(value)) ? null : 'year';
    case 'number':
      return /^-?\d+(\.\d+)?$/.test(String(value)) ? null : 'number';
    case 'choice':
      return mark.choices.includes(String(value)) ? null : 'choice';
    case 'organisation list':
    case 'case list':
      return 'list';
    default:
      return /[\u0000-\u001f]/.test(String(value)) ? 'line' : null;
  }
}
