import { describe, expect, it } from 'vitest';
import { insertCase } from '../../../core/cases/insert/inserted-case.ts';
import { checkEditorState, type SerializedNode } from '../../../core/statement/editor-state.ts';
import { templateRecordSchema } from '../../../core/templates/template-record.ts';
import { templateToStatement } from '../../../core/templates/template-to-statement.ts';
import { checkTemplateValues } from '../../../core/templates/values.ts';
import { request, sample } from '../cases/fixtures.ts';
import { parsed, settings, templateText } from './helpers.ts';

const TEMPLATE = parsed(
  templateText(
    settings(
      '  date:\n    label: Date\n    type: date\n    default: 26 June\n' +
        '  year:\n    compute: year of date\n' +
        '  city:\n    label: City\n    type: text\n' +
        '  country:\n    label: Country\n    type: text\n    default: Uzbekistan\n' +
        '  organisations:\n    label: Organisations\n    type: organisation list\n' +
        '  cases:\n    label: Cases\n    type: case list\n' +
        '  kind:\n    label: Removal\n    type: choice\n    choices: [deported, extradited]\n' +
        '  count:\n    label: Count\n    type: number\n',
      'date: date\nfootnote style: roman\nplaces: ["{{city}}", Vienna]\n',
    ),
    '# {{country}} must stop torture in {{year}}\n\n' +
      '{{organisations}} say that **{{country}}** {{kind}} {{count}} people.[^src]\n\n' +
      '{{cases}}\n\n' +
      '- {{cases}}\n- Others in [{{country}}](https://example.org)\n\n' +
      '> Words\n>\n> Who\n\n' +
      '[^src]: Reported on {{date}}.\n',
  ),
);

const ORGANISATIONS = [
  { name: 'the Association for Human Rights in Central Asia', abbreviation: 'AHRCA' },
  { name: 'the Norwegian Helsinki Committee', abbreviation: 'NHC' },
  { name: 'Freedom Now', abbreviation: '' },
];

function children(node: SerializedNode | undefined): SerializedNode[] {
  return node?.children ?? [];
}
const texts = (nodes: SerializedNode[]) => nodes.map((n) => (n.type === 'text' ? n.text : n.type === 'template-variable' ? `[${String(n['name'])}]` : `<${n.type}>`)).join('');

