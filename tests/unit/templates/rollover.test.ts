import { describe, expect, it } from 'vitest';
import { insertCase } from '../../../core/cases/insert/inserted-case.ts';
import { insertedPlainText } from '../../../core/cases/insert/inserted-text.ts';
import { newIndividualSignatory, newOrganisationSignatory } from '../../../core/signatories/signatory.ts';
import { checkEditorState, type SerializedNode } from '../../../core/statement/editor-state.ts';
import { newStatement } from '../../../core/statement/new-statement.ts';
import { walkEditorNodes } from '../../../core/templates/editor-walk.ts';
import { rolloverStatement } from '../../../core/templates/rollover.ts';
import { templateToStatement } from '../../../core/templates/template-to-statement.ts';
import { request, sample } from '../cases/fixtures.ts';
import { parsed, settings, templateText } from './helpers.ts';

const JUNE_26 = parsed(
  templateText(
    settings(
      '  date:\n    label: Date\n    type: date\n    default: 26 June\n' +
        '  year:\n    label: Year\n    compute: year of date\n' +
        '  edition:\n    label: Edition\n    compute: ordinal of edition since 1998\n' +
        '  convention years:\n    label: Years of the Convention\n    compute: years since 1987-06-26\n' +
        '  protests:\n    label: Protests\n    type: date\n' +
        '  since protests:\n    label: Years since the protests\n    compute: years since protests\n' +
        '  report year:\n    label: Report year\n    type: year\n    annual: yes\n' +
        '  hearing:\n    label: Hearing\n    type: date\n    annual: yes\n' +
        '  country:\n    label: Country\n    type: text\n' +
        '  cases:\n    label: Cases\n    type: case list\n',
      'date: date\n',
    ),
    '# Torture victims in {{country}} still wait, {{year}}\n\n' +
      'On the {{edition}} Day, {{convention years}} years after the Convention,[^cat] and {{since protests}} years after the protests of {{protests}}, we write again.\n\n' +
      'Our {{report year}} report comes before the hearing on {{hearing}}; in {{year}} nothing changed.\n\n' +
      '{{cases}}\n\n' +
      'Still unknown: {{country}}.\n\n' +
      '[^cat]: In force since 26 June 1987; this is {{year}}.\n',
  ),
);

function madeIn2024() {
  const cases = [
    insertCase(sample('farhat-meymankulyyev'), request('list-line', 'en', { statementDate: '2024-06-26', showAge: true })),
    insertCase(sample('rovshen-klychev'), request('list-line', 'en', { statementDate: '2024-06-26', showAge: false })),
  ];
  const statement = templateToStatement(JUNE_26, { protests: '2022-01-05', 'report year': 2024, hearing: '2024-09-12', country: 'Kazakhstan', cases }, { today: '2024-05-01' });
  statement.meta.places = ['Bishkek', 'Vienna'];
  statement.signatories = [
    newOrganisationSignatory('o1', { fullName: 'International Partnership for Human Rights', abbreviation: 'IPHR', status: 'confirmed', statusDate: '2024-06-20', statusNote: 'by email', lead: true }),
    newOrganisationSignatory('o2', { fullName: 'Norwegian Helsinki Committee', status: 'declined', statusDate: '2024-06-21' }),
    newIndividualSignatory('i1', { givenName: 'Reyimberdy', familyName: 'Kurbanov', status: 'confirmed', statusDate: '2024-06-22' }),
  ];
  return statement;
}

/** The statement's text, paragraph by paragraph, notes' text after a "|". */
function paragraphs(statement: { editor: { root: SerializedNode } }): string[] {
  const textOf = (node: SerializedNode): string =>
    (node.children ?? [])
      .map((child) => {
        if (child.type === 'text') return child.text!;
        if (child.type === 'template-variable') return `[${String(child['name'])}]`;
        if (child.type === 'footnote') return `|${textOf((child['$slots'] as { body: SerializedNode }).body.children![0]!)}|`;
        return textOf(child);
      })
      .join('');
  return (statement.editor.root.children ?? []).map(textOf);
}

