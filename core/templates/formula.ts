import { isIsoDate, type DayOfYear } from './calendar.ts';
import { parseDayMonth } from './day-month.ts';
import { templateMessages, type TemplateText } from './template-messages.ts';

/**
 * Formulas of computed variables, in words a template writer can read and change:
 *
 *   year of date                      the year of a date ("2025")
 *   years since event date            whole years from an event to the statement's date
 *   years since 2022-01-05 at date    ... or to another date
 *   edition since 1998                which annual edition this is, 1998 being the first
 *   26 June of year                   that day in the year of a year or a date variable
 *   ordinal of edition                "28th" / "28-й"; "feminine ordinal of" gives "28-я"
 *
 * A reference is a variable's name, "today", a date (1998-06-26) or a year (1998).
 */

export type FormulaRef = { kind: 'today' } | { kind: 'date'; iso: string } | { kind: 'year'; year: number } | { kind: 'variable'; name: string };

export type OrdinalGender = 'masculine' | 'feminine' | 'neuter';

export type Formula =
  | { kind: 'year-of'; of: FormulaRef }
  | { kind: 'years-since'; from: FormulaRef; at: FormulaRef | null }
  | { kind: 'edition-since'; from: FormulaRef; at: FormulaRef | null }
  | { kind: 'day-of-year'; day: DayOfYear; of: FormulaRef }
  | { kind: 'ordinal'; gender: OrdinalGender; of: Formula | FormulaRef };

/** What a formula gives: a year, a number, a date or words (an ordinal is already text). */
export type FormulaResultType = 'year' | 'number' | 'date' | 'text';

export type FormulaParse = { ok: true; formula: Formula } | { ok: false; message: string };

const EXAMPLES = '"year of date", "years since event date", "edition since 1998", "26 June of year", "ordinal of edition"';

function parseRef(text: string, isVariable: (name: string) => boolean): FormulaRef | null {
  const t = text.trim();
  if (t.toLowerCase() === 'today') return { kind: 'today' };
  if (isIsoDate(t)) return { kind: 'date', iso: t };
  if (/^\d{4}$/.test(t)) return { kind: 'year', year: Number(t) };
  const name = t.replace(/\s+/g, ' ');
  return isVariable(name) ? { kind: 'variable', name } : null;
}

function unknownRef(text: string, m: TemplateText): FormulaParse {
  return { ok: false, message: m.unknownReference(text.trim()) };
}

/** "X" or "X at Y": names may hold spaces, so the whole is tried as a name before a split at the last " at ". */
function parseSince(kind: 'years-since' | 'edition-since', rest: string, isVariable: (name: string) => boolean, m: TemplateText): FormulaParse {
  const whole = parseRef(rest, isVariable);
  if (whole) return { ok: true, formula: { kind, from: whole, at: null } };
  const split = /^(.*)\s+at\s+(.*)$/i.exec(rest);
  if (!split) return unknownRef(rest, m);
  const from = parseRef(split[1]!, isVariable);
  if (!from) return unknownRef(split[1]!, m);
  const at = parseRef(split[2]!, isVariable);
  if (!at) return unknownRef(split[2]!, m);
  return { ok: true, formula: { kind, from, at } };
}

/** `m`: the words of its refusal, in the interface language (English by default). */
export function parseFormula(text: string, isVariable: (name: string) => boolean, m: TemplateText = templateMessages.en): FormulaParse {
  const source = text.trim().replace(/\s+/g, ' ');
  let match: RegExpExecArray | null;
  if ((match = /^(?:(masculine|feminine|neuter) )?ordinal of (.+)$/i.exec(source))) {
    const gender = (match[1]?.toLowerCase() ?? 'masculine') as OrdinalGender;
    const ref = parseRef(match[2]!, isVariable);
    if (ref) return { ok: true, formula: { kind: 'ordinal', gender, of: ref } };
    const inner = parseFormula(match[2]!, isVariable, m);
    return inner.ok ? { ok: true, formula: { kind: 'ordinal', gender, of: inner.formula } } : inner;
  }
  if ((match = /^year of (.+)$/i.exec(source))) {
    const of = parseRef(match[1]!, isVariable);
    return of ? { ok: true, formula: { kind: 'year-of', of } } : unknownRef(match[1]!, m);
  }
  if ((match = /^years since (.+)$/i.exec(source))) return parseSince('years-since', match[1]!, isVariable, m);
  if ((match = /^edition since (.+)$/i.exec(source))) return parseSince('edition-since', match[1]!, isVariable, m);
  if ((match = /^(\S+ \S+?),? of (.+)$/i.exec(source))) {
    const day = parseDayMonth(match[1]!);
    if (day) {
      const of = parseRef(match[2]!, isVariable);
      return of ? { ok: true, formula: { kind: 'day-of-year', day, of } } : unknownRef(match[2]!, m);
    }
  }
  return { ok: false, message: m.notAFormula(source, EXAMPLES) };
}

export function formulaResultType(formula: Formula): FormulaResultType {
  switch (formula.kind) {
    case 'year-of':
      return 'year';
    case 'years-since':
    case 'edition-since':
      return 'number';
    case 'day-of-year':
      return 'date';
    case 'ordinal':
      return 'text';
  }
}

export function isFormula(value: Formula | FormulaRef): value is Formula {
  return !['today', 'date', 'year', 'variable'].includes(value.kind);
}

/** The references a formula reads, in order, nested formulas included. */
export function formulaRefs(formula: Formula): FormulaRef[] {
  switch (formula.kind) {
    case 'year-of':
    case 'day-of-year':
      return [formula.of];
    case 'years-since':
    case 'edition-since':
      return formula.at ? [formula.from, formula.at] : [formula.from];
    case 'ordinal':
      return isFormula(formula.of) ? formulaRefs(formula.of) : [formula.of];
  }
}

/** The variables a formula reads: what must be filled (or computed) before it has a value. */
export function formulaVariables(formula: Formula): string[] {
  return formulaRefs(formula).flatMap((ref) => (ref.kind === 'variable' ? [ref.name] : []));
}

