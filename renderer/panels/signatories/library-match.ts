import { IdentityIndex, signatoryTokens } from '../../../core/signatories/identity.ts';
import { rosterOrganisationTokens, type RosterOrganisation } from '../../../core/signatories/roster.ts';
import type { Signatory } from '../../../core/signatories/signatory.ts';

/**
 * Whether a library organisation is on the list already: linked to the same record, or the
 * same by email or full name (English or Russian) in any spelling (core/signatories/identity.ts).
 */
export type ListMatch = { signatory: Signatory; reason: string };

export function findOnList(list: readonly Signatory[], record: RosterOrganisation): ListMatch | null {
  const linked = list.find((s) => s.kind === 'organisation' && s.organisationId === record.id);
  if (linked) return { signatory: linked, reason: 'added from the same library record' };
  const index = new IdentityIndex<Signatory>();
  for (const s of list) if (s.kind === 'organisation') index.add(signatoryTokens(s), s);
  const found = index.find(rosterOrganisationTokens(record));
  return found && { signatory: found.value, reason: found.reason };
}

/** A signer on the list that `draft` would repeat (same email or name), other than itself; for the add and edit dialogs' warning. */
export function findSameSigner(list: readonly Signatory[], draft: Signatory): ListMatch | null {
  const index = new IdentityIndex<Signatory>();
  for (const s of list) if (s.id !== draft.id) index.add(signatoryTokens(s), s);
  const found = index.find(signatoryTokens(draft));
  return found && { signatory: found.value, reason: found.reason };
}