describe('rolloverStatement: 26 June 2024 to 2025', () => {
  const before = madeIn2024();
  const frozenBefore = JSON.stringify(before);
  const { statement, changes } = rolloverStatement(before, { toYear: 2025 });

  it('moves the date, the annual values and what is computed from them; events stay', () => {
    expect(statement.meta.date).toBe('2025-06-26');
    expect(statement.meta.template!.values).toMatchObject({ date: '2025-06-26', 'report year': 2025, hearing: '2025-09-12', protests: '2022-01-05', country: 'Kazakhstan' });
    expect(paragraphs(before).slice(0, 2)).toEqual([
      'On the 27th Day, 37 years after the Convention,|In force since 26 June 1987; this is 2024.| and 2 years after the protests of 5 January 2022, we write again.',
      'Our 2024 report comes before the hearing on 12 September 2024; in 2024 nothing changed.',
    ]);
    expect(paragraphs(statement).slice(0, 2)).toEqual([
      'On the 28th Day, 38 years after the Convention,|In force since 26 June 1987; this is 2025.| and 3 years after the protests of 5 January 2022, we write again.',
      'Our 2025 report comes before the hearing on 12 September 2025; in 2025 nothing changed.',
    ]);
    expect(statement.meta.title).toBe('Torture victims in Kazakhstan still wait, 2025');
    expect(statement.meta.places).toEqual(['Bishkek', 'Vienna']);
  });

  it('lists what changed for the dialog, with the text before and after', () => {
    expect(changes).toEqual([
      { what: 'Date', before: '26 June 2024', after: '26 June 2025' },
      { what: 'Year', before: '2024', after: '2025' },
      { what: 'Edition', before: '27th', after: '28th' },
      { what: 'Years of the Convention', before: '37', after: '38' },
      { what: 'Years since the protests', before: '2', after: '3' },
      { what: 'Report year', before: '2024', after: '2025' },
      { what: 'Hearing', before: '12 September 2024', after: '12 September 2025' },
      { what: 'Case text', before: 'Farhat MEYMANKULYYEV (31 or 32), extradited from Turkey on 19 May 2023', after: 'Farhat MEYMANKULYYEV (32 or 33), extradited from Turkey on 19 May 2023' },
      { what: 'Title', before: 'Torture victims in Kazakhstan still wait, 2024', after: 'Torture victims in Kazakhstan still wait, 2025' },
      { what: 'Cases from the library', before: '2', after: '2, kept; refresh each to take in what the library has learnt since' },
      { what: 'Signatories', before: '2 confirmed, 1 declined', after: '3 invited: each must confirm again' },
      { what: 'Footnotes', before: '1', after: '1, kept as they are' },
    ]);
  });

  it('lists the changes in the interface language: Russian frame, the statement’s own English text kept', () => {
    const russian = rolloverStatement(madeIn2024(), { toYear: 2025, locale: 'ru' }).changes;
    expect(russian.map((change) => change.what)).toEqual(['Дата', 'Year', 'Edition', 'Years of the Convention', 'Years since the protests', 'Report year', 'Hearing', 'Текст о деле', 'Заголовок', 'Дела из библиотеки', 'Подписанты', 'Сноски']);
    expect(russian.at(-2)).toEqual({ what: 'Подписанты', before: '2\u00a0подтвердили, 1\u00a0отказался', after: '3\u00a0приглашены заново: каждый должен снова подтвердить' });
    // The same edition either way: only the words of the list differ.
    expect(russian.map((change) => change.before)[0]).toBe('26 June 2024');
  });

  it('keeps cases with the new statement date, their text written again where it depends on it', () => {
    const inserted: Array<{ options: { statementDate: string }; generatedText: Parameters<typeof insertedPlainText>[0]; frozen: boolean }> = [];
    walkEditorNodes(statement.editor.root, (node) => {
      if (node.type === 'case-text') inserted.push(node['inserted'] as (typeof inserted)[number]);
    });
    expect(inserted.map((c) => c.options.statementDate)).toEqual(['2025-06-26', '2025-06-26']);
    expect(inserted.map((c) => insertedPlainText(c.generatedText))).toEqual(['Farhat MEYMANKULYYEV (32 or 33), extradited from Turkey on 19 May 2023', 'Rovshen KLYCHEV (1980), deported from Turkey on 12 July 2023']);
    expect(paragraphs(statement)[2]).toBe('Farhat MEYMANKULYYEV (32 or 33), extradited from Turkey on 19 May 2023Rovshen KLYCHEV (1980), deported from Turkey on 12 July 2023');
  });

  it('carries signatories over as invited, without last year\'s dates and notes', () => {
    expect(statement.signatories.map((s) => [s.id, s.status, s.statusDate, s.statusNote, s.lead])).toEqual([
      ['o1', 'invited', null, '', true],
      ['o2', 'invited', null, '', false],
      ['i1', 'invited', null, '', false],
    ]);
  });

  it('gives a well-formed statement and leaves last year\'s untouched', () => {
    expect(checkEditorState(statement.editor)).toBeNull();
    expect(JSON.stringify(before)).toBe(frozenBefore);
  });
});

