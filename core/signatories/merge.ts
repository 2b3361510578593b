import type { Signatory, SignatoryDraft } from './signatory.ts';

/**
 * Two records of one signer made into one. Merging only fills what the kept record lacks:
 * a name, role or country the writer already has is never overwritten by a form answer, so a
 * merge cannot undo the writer's corrections. One status change is allowed: an invited signer
 * who now signs is confirmed, with the day and the note of the merge.
 */

type Confirmation = { status: Signatory['status']; statusDate: string | null; statusNote: string };

export function mergeSignatory<T extends Signatory>(kept: T, incoming: SignatoryDraft, confirmation?: Confirmation): T {
  if (kept.kind !== incoming.kind) return kept;
  const merged: Record<string, unknown> = { ...kept };
  for (const [key, value] of Object.entries(incoming)) {
    if (key === 'status' || key === 'statusDate' || key === 'statusNote' || key === 'lead') continue;
    const current = merged[key];
    if ((current === '' || current === null) && value !== '' && value !== null) merged[key] = value;
  }
  if (confirmation && kept.status === 'invited' && confirmation.status === 'confirmed') {
    merged.status = 'confirmed';
    merged.statusDate = confirmation.statusDate;
    merged.statusNote = kept.statusNote || confirmation.statusNote;
  }
  return merged as T;
}
