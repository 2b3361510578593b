import { datePhrase } from '../cases/insert/date-phrases.ts';
import { freezeIfEdited, reformat, type InsertedCase } from '../cases/insert/inserted-case.ts';
import { insertedPlainText } from '../cases/insert/inserted-text.ts';
import type { SerializedNode } from '../statement/editor-state.ts';
import type { StatementLanguage } from '../statement/language.ts';
import { countByStatus } from '../signatories/status-counts.ts';
import { shiftYears, yearOf } from './calendar.ts';
import { walkEditorNodes } from './editor-walk.ts';
import { formatValue } from './format-value.ts';
import { filledVariableOf } from './placeholder-node.ts';
import { resolveValues } from './resolve-values.ts';
import { caseTextChildren } from './serialized-nodes.ts';
import { declarationsOf, type StatementWithTemplate, type TemplateRecord } from './template-record.ts';
import type { VariableDeclaration } from './template.ts';
import { valueProblem, type VariableValue } from './values.ts';
import type { UiLocale } from '../i18n/ui-locale.ts';
import { rolloverMessages } from './rollover-messages.ts';

/**
 * "New edition": last year's statement made into this year's. The statement's date and its
 * own (annual) dates move forward, computed values are worked out again and written where the
 * template put them, dates of events stay, cases stay with the new date for their ages,
 * signatories are carried over as invited (each must confirm again), footnotes are kept.
 * Returns a new statement (the old one is not touched) and what changed, for the dialog.
 */
export type RolloverChange = { what: string; before: string; after: string };
export type Rollover = { statement: StatementWithTemplate; changes: RolloverChange[] };

