import { describe, expect, it } from 'vitest';
import { insertCase } from '../../../core/cases/insert/inserted-case.ts';
import { newStatement } from '../../../core/statement/new-statement.ts';
import { parseStatement, serializeStatement } from '../../../core/statement/parse.ts';
import type { SerializedNode } from '../../../core/statement/editor-state.ts';
import { request, sample } from './fixtures.ts';

/** A statement whose first paragraph holds one piece of case text, as the editor saves it. */
function statementWithCase(inserted: unknown) {
  const statement = newStatement('en');
  const paragraph = statement.editor.root.children[0]!;
  const caseText: SerializedNode = { type: 'case-text', version: 1, direction: null, format: '', indent: 0, inserted, children: [{ type: 'text', text: 'Farhat MEYMANKULYYEV (1992)' } as SerializedNode] } as SerializedNode;
  paragraph.children = [caseText];
  return statement;
}

describe('case text in a statement file', () => {
  it('opens with its case id, format and snapshot, and round-trips', () => {
    const inserted = insertCase(sample('farhat-meymankulyyev'), request('list-line', 'en'));
    const statement = statementWithCase(inserted);
    const reopened = parseStatement(serializeStatement(statement));
    expect(reopened.ok).toBe(true);
    if (reopened.ok) expect((reopened.value.editor.root.children[0]!.children![0] as unknown as { inserted: unknown }).inserted).toEqual(inserted);
  });

  it('refuses case text whose link to the library is damaged, and says where', () => {
    const inserted = insertCase(sample('farhat-meymankulyyev'), request('list-line', 'en'));
    const broken = { ...inserted, format: 'poem' };
    const result = parseStatement(serializeStatement(statementWithCase(broken)));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/children\[0\]\.children\[0\]\.inserted\.format/);
    const missing = parseStatement(serializeStatement(statementWithCase(undefined)));
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.message).toMatch(/case inserted from the library/);
  });
});
