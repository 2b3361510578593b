import type { InsertedCase } from '../cases/insert/inserted-case.ts';
import type { StatementLanguage } from '../statement/language.ts';
import { inYear, isIsoDate, wholeYearsBetween, yearOf } from './calendar.ts';
import { parseDayMonth } from './day-month.ts';
import { isFormula, type Formula, type FormulaRef } from './formula.ts';
import { formatOrdinal } from './ordinal.ts';
import type { VariableDeclaration } from './template.ts';
import { isFilled, valueProblem, type OrganisationValue, type TemplateValues, type VariableValue } from './values.ts';

/**
 * Every variable's value for one statement: what the writer filled in, else the template's
 * default, and the computed ones worked out from those. A variable left out of the result
 * is unfilled, and its placeholder stays in the statement.
 */
export type ResolvedValue =
  | { type: 'text'; text: string }
  | { type: 'date'; iso: string }
  | { type: 'year'; year: number }
  | { type: 'number'; n: number }
  | { type: 'organisation list'; organisations: OrganisationValue[] }
  | { type: 'case list'; cases: InsertedCase[] };

export type ResolveContext = {
  /** Today's date (YYYY-MM-DD): what "today", "26 June" and "this year" in a default mean. */
  today: string;
  language: StatementLanguage;
  /** The statement's date variable: computed years are counted to it unless a formula says "at". */
  dateVariable: string | null;
};

/** A declared default as a value, resolved against today; null where there is none. */
export function defaultValue(declaration: VariableDeclaration, today: string): VariableValue | null {
  const written = declaration.default;
  if (written === null) return null;
  if (declaration.type === 'date' && typeof written === 'string') {
    if (written.toLowerCase() === 'today') return today;
    if (isIsoDate(written)) return written;
    const day = parseDayMonth(written);
    return day ? inYear(day, yearOf(today)) : null;
  }
  if (declaration.type === 'year' && typeof written === 'string') return yearOf(today);
  return written;
}

function inputValue(declaration: VariableDeclaration, value: VariableValue): ResolvedValue {
  switch (declaration.type) {
    case 'date':
      return { type: 'date', iso: value as string };
    case 'year':
      return { type: 'year', year: value as number };
    case 'number':
      return { type: 'number', n: value as number };
    case 'organisation list':
      return { type: 'organisation list', organisations: value as OrganisationValue[] };
    case 'case list':
      return { type: 'case list', cases: value as InsertedCase[] };
    default:
      return { type: 'text', text: (value as string).trim() };
  }
}

export function resolveValues(variables: readonly VariableDeclaration[], inputs: TemplateValues, ctx: ResolveContext): Map<string, ResolvedValue> {
  const resolved = new Map<string, ResolvedValue>();
  const byName = new Map(variables.map((v) => [v.name, v]));
  for (const declaration of variables) {
    if (declaration.formula) continue;
    // A variable the form left out takes its default; one it sent empty was cleared on purpose.
    const value = inputs[declaration.name] === undefined ? defaultValue(declaration, ctx.today) : inputs[declaration.name];
    if (!isFilled(value)) continue;
    const problem = valueProblem(declaration, value);
    if (problem !== null) throw new RangeError(`the value of "${declaration.name}" does not fit: ${problem}`);
    resolved.set(declaration.name, inputValue(declaration, value));
  }

  const computing = new Set<string>();
  const valueOf = (name: string): ResolvedValue | undefined => {
    if (resolved.has(name)) return resolved.get(name);
    const formula = byName.get(name)?.formula;
    if (!formula || computing.has(name)) return undefined;
    computing.add(name);
    const value = evaluate(formula);
    computing.delete(name);
    if (value !== undefined) resolved.set(name, value);
    return value;
  };
  /** A reference as a date or a year, or undefined while what it names is unfilled. */
  const timeOf = (ref: FormulaRef): { date: string } | { year: number } | undefined => {
    if (ref.kind === 'today') return { date: ctx.today };
    if (ref.kind === 'date') return { date: ref.iso };
    if (ref.kind === 'year') return { year: ref.year };
    const value = valueOf(ref.name);
    return value?.type === 'date' ? { date: value.iso } : value?.type === 'year' ? { year: value.year } : undefined;
  };
  const yearIn = (time: { date: string } | { year: number }) => ('date' in time ? yearOf(time.date) : time.year);
  const statementTime = (at: FormulaRef | null) => (at ? timeOf(at) : ctx.dateVariable ? timeOf({ kind: 'variable', name: ctx.dateVariable }) : { date: ctx.today });
  const evaluate = (formula: Formula): ResolvedValue | undefined => {
    switch (formula.kind) {
      case 'year-of': {
        const time = timeOf(formula.of);
        return time && { type: 'year', year: yearIn(time) };
      }
      case 'day-of-year': {
        const time = timeOf(formula.of);
        return time && { type: 'date', iso: inYear(formula.day, yearIn(time)) };
      }
      case 'years-since':
      case 'edition-since': {
        const from = timeOf(formula.from);
        const to = statementTime(formula.at);
        if (!from || !to) return undefined;
        if (formula.kind === 'edition-since') return { type: 'number', n: yearIn(to) - yearIn(from) + 1 };
        const n = 'date' in from && 'date' in to ? wholeYearsBetween(from.date, to.date) : yearIn(to) - yearIn(from);
        return { type: 'number', n };
      }
      case 'ordinal': {
        const counted = isFormula(formula.of) ? evaluate(formula.of) : formula.of.kind === 'variable' ? valueOf(formula.of.name) : undefined;
        const n = counted?.type === 'number' ? counted.n : counted?.type === 'year' ? counted.year : undefined;
        return n === undefined || !Number.isInteger(n) ? undefined : { type: 'text', text: formatOrdinal(n, ctx.language, formula.gender) };
      }
    }
  };
  for (const declaration of variables) if (declaration.formula) valueOf(declaration.name);
  return resolved;
}
