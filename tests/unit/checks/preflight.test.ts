import { describe, expect, it } from 'vitest';
import { insertCase } from '../../../core/cases/insert/inserted-case.ts';
import { preflight } from '../../../core/checks/preflight.ts';
import { newIndividualSignatory, newOrganisationSignatory } from '../../../core/signatories/signatory.ts';
import type { SerializedNode } from '../../../core/statement/editor-state.ts';
import type { Statement } from '../../../core/statement/schema.ts';
import { request, sample } from '../cases/fixtures.ts';
import { el, link, note, p, statementOf, text } from '../document/helpers.ts';

const codes = (statement: Statement, context = {}) => preflight(statement, context).map((problem) => `${problem.severity}:${problem.code}${problem.path ? `@${problem.path}` : ''}${problem.footnote ? `#${problem.footnote}` : ''}`);

function signed(statement: Statement): Statement {
  statement.signatories = [newOrganisationSignatory('o1', { fullName: 'Association for Human Rights in Central Asia', abbreviation: 'AHRCA', status: 'confirmed' })];
  return statement;
}

describe('the export preflight', () => {
  it('passes a complete statement', () => {
    expect(codes(signed(statementOf([p(text('All is well.'))])))).toEqual([]);
  });

  it('asks for a title, a date and at least one confirmed signatory', () => {
    const statement = statementOf([p(text('Text.'))], { title: ' ', date: '' });
    expect(codes(statement)).toEqual(['error:no-title', 'error:no-date', 'warning:no-signatories']);
    statement.signatories = [
      newIndividualSignatory('i1', { givenName: 'Reyimberdy', familyName: 'Kurbanov', status: 'invited' }),
      newIndividualSignatory('i2', { givenName: 'Nadejda', familyName: 'Atayeva', status: 'declined' }),
    ];
    expect(codes(statement)).toEqual(['error:no-title', 'error:no-date', 'error:no-confirmed-signatories', 'warning:unconfirmed-signatories']);
    expect(preflight(statement).at(-1)!.message).toBe('1 invited signatory has not confirmed and will not be printed.');
  });

  it('finds unsafe links in the text and in the notes, saying where', () => {
    const statement = signed(statementOf([p(text('See '), link('javascript:alert(1)', text('this')), note(p(link('file:///etc/passwd', text('there')))))]));
    expect(codes(statement)).toEqual(['error:unsafe-link@root.children[0].children[1]', 'error:footnote-unsafe-link#1']);
  });

  it('reports confidential, stale and missing cases where they stand', () => {
    const confidential = insertCase({ ...sample('farhat-meymankulyyev'), confidential: true }, request('list-line', 'en'));
    const other = insertCase(sample('bolot-temirov'), request('list-line', 'en'));
    const caseText = (inserted: unknown): SerializedNode => el('case-text', [text('…')], { inserted });
    const statement = signed(statementOf([p(caseText(confidential)), p(text('and '), caseText(other))]));
    expect(codes(statement)).toEqual(['error:confidential-case@root.children[0].children[0]']);
    const standing = new Map([
      ['sample-farhat-meymankulyyev', 'missing' as const],
      ['sample-bolot-temirov', 'stale' as const],
    ]);
    expect(codes(statement, { caseStanding: standing })).toEqual([
      'error:confidential-case@root.children[0].children[0]',
      'warning:missing-case@root.children[0].children[0]',
      'warning:stale-case@root.children[1].children[1]',
    ]);
  });

  it('reports template variables left unfilled, and empty notes', () => {
    const statement = signed(statementOf([p(text('In '), { type: 'template-variable', version: 1, name: 'country', label: 'Country' }), p(text('x'), note(p()))]));
    expect(codes(statement)).toEqual(['error:unfilled-placeholder@root.children[0].children[1]', 'error:footnote-empty#1']);
  });
});
