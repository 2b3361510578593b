import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { insertCase } from '../../../core/cases/insert/inserted-case.ts';
import type { SerializedNode } from '../../../core/statement/editor-state.ts';
import { newStatement } from '../../../core/statement/new-statement.ts';
import { parseTemplate } from '../../../core/templates/parse-template.ts';
import { caseTextNode, footnoteNode, headingNode, lineBreakNode, linkNode, listNode, paragraphNode, quoteNode, textNode } from '../../../core/templates/serialized-nodes.ts';
import { placeholderNode } from '../../../core/templates/placeholder-node.ts';
import { statementToTemplateText, type TemplateFileSettings } from '../../../core/templates/statement-to-template.ts';
import { variablesInStatement } from '../../../core/templates/statement-variables.ts';
import { applySuggestions, suggestTemplateVariables } from '../../../core/templates/template-suggestions.ts';
import type { StatementWithTemplate } from '../../../core/templates/template-record.ts';
import { templateToStatement } from '../../../core/templates/template-to-statement.ts';
import type { Template } from '../../../core/templates/template.ts';
import type { TemplateValues } from '../../../core/templates/values.ts';
import { request, sample } from '../cases/fixtures.ts';
import { parsed } from './helpers.ts';

const TEMPLATES_DIR = join(import.meta.dirname, '../../../templates');
const TODAY = '2025-03-01';

/**
 * The statement as the editor would hold it after loading: a case's text in place of the
 * case (a template keeps only the text), neighbouring text of one format and variable as
 * one node (Lexical merges them), and no empty paragraphs (the format has none).
 */
function normal(nodes: readonly SerializedNode[]): SerializedNode[] {
  const out: SerializedNode[] = [];
  for (const node of nodes) {
    if (node.type === 'case-text') {
      out.push(...normal(node.children ?? []));
      continue;
    }
    const copy: SerializedNode = { ...node };
    if (node.children) copy.children = normal(node.children);
    if (node['$slots']) {
      const body = (node['$slots'] as { body: SerializedNode }).body;
      copy['$slots'] = { body: { ...body, children: normal(body.children ?? []) } };
    }
    if (copy.type === 'paragraph' && copy.children!.length === 0) continue;
    const last = out[out.length - 1];
    if (copy.type === 'text' && last?.type === 'text' && last['format'] === copy['format'] && JSON.stringify(last['$']) === JSON.stringify(copy['$'])) {
      out[out.length - 1] = { ...last, text: `${last.text}${copy.text}` };
      continue;
    }
    out.push(copy);
  }
  return out;
}

function settingsOf(template: Pick<Template, 'id' | 'name' | 'description' | 'language' | 'dateStyle' | 'footnoteStyle' | 'dateVariable'>, places: string[]): TemplateFileSettings {
  return { id: template.id, name: template.name, description: template.description, language: template.language, dateStyle: template.dateStyle, footnoteStyle: template.footnoteStyle, dateVariable: template.dateVariable, places };
}

function roundTrip(statement: StatementWithTemplate, settings: TemplateFileSettings): { text: string; again: StatementWithTemplate } {
  const text = statementToTemplateText({ title: statement.meta.title, root: statement.editor.root }, settings, variablesInStatement(statement));
  const reread = parseTemplate(text, 'saved.template.md');
  if (!reread.ok) throw new Error(`${text}\n${reread.problems.map((p) => `${p.line}:${p.column} ${p.message}`).join('\n')}`);
  return { text, again: templateToStatement(reread.template, statement.meta.template?.values ?? {}, { today: TODAY }) };
}

function sameStatement(again: StatementWithTemplate, statement: StatementWithTemplate): void {
  expect(normal(again.editor.root.children)).toEqual(normal(statement.editor.root.children));
  expect(again.meta.title).toBe(statement.meta.title);
  expect(again.meta.places).toEqual(statement.meta.places);
  expect(again.meta.date).toBe(statement.meta.date);
  expect(again.meta.footnoteStyle).toBe(statement.meta.footnoteStyle);
}

/** Values for every variable the form asks for, of its type; case lists left to their placeholder. */
function sampleValues(template: Template): TemplateValues {
  const values: Record<string, string | number | Array<{ name: string; abbreviation: string }>> = {};
  for (const v of template.variables) {
    if (v.compute !== null) continue;
    if (v.type === 'date') values[v.name] = '2025-06-26';
    else if (v.type === 'year') values[v.name] = 2024;
    else if (v.type === 'number') values[v.name] = 12;
    else if (v.type === 'choice') values[v.name] = v.choices[v.choices.length - 1]!;
    else if (v.type === 'organisation list') values[v.name] = [{ name: 'Freedom Now', abbreviation: '' }, { name: 'Norwegian Helsinki Committee', abbreviation: 'NHC' }];
    else if (v.type === 'text') values[v.name] = `${v.label} *given* [here]`;
  }
  return values;
}

