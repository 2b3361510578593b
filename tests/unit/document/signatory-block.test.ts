import { describe, expect, it } from 'vitest';
import { toDocument } from '../../../core/document/to-document.ts';
import type { SignatoryBlock } from '../../../core/document/model.ts';
import { newIndividualSignatory, newOrganisationSignatory } from '../../../core/signatories/signatory.ts';
import { p, statementOf, text } from './helpers.ts';

const withSigners = () => {
  const statement = statementOf([p(text('We call on the authorities.'))]);
  statement.signatories = [
    newOrganisationSignatory('a', { status: 'confirmed', fullName: 'Association for Human Rights in Central Asia', abbreviation: 'AHRCA', email: 'office@ahrca.example' }),
    newOrganisationSignatory('b', { status: 'invited', fullName: 'Invited But Silent' }),
    newIndividualSignatory('c', { status: 'confirmed', givenName: 'Reyimberdy', familyName: 'Kurbanov', role: 'researcher', statusNote: 'by phone' }),
  ];
  statement.meta.signatorySettings = { order: 'organisations-first', style: 'one-line-per-signer', familyNameCapitals: true };
  return statement;
};

describe('toDocument: signatory block', () => {
  it('ends the document with the confirmed signers as entries, headings as entries of their own', () => {
    const doc = toDocument(withSigners());
    const block = doc.blocks.at(-1) as SignatoryBlock;
    expect(block.kind).toBe('signatories');
    expect(block.entries.map((e) => [e.role, e.lines.map((line) => line.map((run) => run.text).join(''))])).toEqual([
      ['heading', ['Organisations:']],
      ['signer', ['Association for Human Rights in Central Asia (AHRCA)']],
      ['heading', ['Individuals:']],
      ['signer', ['Reyimberdy KURBANOV, researcher']],
    ]);
    // Nothing private reaches the model.
    expect(JSON.stringify(doc)).not.toMatch(/ahrca\.example|by phone|Invited But Silent/);
  });

  it('has no block when nobody has confirmed, or when the caller leaves it out', () => {
    const statement = withSigners();
    expect(toDocument(statement, { signatories: false }).blocks.map((b) => b.kind)).toEqual(['paragraph']);
    statement.signatories = statement.signatories.map((s) => ({ ...s, status: 'invited' as const }));
    expect(toDocument(statement).blocks.map((b) => b.kind)).toEqual(['paragraph']);
  });
});
