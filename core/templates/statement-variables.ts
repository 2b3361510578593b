import type { Statement } from '../statement/schema.ts';
import { walkEditorNodes } from './editor-walk.ts';
import { declaredFromMark, markedVariableOf } from './marked-variable.ts';
import { filledVariableOf, isPlaceholderNode } from './placeholder-node.ts';
import { addFormulaInputs, type DeclaredVariable } from './statement-to-template.ts';
import type { StatementWithTemplate, TemplateRecord } from './template-record.ts';
import { LIST_TYPES } from './variable-types.ts';
import { placeholdersIn } from './variable-name.ts';

/**
 * The variables a statement holds, for Save as Template: the chips the writer marked (their
 * declaration travels in the chip, marked-variable.ts), the chips and the filled-in text of
 * the template it was made from (declared in meta.template, with the value it was given as
 * the new default), "{{name}}" left in its title or places, and what those variables'
 * formulas and the statement's date read. In the order they first appear.
 */
export type FoundVariable = DeclaredVariable & { occurrences: number };

function fromRecord(record: TemplateRecord | undefined, name: string): DeclaredVariable | null {
  const declared = record?.variables.find((v) => v.name === name);
  if (!record || !declared) return null;
  const value = record.values[name];
  const usable = declared.compute === null && !LIST_TYPES.has(declared.type) && (typeof value === 'string' || typeof value === 'number');
  return { ...declared, choices: [...declared.choices], default: usable ? value : null };
}

export function variablesInStatement(statement: Statement): FoundVariable[] {
  const record = (statement as StatementWithTemplate).meta.template;
  const found = new Map<string, FoundVariable>();
  const add = (declared: DeclaredVariable | null) => {
    if (declared === null) return;
    const seen = found.get(declared.name);
    if (seen) seen.occurrences++;
    else found.set(declared.name, { ...declared, occurrences: 1 });
  };
  const plain = (name: string, label: string): DeclaredVariable => ({ name, label, type: 'text', help: '', default: null, choices: [], compute: null, annual: false });
  const inText = (text: string) => {
    for (const { name } of placeholdersIn(text)) add(fromRecord(record, name) ?? plain(name, name));
  };
  inText(statement.meta.title);
  statement.meta.places.forEach(inText);
  walkEditorNodes(statement.editor.root, (node) => {
    if (isPlaceholderNode(node)) {
      const mark = markedVariableOf(node);
      const label = node.label || node.name;
      add(mark ? declaredFromMark(node.name, label, mark) : (fromRecord(record, node.name) ?? plain(node.name, label)));
      return;
    }
    const filled = filledVariableOf(node);
    if (filled !== null) add(fromRecord(record, filled));
  });
  // What the found ones stand on: the statement's date and the variables their formulas read.
  if (record) {
    const needed = new Set(found.keys());
    if (record.dateVariable !== null) needed.add(record.dateVariable);
    addFormulaInputs([...found.values(), ...record.variables.filter((v) => !found.has(v.name))], needed);
    for (const v of record.variables) if (needed.has(v.name) && !found.has(v.name)) found.set(v.name, { ...fromRecord(record, v.name)!, occurrences: 0 });
  }
  return [...found.values()];
}