describe('statement to template: round trips', () => {
  const files = readdirSync(TEMPLATES_DIR).filter((name) => name.endsWith('.template.md'));

  it.each(files)('%s: template → statement → template → the same statement (filled, and left unfilled)', (file) => {
    const template = parsed(readFileSync(join(TEMPLATES_DIR, file), 'utf8'), file);
    // The places as the statement has them: filled, or still "{{city}}".
    const filled = templateToStatement(template, sampleValues(template), { today: TODAY });
    sameStatement(roundTrip(filled, settingsOf(template, filled.meta.places)).again, filled);
    const empty = templateToStatement(template, Object.fromEntries(template.variables.map((v) => [v.name, ''])), { today: TODAY });
    expect(empty.editor.root.children.some((b) => JSON.stringify(b).includes('template-variable'))).toBe(true);
    sameStatement(roundTrip(empty, settingsOf(template, empty.meta.places)).again, empty);
  });

  it('keeps notes, nested lists, links, bold and italic, quotes, headings and line breaks; a case as its text, no signatories', () => {
    const statement = newStatement('en') as StatementWithTemplate;
    const inserted = insertCase(sample('farhat-meymankulyyev'), request('list-line', 'en', { statementDate: '2025-01-10' }));
    statement.meta = { ...statement.meta, title: 'Stop the return of *asylum* seekers [urgent]', date: '2025-01-10', places: ['Vienna'] };
    statement.signatories = [{ kind: 'organisation', id: 'sig-1', name: 'Freedom Now', abbreviation: '', status: 'confirmed', statusDate: null, statusNote: '', lead: true, email: '', note: '', organisationId: null } as unknown as StatementWithTemplate['signatories'][number]];
    // A space between two runs is written with the marks both share (bold here), as the format can only say that.
    statement.editor.root.children = [
      paragraphNode([textNode('We are '), textNode('deeply ', 1), textNode('alarmed', 3), textNode(' by a '), textNode('return', 2), textNode('.'), footnoteNode([paragraphNode([textNode('See the '), linkNode('https://www.ohchr.org/en/a_b(c)', [textNode('report', 2)]), textNode(' of 2024.')]), paragraphNode([textNode('A second paragraph of the note.')])])]),
      headingNode(2, [textNode('What happened')]),
      paragraphNode([textNode('Line one'), lineBreakNode(), textNode('- line two with * and _ and {{braces}} and \\ backslash')]),
      listNode(false, 1, [[textNode('first')], [listNode(true, 3, [[textNode('nested three')], [textNode('nested four')]])], [caseTextNode(inserted)]]),
      quoteNode([textNode('They said: '), textNode('stop', 1), lineBreakNode(), textNode('— a witness')]),
      paragraphNode([textNode('1. Not a list, # not a heading')]),
      paragraphNode([]),
      paragraphNode([textNode('The detainee '), placeholderNode('detainee', 'Name of the detainee'), textNode(' must be freed.')]),
    ];
    (statement.editor.root.children[7]!.children![1] as SerializedNode)['variable'] = { type: 'text', help: 'As the family spells it', default: 'Aziz Karimov', choices: [] };

    const settings: TemplateFileSettings = { id: 'urgent-return', name: 'Urgent: a return', description: '', language: 'en', dateStyle: 'day-month-year', footnoteStyle: 'decimal', dateVariable: null, places: ['Vienna'] };
    const { text, again } = roundTrip(statement, settings);
    expect(text).toContain('  detainee:\n    label: Name of the detainee\n    type: text\n    default: Aziz Karimov\n    help: As the family spells it\n');
    expect(text).toContain('- first\n  3. nested three\n  4. nested four\n- Farhat');
    expect(text).toContain('[^1]: See the [*report*](https://www.ohchr.org/en/a_b(c)) of 2024.\n\n  A second paragraph of the note.');
    // The chip's default fills it in the statement made from the template.
    const filled = statement.editor.root.children[7]!;
    // The date was not made a variable, so the template has none: a statement from it is dated by the writer.
    const expected = { ...statement, meta: { ...statement.meta, date: '' }, editor: { root: { ...statement.editor.root, children: [...statement.editor.root.children.slice(0, 7), { ...filled, children: [filled.children![0]!, textNode('Aziz Karimov', 0, 'detainee'), filled.children![2]!] }] } } };
    sameStatement(again, expected as StatementWithTemplate);
    expect(again.signatories).toEqual([]);
    expect(JSON.stringify(again)).not.toContain('case-text');
    expect(JSON.stringify(again)).toContain('Farhat');
  });
});