describe('templateToStatement', () => {
  it('fills variables as text marked with the variable, keeps marks, and writes notes, lists, quotes and links', () => {
    const statement = templateToStatement(TEMPLATE, { country: 'Kazakhstan', organisations: ORGANISATIONS, kind: 'extradited', count: 1250, city: 'Bishkek' }, { today: '2024-03-01' });
    expect(checkEditorState(statement.editor)).toBeNull();
    const [lead, unfilledCases, list, quote] = statement.editor.root.children;
    expect(children(lead).slice(0, 4)).toEqual([
      { type: 'text', version: 1, text: 'the Association for Human Rights in Central Asia (AHRCA), the Norwegian Helsinki Committee (NHC) and Freedom Now', format: 0, detail: 0, mode: 'normal', style: '', $: { templateVariable: 'organisations' } },
      { type: 'text', version: 1, text: ' say that ', format: 0, detail: 0, mode: 'normal', style: '' },
      { type: 'text', version: 1, text: 'Kazakhstan', format: 1, detail: 0, mode: 'normal', style: '', $: { templateVariable: 'country' } },
      { type: 'text', version: 1, text: ' ', format: 0, detail: 0, mode: 'normal', style: '' },
    ]);
    expect(texts(children(lead))).toBe('the Association for Human Rights in Central Asia (AHRCA), the Norwegian Helsinki Committee (NHC) and Freedom Now say that Kazakhstan extradited 1,250 people.<footnote>');
    const note = children(lead).at(-1)!;
    expect(note['$slots']).toEqual({ body: expect.objectContaining({ type: 'footnote-body', children: [expect.objectContaining({ type: 'paragraph' })] }) });
    expect(texts(children((note['$slots'] as { body: SerializedNode }).body.children![0]))).toBe('Reported on 26 June 2024.');
    // Cases left unfilled: the placeholder stays, alone in its paragraph and in its item.
    expect(unfilledCases).toMatchObject({ type: 'paragraph', children: [{ type: 'template-variable', version: 1, name: 'cases', label: 'Cases' }] });
    expect(list).toMatchObject({ type: 'list', listType: 'bullet', tag: 'ul' });
    expect(children(list).map((item) => texts(children(item)))).toEqual(['[cases]', 'Others in <link>']);
    expect(children(children(list)[1]!)[1]).toMatchObject({ type: 'link', url: 'https://example.org/', children: [{ type: 'text', text: 'Kazakhstan' }] });
    expect(texts(children(quote))).toBe('Words<linebreak>Who');
  });

  it('sets the title, the date, the places and the footnote style, and remembers the template and its values', () => {
    const statement = templateToStatement(TEMPLATE, { city: 'Bishkek, Almaty', organisations: ORGANISATIONS }, { today: '2024-03-01' });
    expect(statement.meta).toMatchObject({ title: 'Uzbekistan must stop torture in 2024', date: '2024-06-26', places: ['Bishkek', 'Almaty', 'Vienna'], footnoteStyle: 'lower-roman', language: 'en' });
    const record = templateRecordSchema.parse(statement.meta.template);
    expect(record).toMatchObject({ id: 'test', name: 'Test', dateStyle: 'day-month-year', dateVariable: 'date' });
    // Given values and taken defaults; nothing computed, nothing left unfilled.
    expect(record.values).toEqual({ date: '2024-06-26', city: 'Bishkek, Almaty', country: 'Uzbekistan', organisations: ORGANISATIONS });
    expect(record.variables.map((v) => [v.name, v.type, v.compute])).toContainEqual(['year', 'year', 'year of date']);
  });

  it('keeps "{{name}}" in the title and places while unfilled, and a date cleared on purpose stays empty', () => {
    const statement = templateToStatement(TEMPLATE, { date: '', country: '' }, { today: '2024-03-01' });
    expect(statement.meta).toMatchObject({ title: '{{country}} must stop torture in {{year}}', date: '', places: ['{{city}}', 'Vienna'] });
    expect(statement.editor.root.children[0]!.children![2]).toEqual({ type: 'template-variable', version: 1, name: 'country', label: 'Country' });
  });

  it('writes dates in the language and style asked for', () => {
    const note = (options: Parameters<typeof templateToStatement>[2]) => {
      const lead = templateToStatement(TEMPLATE, { date: '2024-06-26' }, options).editor.root.children[0]!;
      return texts((lead.children!.at(-1)!['$slots'] as { body: SerializedNode }).body.children![0]!.children!);
    };
    expect(note({ today: '2024-01-01' })).toBe('Reported on 26 June 2024.');
    expect(note({ today: '2024-01-01', dateStyle: 'month-day-year' })).toBe('Reported on June 26, 2024.');
    expect(note({ today: '2024-01-01', language: 'ru' })).toBe('Reported on 26 июня 2024 г.');
  });

  it('writes cases as case text: a list where the variable stands alone, "A, B and C" in a sentence', () => {
    const options = { statementDate: '2024-06-26', showAge: true };
    const cases = ['farhat-meymankulyyev', 'rovshen-klychev', 'serdar-durdulyev'].map((name) => insertCase(sample(name), request('list-line', 'en', options)));
    const template = parsed(templateText(settings('  cases:\n    type: case list\n'), '# T\n\n{{cases}}\n\nAmong them {{cases}}.\n\n1. {{cases}}\n'));
    const statement = templateToStatement(template, { cases }, { today: '2024-03-01' });
    expect(checkEditorState(statement.editor)).toBeNull();
    const [list, sentence, numbered] = statement.editor.root.children;
    expect(list).toMatchObject({ type: 'list', listType: 'bullet' });
    expect(children(list)).toHaveLength(3);
    expect(children(list)[0]!.children![0]).toMatchObject({ type: 'case-text', inserted: cases[0] });
    expect(texts(children(children(list)[0]!.children![0]))).toMatch(/^Farhat MEYMANKULYYEV \(31 or 32\), extradited from Turkey on 19 May 2023$/);
    expect(texts(children(sentence))).toBe('Among them <case-text>, <case-text> and <case-text>.');
    expect(numbered).toMatchObject({ type: 'list', listType: 'number', start: 1 });
    expect(children(numbered).map((item) => item['value'])).toEqual([1, 2, 3]);
  });

  it('refuses values that do not fit, and checkTemplateValues says which', () => {
    expect(() => templateToStatement(TEMPLATE, { kind: 'expelled' }, { today: '2024-03-01' })).toThrow(/"kind" does not fit: expected one of: deported, extradited/);
    expect(checkTemplateValues(TEMPLATE, { kind: 'expelled', count: '12' as unknown as number, year: 2024, nope: 'x', date: '2024-02-30', city: 'two\nlines', organisations: [{ name: '', abbreviation: '' }] })).toEqual([
      { name: 'kind', message: 'expected one of: deported, extradited' },
      { name: 'count', message: 'expected a number' },
      { name: 'year', message: 'computed by the template, not filled in' },
      { name: 'nope', message: 'not a variable of this template' },
      { name: 'date', message: 'expected a date as YYYY-MM-DD' },
      { name: 'city', message: 'expected one line of text' },
      { name: 'organisations', message: 'expected organisations: an organisation needs a name' },
    ]);
    expect(checkTemplateValues(TEMPLATE, { kind: 'deported', count: 3, date: '', cases: [] })).toEqual([]);
  });

  it('an empty body still gives the editor a paragraph to type in', () => {
    const statement = templateToStatement(parsed(templateText(settings(''), '# Only a headline\n')), {}, { today: '2024-03-01' });
    expect(statement.editor.root.children).toEqual([{ type: 'paragraph', version: 1, direction: null, format: '', indent: 0, textFormat: 0, textStyle: '', children: [] }]);
    expect(statement.meta.title).toBe('Only a headline');
  });
});
