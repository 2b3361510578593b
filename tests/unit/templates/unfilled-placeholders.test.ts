import { describe, expect, it } from 'vitest';
import { templateToStatement } from '../../../core/templates/template-to-statement.ts';
import { unfilledPlaceholderProblems, unfilledPlaceholders } from '../../../core/templates/unfilled-placeholders.ts';
import { parsed, settings, templateText } from './helpers.ts';

const TEMPLATE = parsed(
  templateText(
    settings('  country:\n    label: Country\n    type: text\n  city:\n    label: City\n    type: text\n  official:\n    label: Official\n    type: text\n', 'places: ["{{city}}"]\n'),
    '# Letter on {{country}}\n\nDear {{official}},\n\n{{country}} and {{country}}.[^n]\n\n[^n]: Said by {{official}}.\n',
  ),
);

describe('unfilled placeholders', () => {
  it('finds placeholders in the text, in notes, in the title and in the places, with labels and paths', () => {
    const statement = templateToStatement(TEMPLATE, {}, { today: '2024-01-01' });
    expect(unfilledPlaceholders(statement)).toEqual([
      { name: 'country', label: 'Country', where: 'title' },
      { name: 'city', label: 'City', where: 'places' },
      { name: 'official', label: 'Official', where: 'text', path: 'root.children[0].children[1]' },
      { name: 'country', label: 'Country', where: 'text', path: 'root.children[1].children[0]' },
      { name: 'country', label: 'Country', where: 'text', path: 'root.children[1].children[2]' },
      { name: 'official', label: 'Official', where: 'note', path: 'root.children[1].children[4].$slots.body.children[0].children[1]' },
    ]);
  });

  it('is empty once everything is filled', () => {
    expect(unfilledPlaceholders(templateToStatement(TEMPLATE, { country: 'Tajikistan', city: 'Dushanbe', official: 'Ms Example' }, { today: '2024-01-01' }))).toEqual([]);
  });

  it('gives one preflight error per variable, counting its places and pointing at the first in the text', () => {
    const statement = templateToStatement(TEMPLATE, { city: 'Dushanbe' }, { today: '2024-01-01' });
    expect(unfilledPlaceholderProblems(statement)).toEqual([
      { code: 'unfilled-placeholder', severity: 'error', message: '“Country” is not filled in (3 places).', path: 'root.children[1].children[0]' },
      { code: 'unfilled-placeholder', severity: 'error', message: '“Official” is not filled in (2 places).', path: 'root.children[0].children[1]' },
    ]);
  });

  it('names a placeholder by its name when the statement no longer knows its label', () => {
    const statement = templateToStatement(TEMPLATE, {}, { today: '2024-01-01' });
    delete statement.meta.template;
    statement.editor.root.children[0]!.children![1]!['label'] = '';
    expect(unfilledPlaceholders(statement).map((p) => p.label)).toEqual(['country', 'city', 'official', 'Country', 'Country', 'Official']);
  });
});