describe('rolloverStatement: what the writer changed by hand', () => {
  it('leaves a value edited by hand as it is, and says so', () => {
    const before = madeIn2024();
    walkEditorNodes(before.editor.root, (node) => {
      if (node.type === 'text' && node.text === '27th') node.text = '27th annual';
    });
    const { statement, changes } = rolloverStatement(before, { toYear: 2025 });
    expect(paragraphs(statement)[0]).toMatch(/^On the 27th annual Day, 38 years/);
    expect(changes).toContainEqual({ what: 'Edition: edited by hand, left as it is', before: '27th annual', after: '27th annual' });
  });

  it('keeps a case whose text was edited by hand, frozen, with the new date for later refreshes', () => {
    const before = madeIn2024();
    walkEditorNodes(before.editor.root, (node) => {
      if (node.type === 'text' && node.text?.startsWith('Farhat')) node.text = 'Farhat M., blogger, extradited in May 2023';
    });
    const { statement, changes } = rolloverStatement(before, { toYear: 2025 });
    const cases: Array<{ frozen: boolean; options: { statementDate: string } }> = [];
    walkEditorNodes(statement.editor.root, (node) => {
      if (node.type === 'case-text') cases.push(node['inserted'] as (typeof cases)[number]);
    });
    expect(cases[0]).toMatchObject({ frozen: true, options: { statementDate: '2025-06-26' } });
    expect(paragraphs(statement)[2]).toMatch(/^Farhat M\., blogger, extradited in May 2023/);
    expect(changes.map((c) => c.what)).not.toContain('Case text');
  });

  it('keeps placeholders still unfilled, and dates of events', () => {
    const before = templateToStatement(JUNE_26, { protests: '2022-01-05' }, { today: '2024-05-01' });
    const { statement } = rolloverStatement(before, { toYear: 2025 });
    expect(paragraphs(statement)[1]).toBe('Our [report year] report comes before the hearing on [hearing]; in 2025 nothing changed.');
    expect(paragraphs(statement)[2]).toBe('[cases]');
  });
});

describe('rolloverStatement: a record edited by hand', () => {
  it('leaves out values that no longer fit their variables instead of failing', () => {
    const before = madeIn2024();
    before.meta.template!.values['report year'] = 'twenty twenty-four';
    before.meta.template!.values['nobody'] = 'x';
    const { statement, changes } = rolloverStatement(before, { toYear: 2025 });
    expect(changes.map((c) => c.what)).not.toContain('Report year');
    expect(changes).toContainEqual({ what: 'Edition', before: '27th', after: '28th' });
    expect(paragraphs(statement)[1]).toBe('Our 2024 report comes before the hearing on 12 September 2025; in 2025 nothing changed.');
  });
});

describe('rolloverStatement: statements without a template', () => {
  it('moves the date, resets signatories and keeps the text of a statement written by hand', () => {
    const before = newStatement('ru');
    before.meta.date = '2024-02-29';
    before.editor.root.children = [{ type: 'paragraph', version: 1, children: [{ type: 'text', version: 1, text: 'В 2024 г.' }] }];
    before.signatories = [newOrganisationSignatory('o1', { fullName: 'Ассоциация', status: 'withdrawn', statusDate: '2024-02-20' })];
    const { statement, changes } = rolloverStatement(before, { toYear: 2025 });
    expect(statement.meta.date).toBe('2025-02-28');
    expect(paragraphs(statement)).toEqual(['В 2024 г.']);
    expect(changes).toEqual([
      { what: 'Date', before: '29 февраля 2024 г.', after: '28 февраля 2025 г.' },
      { what: 'Signatories', before: '1 withdrawn', after: '1 invited: each must confirm again' },
    ]);
  });

  it('says so when the statement has no date, and refuses a year that is not one', () => {
    const { changes } = rolloverStatement(newStatement('en'), { toYear: 2025 });
    expect(changes).toEqual([{ what: 'Date', before: '', after: 'not set: the statement had no date, set it by hand' }]);
    expect(() => rolloverStatement(newStatement('en'), { toYear: 25 })).toThrow(RangeError);
  });
});
