import { describe, expect, it } from 'vitest';
import { recordIdSchema } from '../../../core/cases/common.ts';
import { organisationSignatorySchema, newOrganisationSignatory, individualSignatorySchema, newIndividualSignatory } from '../../../core/signatories/signatory.ts';
import { issuesByField } from '../../../renderer/panels/signatories/form-issues.ts';
import { idMaker, randomId } from '../../../renderer/panels/signatories/new-id.ts';

describe('ids of new signatories', () => {
  it('are record ids', () => {
    for (let i = 0; i < 50; i++) expect(recordIdSchema.safeParse(randomId()).success).toBe(true);
  });

  it('never repeat an id on the list or one made before, even from a poor random source', () => {
    let calls = 0;
    // The first two draws repeat an id on the list, then a new one comes.
    const poor = (count: number) => Array.from({ length: count }, () => (calls < 2 * count ? 0 : calls)).map((v) => (calls++, v));
    const taken = randomId(() => new Array(12).fill(0));
    const make = idMaker([taken], poor);
    const first = make();
    expect(first).not.toBe(taken);
    const second = make();
    expect(second).not.toBe(first);
    expect(second).not.toBe(taken);
  });
});

describe('form problems next to their fields', () => {
  it('keys zod’s issues by their path, the first of each', () => {
    const org = organisationSignatorySchema.safeParse(newOrganisationSignatory('x', { fullName: '  ', email: 'not an address', russian: { nominative: '', genitive: 'Ассоциации', abbreviation: '' } }));
    expect(org.success).toBe(false);
    const issues = issuesByField(org.error!);
    expect(issues['fullName']).toBe('an organisation needs its full name');
    expect(issues['email']).toBe('expected an email address');
    expect(issues['russian.nominative']).toBe('a Russian name cannot be empty');

    const person = individualSignatorySchema.safeParse(newIndividualSignatory('y', { country: 'Kazakhstan' }));
    expect(issuesByField(person.error!)).toMatchObject({ country: expect.stringMatching(/two-letter/), familyName: 'a signer needs a given or a family name' });
  });
});
