import type { Node, Pair } from 'yaml';
import { isIsoDate } from './calendar.ts';
import { parseDayMonth } from './day-month.ts';
import { formulaResultType, formulaVariables, isFormula, parseFormula, type Formula, type FormulaRef } from './formula.ts';
import type { TemplateText } from './template-messages.ts';
import type { VariableDeclaration } from './template.ts';
import { isVariableName, normaliseName } from './variable-name.ts';
import { isVariableType, LIST_TYPES, VARIABLE_TYPES, type VariableType } from './variable-types.ts';
import type { Place, YamlReader } from './yaml-fields.ts';

/**
 * The "variables:" block of a template's settings, one entry per variable:
 *
 *   variables:
 *     country:
 *       label: Country
 *       type: text
 *       default: Uzbekistan
 *       help: The country the person was returned to
 *     year:
 *       label: Year
 *       compute: year of date
 */

const FIELDS = ['label', 'type', 'default', 'help', 'choices', 'compute', 'annual'] as const;

export type Declarations = {
  variables: VariableDeclaration[];
  /** Every name declared, with its place, including those whose declaration has a problem. */
  declared: Map<string, Place>;
};

type Entry = { name: string; place: Place; fields: Map<string, { node: Node | null; place: Place }> };

function readEntries(reader: YamlReader, node: Node | null | undefined): Entry[] {
  const entries: Entry[] = [];
  for (const { key, pair } of reader.entries(node, reader.m.variables)) {
    const place = reader.placeOf(pair.key as Node);
    const name = normaliseName(key);
    if (!isVariableName(name)) {
      reader.report(place.line, place.column, reader.m.badVariableName(key));
      continue;
    }
    const fields = new Map<string, { node: Node | null; place: Place }>();
    for (const field of reader.entries(pair.value, reader.m.variable(name))) {
      const fieldPlace = reader.placeOf(field.pair.key as Node);
      if (!(FIELDS as readonly string[]).includes(field.key)) {
        reader.report(fieldPlace.line, fieldPlace.column, reader.m.ofVariable(name, reader.m.unknownField(field.key, FIELDS.join(', '))));
        continue;
      }
      fields.set(field.key, { node: (field.pair as Pair<Node, Node | null>).value, place: fieldPlace });
    }
    entries.push({ name, place, fields });
  }
  return entries;
}

/** The default as written, if it suits the type; "today", "26 June" and "this year" are resolved when the statement is made. */
function readDefault(reader: YamlReader, entry: Entry, type: VariableType, choices: string[]): string | number | null {
  const field = entry.fields.get('default');
  if (!field) return null;
  const { line, column } = field.place;
  const m = reader.m;
  const say = (message: string) => reader.report(line, column, m.ofVariable(entry.name, message));
  if (LIST_TYPES.has(type)) {
    say(m.listHasNoDefault(type));
    return null;
  }
  const value = reader.text(field.node, m.defaultOf(entry.name), field.place);
  if (value === null) return null;
  switch (type) {
    case 'date':
      if (value.toLowerCase() === 'today' || isIsoDate(value) || parseDayMonth(value)) return value;
      say(m.badDefaultDate(value));
      return null;
    case 'year':
      if (/^this year$/i.test(value)) return value;
      if (/^\d{4}$/.test(value)) return Number(value);
      say(m.badDefaultYear(value));
      return null;
    case 'number':
      if (/^-?\d+(\.\d+)?$/.test(value)) return Number(value);
      say(m.badDefaultNumber(value));
      return null;
    case 'choice':
      if (choices.includes(value)) return value;
      say(m.defaultNotAChoice(value));
      return null;
    default:
      return value;
  }
}

function readChoices(reader: YamlReader, entry: Entry, type: VariableType | null): string[] {
  const field = entry.fields.get('choices');
  const m = reader.m;
  if (type !== 'choice') {
    if (field) reader.report(field.place.line, field.place.column, m.ofVariable(entry.name, m.onlyChoiceHasChoices));
    return [];
  }
  if (!field) {
    reader.report(entry.place.line, entry.place.column, m.ofVariable(entry.name, m.choiceNeedsChoices));
    return [];
  }
  const choices = reader.textList(field.node, m.choiceOf(entry.name), field.place);
  const seen = new Set<string>();
  for (const choice of choices) {
    if (seen.has(choice.text)) reader.report(choice.place.line, choice.place.column, m.ofVariable(entry.name, m.choiceTwice(choice.text)));
    seen.add(choice.text);
  }
  return [...seen].filter((choice) => choice !== '');
}

/** The type a reference has: a literal's own, or its variable's (declared or computed). */
function refType(ref: FormulaRef, types: ReadonlyMap<string, string>): string | undefined {
  return ref.kind === 'variable' ? types.get(ref.name) : ref.kind === 'year' ? 'year' : 'date';
}

/** What is wrong with the types a formula reads, or null. */
function formulaTypeProblem(formula: Formula, types: ReadonlyMap<string, string>, m: TemplateText): string | null {
  const needsDate = (ref: FormulaRef, role: 'of' | 'from' | 'to') => {
    const type = refType(ref, types);
    return type === 'date' || type === 'year' ? null : m.needsDateOrYear(role, ref.kind === 'variable' ? ref.name : null, type);
  };
  switch (formula.kind) {
    case 'year-of':
    case 'day-of-year':
      return needsDate(formula.of, 'of');
    case 'years-since':
    case 'edition-since':
      return needsDate(formula.from, 'from') ?? (formula.at ? needsDate(formula.at, 'to') : null);
    case 'ordinal': {
      if (isFormula(formula.of)) {
        const inner = formulaResultType(formula.of);
        return inner === 'number' ? formulaTypeProblem(formula.of, types, m) : m.ordinalOfNonNumber(inner);
      }
      const type = refType(formula.of, types);
      return type === 'number' ? null : m.ordinalNeedsNumber;
    }
  }
}

