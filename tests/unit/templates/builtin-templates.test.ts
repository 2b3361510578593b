import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { insertCase } from '../../../core/cases/insert/inserted-case.ts';
import { toDocument } from '../../../core/document/to-document.ts';
import { checkEditorState } from '../../../core/statement/editor-state.ts';
import { parseStatement, serializeStatement } from '../../../core/statement/parse.ts';
import { rolloverStatement } from '../../../core/templates/rollover.ts';
import type { Template } from '../../../core/templates/template.ts';
import { templateToStatement } from '../../../core/templates/template-to-statement.ts';
import { unfilledPlaceholders } from '../../../core/templates/unfilled-placeholders.ts';
import type { TemplateValues, VariableValue } from '../../../core/templates/values.ts';
import { loadBuiltinTemplates } from '../../../electron/services/templates/builtin-templates.ts';
import { request, sample } from '../cases/fixtures.ts';

const TEMPLATES_DIR = join(import.meta.dirname, '../../../templates');

/** A plausible value for every variable the form asks for, in the template's language. */
function filledValues(template: Template): TemplateValues {
  const values: Record<string, VariableValue> = {};
  const ru = template.language === 'ru';
  for (const v of template.variables) {
    if (v.formula) continue;
    switch (v.type) {
      case 'text':
        values[v.name] = ru ? `Текст для «${v.label}»` : `Text for ${v.name}`;
        break;
      case 'choice':
        values[v.name] = v.choices.at(-1)!;
        break;
      case 'date':
        values[v.name] = v.name === template.dateVariable ? '2024-06-26' : '2023-05-19';
        break;
      case 'year':
        values[v.name] = 1992;
        break;
      case 'number':
        values[v.name] = 39;
        break;
      case 'organisation list':
        values[v.name] = [
          { name: ru ? 'Ассоциация «Права человека в Центральной Азии»' : 'the Association for Human Rights in Central Asia', abbreviation: ru ? 'АПЧЦА' : 'AHRCA' },
          { name: ru ? 'Международное партнёрство за права человека' : 'International Partnership for Human Rights', abbreviation: 'IPHR' },
        ];
        break;
      case 'case list':
        values[v.name] = ['farhat-meymankulyyev', 'rovshen-klychev'].map((name) => insertCase(sample(name), request('list-line', template.language, { statementDate: '2024-06-26' })));
        break;
    }
  }
  return values;
}

const expectedIds = ['civic-space-press-release-en', 'death-in-custody-en', 'june-26-joint-statement-en', 'june-26-joint-statement-ru', 'letter-before-visit-en', 'non-refoulement-urgent-en'];

describe('the built-in templates', async () => {
  const { templates, problems } = await loadBuiltinTemplates(TEMPLATES_DIR);

  it('all load without a problem', () => {
    expect(problems).toEqual([]);
    expect(templates.map((t) => t.id).sort()).toEqual(expectedIds);
    for (const template of templates) {
      expect(template.name, template.fileName).not.toBe('');
      expect(template.description, template.fileName).not.toBe('');
      expect(template.dateVariable, template.fileName).not.toBeNull();
    }
  });

  it.each(expectedIds)('%s becomes a statement with its defaults: well-formed, openable, the unfilled variables highlighted', (id) => {
    const template = templates.find((t) => t.id === id)!;
    const statement = templateToStatement(template, {}, { today: '2024-05-02' });
    expect(checkEditorState(statement.editor)).toBeNull();
    expect(parseStatement(serializeStatement(statement)).ok).toBe(true);
    expect(statement.meta.date).toMatch(/^2024-/);
    const unfilled = new Set(unfilledPlaceholders(statement).map((p) => p.name));
    const withoutDefault = template.variables.filter((v) => v.formula === null && v.default === null).map((v) => v.name);
    expect([...unfilled].sort()).toEqual(withoutDefault.filter((name) => name !== template.dateVariable).sort());
  });

  it.each(expectedIds)('%s becomes a statement with every value filled: nothing left unfilled, exportable text, and a new edition', (id) => {
    const template = templates.find((t) => t.id === id)!;
    const statement = templateToStatement(template, filledValues(template), { today: '2024-05-02' });
    expect(checkEditorState(statement.editor)).toBeNull();
    expect(unfilledPlaceholders(statement)).toEqual([]);
    const document = toDocument(statement);
    expect(document.warnings).toEqual([]);
    expect(document.footnotes.length).toBeGreaterThan(0);
    expect(document.meta.title).not.toMatch(/\{\{/);
    const next = rolloverStatement(statement, { toYear: 2025 });
    expect(next.statement.meta.date).toBe('2025-06-26');
    expect(checkEditorState(next.statement.editor)).toBeNull();
  });

  it('the 26 June statement says which Day it is, in English and in Russian', () => {
    const text = (id: string, date: string) => {
      const statement = templateToStatement(templates.find((t) => t.id === id)!, { date }, { today: date });
      return JSON.stringify(statement.editor);
    };
    expect(text('june-26-joint-statement-en', '2024-06-26')).toContain('"text":"27th"');
    expect(text('june-26-joint-statement-en', '2025-06-26')).toContain('"text":"28th"');
    expect(text('june-26-joint-statement-en', '2025-06-26')).toContain('"text":"38"');
    expect(text('june-26-joint-statement-ru', '2025-06-26')).toContain('"text":"28-й"');
  });

  it('the non-refoulement statement cites article 3 of the Convention against Torture', () => {
    const template = templates.find((t) => t.id === 'non-refoulement-urgent-en')!;
    const statement = templateToStatement(template, filledValues(template), { today: '2024-05-02' });
    const notes = toDocument(statement).footnotes.map((note) => JSON.stringify(note));
    expect(notes.some((note) => note.includes('Convention against Torture, article 3(1)'))).toBe(true);
  });
});

describe('loadBuiltinTemplates: a folder with broken files', () => {
  let dir = '';
  afterEach(async () => {
    if (dir !== '') await rm(dir, { recursive: true, force: true });
  });

  it('reports each broken file with its line and loads the others; other files are ignored', async () => {
    dir = await mkdtemp(join(tmpdir(), 'templates-'));
    await writeFile(join(dir, 'good.template.md'), '---\nid: good\nname: Good\nlanguage: en\n---\n# Fine\n');
    await writeFile(join(dir, 'bad.template.md'), '---\nid: bad\nname: Bad\nlanguage: en\n---\n# {{nowhere}}\n');
    await writeFile(join(dir, 'same-id.template.md'), '---\nid: good\nname: Again\nlanguage: en\n---\n# Again\n');
    await writeFile(join(dir, 'latin1.template.md'), Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0xe9, 0x0a]));
    await writeFile(join(dir, 'README.md'), '# not a template');
    const { templates, problems } = await loadBuiltinTemplates(dir);
    expect(templates.map((t) => t.id)).toEqual(['good']);
    expect(problems).toEqual([
      { file: 'latin1.template.md', line: 1, column: 1, message: 'the file could not be read: it is not UTF-8 text' },
      { file: 'bad.template.md', line: 6, column: 3, message: '{{nowhere}} has no declaration under "variables:"' },
      { file: 'same-id.template.md', line: 2, column: 1, message: 'the id "good" is already the id of good.template.md' },
    ]);
  });

  it('says so when the folder is missing', async () => {
    const { templates, problems } = await loadBuiltinTemplates(join(tmpdir(), 'no-such-templates-folder-for-sure'));
    expect(templates).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(/^the templates folder could not be read/);
  });
});