const WHOLE = (text: string) => new RegExp(`(?<![\\p{L}\\p{N}])${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu');

function dateText(iso: string, language: StatementLanguage, record: TemplateRecord | undefined): string {
  return iso === '' ? '' : datePhrase(iso, language, record?.dateStyle ?? 'day-month-year').bare;
}

/** The record's values of the new edition: the statement's date and the annual dates and years, `delta` years on. */
function movedValues(record: TemplateRecord, delta: number, newDate: string): Record<string, VariableValue> {
  const values: Record<string, VariableValue> = { ...record.values };
  for (const v of record.variables) {
    const value = values[v.name];
    if (v.compute !== null || value === undefined) continue;
    if (v.name === record.dateVariable && newDate !== '') values[v.name] = newDate;
    else if (v.annual && v.type === 'date' && typeof value === 'string') values[v.name] = shiftYears(value, delta);
    else if (v.annual && v.type === 'year' && typeof value === 'number') values[v.name] = value + delta;
  }
  return values;
}

/** Values that still fit their variables: a file edited by hand must not stop a new edition. */
function fitting(declarations: readonly VariableDeclaration[], values: Readonly<Record<string, VariableValue>>): Record<string, VariableValue> {
  return Object.fromEntries(
    Object.entries(values).filter(([name, value]) => {
      const declaration = declarations.find((d) => d.name === name);
      return declaration !== undefined && declaration.formula === null && valueProblem(declaration, value) === null;
    }),
  );
}

/** The text of a case's nodes as the reader sees it, notes left out: what isEditedByHand compares. */
function caseNodeText(node: SerializedNode): string {
  let text = '';
  for (const child of node.children ?? []) {
    if (child.type === 'text') text += child.text ?? '';
    else if (child.type !== 'footnote' && child.children) text += caseNodeText(child);
  }
  return text;
}

/** locale: the interface language the list of changes is written in (the statement keeps its own). */
export function rolloverStatement(original: StatementWithTemplate, options: { toYear: number; locale?: UiLocale }): Rollover {
  const m = rolloverMessages[options.locale ?? 'en'];
  if (!Number.isInteger(options.toYear) || options.toYear < 1000 || options.toYear > 9999) throw new RangeError(`not a year: ${options.toYear}`);
  const statement = JSON.parse(JSON.stringify(original)) as StatementWithTemplate;
  const changes: RolloverChange[] = [];
  const { meta } = statement;
  const record = meta.template;
  const language = meta.language;

  const oldDate = meta.date;
  const fromYear = oldDate !== '' ? yearOf(oldDate) : null;
  const delta = fromYear === null ? 0 : options.toYear - fromYear;
  const newDate = oldDate === '' ? '' : shiftYears(oldDate, delta);
  if (oldDate === '') changes.push({ what: m.date, before: '', after: m.noDate });
  else if (newDate !== oldDate) changes.push({ what: m.date, before: dateText(oldDate, language, record), after: dateText(newDate, language, record) });
  meta.date = newDate;

  // Template values: the old and the new edition's, each with its computed values.
  const rewrites = new Map<string, { before: string; after: string; label: string }>();
  if (record) {
    const declarations = declarationsOf(record);
    const values = movedValues(record, delta, newDate);
    const context = (date: string) => ({ today: date || `${options.toYear}-01-01`, language, dateVariable: record.dateVariable });
    const before = resolveValues(declarations, fitting(declarations, record.values), context(oldDate));
    const after = resolveValues(declarations, fitting(declarations, values), context(newDate));
    for (const v of declarations) {
      const was = before.get(v.name);
      const now = after.get(v.name);
      if (!was || !now) continue;
      const textBefore = formatValue(was, language, record.dateStyle);
      const textAfter = formatValue(now, language, record.dateStyle);
      if (textBefore === textAfter) continue;
      rewrites.set(v.name, { before: textBefore, after: textAfter, label: v.label });
      if (v.name !== record.dateVariable) changes.push({ what: v.label, before: textBefore, after: textAfter });
    }
    meta.template = { ...record, values };
  }

  // Text written from a variable whose value changed: rewritten where it still reads as written.
  const handEdited: RolloverChange[] = [];
  let cases = 0;
  let notes = 0;
  walkEditorNodes(statement.editor.root, (node) => {
    if (node.type === 'footnote') notes++;
    const name = filledVariableOf(node);
    const rewrite = name === null ? undefined : rewrites.get(name);
    if (rewrite) {
      if (node.text === rewrite.before) node.text = rewrite.after;
      else handEdited.push({ what: m.editedByHand(rewrite.label), before: node.text ?? '', after: node.text ?? '' });
    }
    if (node.type === 'case-text' && typeof node['inserted'] === 'object' && node['inserted'] !== null) {
      cases++;
      const change = rollCase(node, newDate, m.caseText);
      if (change) changes.push(change);
    }
  });
  changes.push(...handEdited);

  if (meta.title !== '') {
    let title = meta.title;
    for (const { before, after } of rewrites.values()) title = title.replace(WHOLE(before), after);
    if (title !== meta.title) changes.push({ what: m.title, before: meta.title, after: title });
    meta.title = title;
  }

  if (cases > 0) changes.push({ what: m.cases, before: `${cases}`, after: m.casesKept(cases) });
  if (statement.signatories.length > 0) {
    const counts = countByStatus(statement.signatories);
    const was = (['confirmed', 'invited', 'declined', 'withdrawn'] as const).filter((s) => counts[s] > 0).map((s) => m.statusCount(counts[s], s)).join(', ');
    statement.signatories = statement.signatories.map((s) => ({ ...s, status: 'invited', statusDate: null, statusNote: '' }));
    changes.push({ what: m.signatories, before: was, after: m.allInvited(counts.total) });
  }
  if (notes > 0) changes.push({ what: m.footnotes, before: `${notes}`, after: m.notesKept(notes) });
  return { statement, changes };
}

/**
 * A case's text takes the new statement date (its age is counted at it). Text the writer has
 * not touched is written again from the case's own snapshot; text edited by hand is kept
 * and frozen, as Insert > Case keeps it. The library is not consulted here: Refresh does that.
 */
function rollCase(node: SerializedNode, newDate: string, what: string): RolloverChange | null {
  const inserted = node['inserted'] as InsertedCase;
  if (newDate === '' || inserted.options.statementDate === '' || inserted.options.statementDate === newDate) return null;
  const current = freezeIfEdited(inserted, caseNodeText(node));
  const moved = reformat(current, { options: { statementDate: newDate } });
  if (current.frozen) {
    node['inserted'] = { ...current, options: moved.options };
    return null;
  }
  node['inserted'] = moved;
  const before = insertedPlainText(inserted.generatedText);
  const after = insertedPlainText(moved.generatedText);
  if (before === after) return null;
  node.children = caseTextChildren(moved.generatedText);
  return { what, before, after };
}
