import { describe, expect, it } from 'vitest';
import { toDocument } from '../../../core/document/to-document.ts';
import { insertCase } from '../../../core/cases/insert/inserted-case.ts';
import { request, sample } from '../cases/fixtures.ts';
import { el, note, p, statementOf, text } from './helpers.ts';

describe('case text from the library in the document model', () => {
  it('prints as ordinary text with its formats and notes, without warnings', () => {
    const inserted = insertCase(sample('farhat-meymankulyyev'), request('list-line', 'en'));
    const caseText = el('case-text', [text('Farhat MEYMANKULYYEV', 1), text(' (1992), extradited'), note(p(text('Source: court records.')))], { inserted });
    const doc = toDocument(statementOf([p(text('Returned: '), caseText, text('.'))]));
    expect(doc.warnings).toEqual([]);
    const paragraph = doc.blocks[0]!;
    expect(paragraph.kind).toBe('paragraph');
    if (paragraph.kind !== 'paragraph') return;
    expect(paragraph.runs).toEqual([
      { kind: 'text', text: 'Returned: ', marks: [] },
      { kind: 'text', text: 'Farhat MEYMANKULYYEV', marks: ['bold'] },
      { kind: 'text', text: ' (1992), extradited', marks: [] },
      { kind: 'noteref', noteId: 'fn-1', number: 1, label: '1' },
      { kind: 'text', text: '.', marks: [] },
    ]);
    expect(doc.footnotes).toHaveLength(1);
  });
});

describe('the lead sentence in the document model', () => {
  it('prints the names the editor last wrote, without warnings', () => {
    const lead = { type: 'lead-sentence', version: 1, text: 'the Norwegian Helsinki Committee (NHC) and the International Partnership for Human Rights (IPHR)' };
    const doc = toDocument(statementOf([p(text('Today '), lead, text(' call for his release.'))]));
    expect(doc.warnings).toEqual([]);
    const paragraph = doc.blocks[0]!;
    if (paragraph.kind !== 'paragraph') throw new Error('expected a paragraph');
    expect(paragraph.runs).toEqual([{ kind: 'text', text: `Today ${lead.text} call for his release.`, marks: [] }]);
  });
});
