import { IdentityIndex, signatoryTokens } from '../../../core/signatories/identity.ts';
import { rosterOrganisationTokens, rosterPersonTokens, type RosterOrganisation, type RosterPerson } from '../../../core/signatories/roster.ts';
import type { Signatory } from '../../../core/signatories/signatory.ts';

/** A signer on the list that a library record or a draft would repeat, and why ("same email"). */
export type ListMatch = { signatory: Signatory; reason: string };

/** A signer of the kind on the list linked to the record, or the same by its identity tokens (email, name in any spelling). */
function findRecordOnList(list: readonly Signatory[], kind: Signatory['kind'], linked: (s: Signatory) => boolean, tokens: string[]): ListMatch | null {
  const same = list.find((s) => s.kind === kind && linked(s));
  if (same) return { signatory: same, reason: 'added from the same library record' };
  const index = new IdentityIndex<Signatory>();
  for (const s of list) if (s.kind === kind) index.add(signatoryTokens(s), s);
  const found = index.find(tokens);
  return found && { signatory: found.value, reason: found.reason };
}

/**
 * Whether a library organisation is on the list already: linked to the same record, or the
 * same by email or full name (English or Russian) in any spelling (core/signatories/identity.ts).
 */
export function findOnList(list: readonly Signatory[], record: RosterOrganisation): ListMatch | null {
  return findRecordOnList(list, 'organisation', (s) => s.kind === 'organisation' && s.organisationId === record.id, rosterOrganisationTokens(record));
}

/** Whether a roster person is on the list already: linked to the same record, or the same by email or name in any spelling. */
export function findPersonOnList(list: readonly Signatory[], record: RosterPerson): ListMatch | null {
  return findRecordOnList(list, 'individual', (s) => s.kind === 'individual' && s.personId === record.id, rosterPersonTokens(record));
}

export type RosterMatch = { record: RosterPerson; reason: string };

/** The roster person an individual would repeat (same email or name), for saving to the library without a second record. */
export function findInRoster(people: readonly RosterPerson[], signatory: Signatory): RosterMatch | null {
  if (signatory.kind !== 'individual') return null;
  const index = new IdentityIndex<RosterPerson>();
  for (const person of people) index.add(rosterPersonTokens(person), person);
  const found = index.find(signatoryTokens(signatory));
  return found && { record: found.value, reason: found.reason };
}

/** A signer on the list that `draft` would repeat (same email or name), other than itself; for the add and edit dialogs' warning. */
export function findSameSigner(list: readonly Signatory[], draft: Signatory): ListMatch | null {
  const index = new IdentityIndex<Signatory>();
  for (const s of list) if (s.id !== draft.id) index.add(signatoryTokens(s), s);
  const found = index.find(signatoryTokens(draft));
  return found && { signatory: found.value, reason: found.reason };
}