/** Names of computed variables that are computed, at some remove, from themselves. */
function cyclic(variables: readonly VariableDeclaration[]): Set<string> {
  const byName = new Map(variables.map((v) => [v.name, v]));
  const found = new Set<string>();
  for (const start of variables) {
    const seen = new Set<string>();
    const stack = start.formula ? formulaVariables(start.formula) : [];
    while (stack.length > 0) {
      const name = stack.pop()!;
      if (name === start.name) {
        found.add(start.name);
        break;
      }
      if (seen.has(name)) continue;
      seen.add(name);
      const formula = byName.get(name)?.formula;
      if (formula) stack.push(...formulaVariables(formula));
    }
  }
  return found;
}

export function readDeclarations(reader: YamlReader, node: Node | null | undefined): Declarations {
  // A template without variables is a plain skeleton.
  const entries = node === null || node === undefined ? [] : readEntries(reader, node);
  const m = reader.m;
  const declared = new Map<string, Place>();
  for (const entry of entries) {
    if (declared.has(entry.name)) reader.report(entry.place.line, entry.place.column, m.declaredTwice(entry.name));
    else declared.set(entry.name, entry.place);
  }
  const variables: VariableDeclaration[] = [];
  const types = new Map<string, string>();
  const computed: Array<{ declaration: VariableDeclaration; place: Place }> = [];
  const done = new Set<string>();
  for (const entry of entries) {
    if (done.has(entry.name)) continue;
    done.add(entry.name);
    const say = (place: Place, message: string) => reader.report(place.line, place.column, m.ofVariable(entry.name, message));
    const typeField = entry.fields.get('type');
    const computeField = entry.fields.get('compute');
    let type: VariableType | null = null;
    if (typeField) {
      const written = reader.text(typeField.node, m.typeOf(entry.name), typeField.place);
      if (written !== null && isVariableType(written.toLowerCase().replace(/\s+/g, ' '))) type = written.toLowerCase().replace(/\s+/g, ' ') as VariableType;
      else if (written !== null) say(reader.placeOf(typeField.node, typeField.place), m.unknownType(written, VARIABLE_TYPES.join(', ')));
      if (type === null) continue;
    }
    const label = entry.fields.has('label') ? reader.text(entry.fields.get('label')!.node, m.labelOf(entry.name), entry.fields.get('label')!.place) : null;
    const help = entry.fields.has('help') ? reader.text(entry.fields.get('help')!.node, m.helpOf(entry.name), entry.fields.get('help')!.place) : null;
    const annualField = entry.fields.get('annual');
    const annual = annualField ? reader.flag(annualField.node, m.annualOf(entry.name), annualField.place) : false;
    const base = { name: entry.name, label: label || entry.name, help: help ?? '', line: entry.place.line };
    if (computeField) {
      const source = reader.text(computeField.node, m.formulaOf(entry.name), computeField.place);
      if (source === null) continue;
      const parsed = parseFormula(source, (name) => declared.has(name), m);
      if (!parsed.ok) {
        say(reader.placeOf(computeField.node, computeField.place), parsed.message);
        continue;
      }
      for (const field of ['default', 'choices'] as const) {
        const unwanted = entry.fields.get(field);
        if (unwanted) say(unwanted.place, m.computedHas(field));
      }
      if (annualField) say(annualField.place, m.computedAnnual);
      const resultType = formulaResultType(parsed.formula);
      if (type !== null && type !== resultType) say(typeField!.place, m.formulaGives(resultType, type));
      const declaration: VariableDeclaration = { ...base, type: resultType, default: null, choices: [], compute: source, formula: parsed.formula, annual: false };
      types.set(entry.name, resultType);
      computed.push({ declaration, place: computeField.place });
      variables.push(declaration);
      continue;
    }
    if (type === null) {
      say(entry.place, m.needsTypeOrFormula(VARIABLE_TYPES.join(', ')));
      continue;
    }
    const choices = readChoices(reader, entry, type);
    if (annual && type !== 'date' && type !== 'year') say(annualField!.place, m.annualOnlyDates);
    types.set(entry.name, type);
    variables.push({ ...base, type, default: readDefault(reader, entry, type, choices), choices, compute: null, formula: null, annual: annual && (type === 'date' || type === 'year') });
  }
  for (const { declaration, place } of computed) {
    const problem = formulaTypeProblem(declaration.formula!, types, m);
    if (problem !== null) reader.report(place.line, place.column, m.ofVariable(declaration.name, problem));
  }
  const loops = cyclic(variables);
  for (const { declaration, place } of computed) {
    if (loops.has(declaration.name)) reader.report(place.line, place.column, m.ofVariable(declaration.name, m.selfDependent));
  }
  const broken = new Set(computed.filter(({ declaration }) => loops.has(declaration.name) || formulaTypeProblem(declaration.formula!, types, m) !== null).map(({ declaration }) => declaration.name));
  return { variables: variables.filter((v) => !broken.has(v.name)), declared };
}