describe('suggested variables', () => {
  it('offers the date, the year of the date, the ordinal counted to it and the dateline city, and a template made with them fills next year', () => {
    const statement = newStatement('en');
    statement.meta = { ...statement.meta, title: 'Torture in 2024: still no justice', date: '2024-06-26', places: ['Bishkek'] };
    statement.editor.root.children = [paragraphNode([textNode('On 26 June 2024, the 27th International Day, we say: 2024 changed nothing.')])];
    const suggestions = suggestTemplateVariables(statement, 'day-month-year', new Set());
    expect(suggestions.map((s) => [s.kind, s.declaration.compute ?? s.declaration.type, s.replaces])).toEqual([
      ['date', 'date', [{ text: '26 June 2024', count: 1 }]],
      ['year', 'year of date', [{ text: '2024', count: 2 }]],
      ['edition', 'ordinal of edition since 1998', [{ text: '27th', count: 1 }]],
      ['city', 'text', [{ text: 'Bishkek', count: 1 }]],
    ]);
    const applied = applySuggestions(statement, suggestions);
    const text = statementToTemplateText(
      { title: applied.meta.title, root: applied.editor.root },
      { id: 'day', name: 'Day', description: '', language: 'en', dateStyle: 'day-month-year', footnoteStyle: 'decimal', dateVariable: 'date', places: applied.meta.places },
      suggestions.map((s) => s.declaration),
    );
    expect(text).toContain('# Torture in {{year}}: still no justice');
    expect(text).toContain('On {{date}}, the {{edition}} International Day, we say: {{year}} changed nothing.');
    const next = templateToStatement(parsed(text), { date: '2025-06-26', city: 'Almaty' }, { today: '2025-06-01' });
    expect(next.meta.title).toBe('Torture in 2025: still no justice');
    expect(next.meta.places).toEqual(['Almaty']);
    expect(normal(next.editor.root.children)[0]!.children!.map((n) => n.text).join('')).toBe('On 26 June 2025, the 28th International Day, we say: 2025 changed nothing.');
  });

  it('offers a marked name for the other places it is written (the title), and the filled template names the new person there too', () => {
    const statement = newStatement('en');
    const chip = { ...placeholderNode('prisoner', 'Name of the prisoner'), variable: { type: 'text', help: '', default: 'Aigul Nurlanova', choices: [] } };
    statement.meta = { ...statement.meta, title: 'Free Aigul Nurlanova now' };
    statement.editor.root.children = [paragraphNode([textNode('We call for the release of '), chip, textNode('. Aigul Nurlanova is 34; Aigul N. wrote the post.')])];
    const found = variablesInStatement(statement);
    const suggestions = suggestTemplateVariables(statement, 'day-month-year', new Set(found.map((f) => f.name)), found);
    expect(suggestions.map((s) => [s.kind, s.replaces])).toEqual([['also:prisoner', [{ text: 'Aigul Nurlanova', count: 2 }]]]);
    const applied = applySuggestions(statement, suggestions);
    const text = statementToTemplateText(
      { title: applied.meta.title, root: applied.editor.root },
      { id: 'release', name: 'Release', description: '', language: 'en', dateStyle: 'day-month-year', footnoteStyle: 'decimal', dateVariable: null, places: [] },
      found,
    );
    expect(text).toContain('# Free {{prisoner}} now');
    expect(text).toContain('We call for the release of {{prisoner}}. {{prisoner}} is 34; Aigul N. wrote the post.');
    const next = templateToStatement(parsed(text), { prisoner: 'Daniyar Sadykov' }, { today: TODAY });
    expect(next.meta.title).toBe('Free Daniyar Sadykov now');
  });

  it('finds what a used formula reads, through a computed variable, and the date, but not a variable the formula merely spells', () => {
    const template = parsed(`---
id: chain
name: Chain
language: en
date: day
variables:
  day: { type: date, default: today }
  founded: { type: year, default: 1998 }
  since: { type: text }
  years: { compute: years since founded }
  anniversary: { compute: ordinal of years }
---
# Our {{anniversary}} year

Written {{since}} then.
`);
    const statement = templateToStatement(template, { since: 'ever' }, { today: TODAY });
    statement.editor.root.children = [];
    statement.meta.title = 'Our {{anniversary}} year';
    expect(variablesInStatement(statement).map((v) => [v.name, v.occurrences])).toEqual([['anniversary', 1], ['day', 0], ['founded', 0], ['years', 0]]);
  });

  it('reads Russian ordinals with their gender', () => {
    const statement = newStatement('ru');
    statement.meta = { ...statement.meta, date: '2024-06-26' };
    statement.editor.root.children = [paragraphNode([textNode('Это уже 27-я годовщина.')])];
    const [, edition] = suggestTemplateVariables(statement, 'day-month-year', new Set());
    expect(edition?.declaration).toMatchObject({ name: 'edition', label: 'Какое по счёту ежегодное заявление', compute: 'feminine ordinal of edition since 1998' });
  });
});
