import type { DatabaseSync } from 'node:sqlite';
import { likelySamePerson, namePairs } from '../../../core/cases/names.ts';
import type { CaseDraft, CaseRecord } from '../../../core/cases/person.ts';
import type { CaseSummary } from '../../../core/library/api.ts';
import { SUMMARY_COLUMNS, summaryOf, type SummaryRow } from './case-store.ts';

/**
 * "Is this person already in the library?" The case_name_pairs index proposes the cases that
 * share a name pair with the draft (see namePairs in core/cases/names.ts), one B-tree lookup
 * per pair; likelySamePerson then decides on the full records, birth year included.
 */
const MAX_CANDIDATES = 50;

export type DuplicateFinder = (draft: CaseDraft, exceptId?: string) => CaseSummary[];

export function createDuplicateFinder(db: DatabaseSync): DuplicateFinder {
  const candidates = db.prepare(`
    SELECT ${SUMMARY_COLUMNS}, c.record FROM cases c
    WHERE c.n IN (SELECT case_n FROM case_name_pairs WHERE pair IN (SELECT value FROM json_each(?)) LIMIT ${MAX_CANDIDATES})`);
  return (draft, exceptId) => {
    const pairs = namePairs(draft);
    if (pairs.length === 0) return [];
    const rows = candidates.all(JSON.stringify(pairs)) as Array<SummaryRow & { record: string }>;
    return rows
      .filter((row) => row.id !== exceptId && likelySamePerson(draft, JSON.parse(row.record) as CaseRecord))
      .map((row) => summaryOf(row));
  };
}
