import { mergeSignatory } from '../merge.ts';
import { russianNamesOf } from '../roster.ts';
import type { Signatory, SignatoryDraft, SignatoryStatus } from '../signatory.ts';
import type { DuplicateMatch, ImportPreview, PreviewRow } from './import-preview.ts';

/**
 * The list after the writer confirms an import: one new list, so the app can keep it as a
 * single undoable step. Each duplicate row gets the writer's decision:
 *
 * - merge: a row that matches the list fills what that signer lacks (and confirms an invited
 *   one); a row that matches the roster is added linked to the roster's record, with the
 *   roster's curated names for an organisation; a row that repeats an earlier row fills what
 *   that row's signer lacks (if the earlier row was not imported, this one is added instead);
 * - add: the row is a different signer after all (a namesake), added as new;
 * - skip: the row is left out.
 *
 * Rows marked add are added unless the writer skips them; skipped and broken rows never are. New signers go to the end of
 * the list, in file order, so the writer's manual order is kept.
 */

export type DuplicateDecision = 'merge' | 'add' | 'skip';
/** Decisions by the row's line number; rows without one take defaultDecision (add rows: add). */
export type ImportDecisions = Readonly<Record<number, DuplicateDecision>>;

export type ImportOptions = {
  newId: () => string;
  /** Status of the imported signers: they signed the form, so confirmed unless the writer says otherwise. */
  status?: SignatoryStatus;
  /** The day of the import (YYYY-MM-DD), or null. */
  date: string | null;
  /** Recorded as the status note: "Sign-on form, imported from signons.csv". */
  note: string;
};

export type ImportOutcome = {
  list: Signatory[];
  /** Ids of the signers added, and of those on the list that a merge changed. */
  added: string[];
  updated: string[];
  /** Lines of the rows that were not imported (skipped, broken, or decided skip). */
  notImported: number[];
};

/** Merge for repeats in the file and for roster matches; skip for someone already on the list, who needs no second record. */
export function defaultDecision(row: Pick<PreviewRow, 'action'>): DuplicateDecision | null {
  switch (row.action) {
    case 'duplicate-in-file':
    case 'duplicate-of-roster':
      return 'merge';
    case 'duplicate-of-list':
      return 'skip';
    default:
      return null;
  }
}

function linkedToRoster(draft: SignatoryDraft, match: Extract<DuplicateMatch, { in: 'roster' }>): SignatoryDraft {
  if (draft.kind === 'organisation' && match.kind === 'organisation') {
    const r = match.record;
    return { ...draft, fullName: r.fullName, abbreviation: r.abbreviation || draft.abbreviation, country: r.country ?? draft.country, exileCountry: r.exileCountry, russian: russianNamesOf(r), organisationId: r.id };
  }
  if (draft.kind === 'individual' && match.kind === 'individual') {
    const r = match.record;
    return {
      ...draft,
      givenName: draft.givenName || r.givenName,
      familyName: draft.familyName || r.familyName,
      role: draft.role || (r.role ?? ''),
      organisation: draft.organisation || (r.organisation ?? ''),
      country: draft.country ?? r.country ?? null,
      personId: r.id,
    };
  }
  return draft;
}

export function applyImport(list: readonly Signatory[], preview: ImportPreview, decisions: ImportDecisions, options: ImportOptions): ImportOutcome {
  const confirmation = { status: options.status ?? 'confirmed', statusDate: options.date, statusNote: options.note };
  const result = [...list];
  const indexOf = new Map(result.map((s, index) => [s.id, index]));
  /** Where each imported row ended up, so a later repeat of it can merge into the same signer. */
  const signerOfLine = new Map<number, string>();
  const added: string[] = [];
  const isNew = new Set<string>();
  const updated = new Set<string>();
  const notImported: number[] = [];

  const add = (draft: SignatoryDraft): string => {
    const id = options.newId();
    result.push({ ...draft, ...confirmation, id } as Signatory);
    indexOf.set(id, result.length - 1);
    added.push(id);
    isNew.add(id);
    return id;
  };
  const mergeInto = (id: string, draft: SignatoryDraft): string => {
    const index = indexOf.get(id)!;
    const before = result[index]!;
    const after = mergeSignatory(before, draft, confirmation);
    result[index] = after;
    if (JSON.stringify(after) !== JSON.stringify(before) && !isNew.has(id)) updated.add(id);
    return id;
  };

  for (const row of preview.rows) {
    const draft = row.signatory;
    if (draft === null || row.action === 'skipped' || row.action === 'error') {
      notImported.push(row.line);
      continue;
    }
    const decision = decisions[row.line] ?? defaultDecision(row) ?? 'add';
    const match = row.match;
    let id: string | undefined;
    if (decision === 'skip') id = undefined;
    else if (decision === 'add' || match === null) id = add(draft);
    else if (match.in === 'list') id = indexOf.has(match.signatoryId) ? mergeInto(match.signatoryId, draft) : add(draft);
    else if (match.in === 'roster') id = add(linkedToRoster(draft, match));
    else {
      const earlier = signerOfLine.get(match.line);
      id = earlier === undefined ? add(draft) : mergeInto(earlier, draft);
    }
    if (id === undefined) notImported.push(row.line);
    else signerOfLine.set(row.line, id);
  }
  return { list: result, added, updated: [...updated], notImported };
}
