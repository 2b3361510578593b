import { SIGNATORY_STATUSES, type Signatory, type SignatoryStatus } from './signatory.ts';

export type StatusCounts = Record<SignatoryStatus, number> & { total: number };

/** How many signers stand at each status, for the panel's "12 confirmed · 3 invited" line. */
export function countByStatus(list: ReadonlyArray<Pick<Signatory, 'status'>>): StatusCounts {
  const counts = Object.fromEntries(SIGNATORY_STATUSES.map((status) => [status, 0])) as Record<SignatoryStatus, number>;
  for (const s of list) counts[s.status]++;
  return { ...counts, total: list.length };
}
