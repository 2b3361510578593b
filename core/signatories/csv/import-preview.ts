import { IdentityIndex, signatoryTokens } from '../identity.ts';
import { personName } from '../names.ts';
import { EMPTY_ROSTER, rosterOrganisationTokens, rosterPersonTokens, type Roster, type RosterOrganisation, type RosterPerson } from '../roster.ts';
import type { Signatory, SignatoryDraft } from '../signatory.ts';
import type { UiLocale } from '../../i18n/ui-locale.ts';
import { csvMessages } from './csv-messages.ts';
import { mappingProblems, type ColumnMapping } from './column-mapping.ts';
import type { CsvTable } from './read-csv.ts';
import { readRow } from './read-row.ts';

/**
 * What an import would do with every row of the file, before anything is changed: add the
 * signer, ask about a duplicate (of an earlier row, of someone already on the list, of
 * someone in the roster), skip a signer who gave no consent, or list the row's errors.
 * Duplicates are found by email and by the spelling-tolerant name key (see identity.ts).
 */

export const IMPORT_ACTIONS = ['add', 'duplicate-in-file', 'duplicate-of-list', 'duplicate-of-roster', 'skipped', 'error'] as const;
export type ImportAction = (typeof IMPORT_ACTIONS)[number];

export type DuplicateMatch =
  | { in: 'file'; line: number; label: string; reason: string }
  | { in: 'list'; signatoryId: string; label: string; reason: string }
  | { in: 'roster'; kind: 'organisation'; record: RosterOrganisation; label: string; reason: string }
  | { in: 'roster'; kind: 'individual'; record: RosterPerson; label: string; reason: string };

export type PreviewRow = {
  line: number;
  lastLine: number;
  cells: string[];
  action: ImportAction;
  /** For errors, what is wrong; for skipped rows, why. */
  reasons: string[];
  /** Kept but worth a look: formula-like text, an unknown country, a malformed email left out. */
  warnings: string[];
  /** The signer the row describes (status, date and note are set when the import is applied), or null for skipped and broken rows. */
  signatory: SignatoryDraft | null;
  match: DuplicateMatch | null;
};

export type ImportPreview = {
  rows: PreviewRow[];
  counts: Record<ImportAction, number>;
  /** Problems of the mapping as a whole (no name column); every row is an error until they are fixed. */
  problems: string[];
};

/** The reasons and warnings are in `locale`, the interface language (English by default). */
export type PreviewContext = { list: readonly Signatory[]; roster?: Roster; locale?: UiLocale };

/** How a signer is named in the preview: "Reyimberdy Kurbanov", "Norwegian Helsinki Committee". */
export function signatoryLabel(s: SignatoryDraft): string {
  return s.kind === 'organisation' ? s.fullName : personName(s, false, 'en');
}

export function previewImport(table: CsvTable, mapping: ColumnMapping, context: PreviewContext): ImportPreview {
  const roster = context.roster ?? EMPTY_ROSTER;
  const locale = context.locale ?? 'en';
  const m = csvMessages[locale];
  const problems = mappingProblems(mapping, locale);

  const inList = new IdentityIndex<Signatory>();
  for (const s of context.list) inList.add(signatoryTokens(s), s);
  const inRoster = new IdentityIndex<{ kind: 'organisation'; record: RosterOrganisation } | { kind: 'individual'; record: RosterPerson }>();
  for (const record of roster.organisations) inRoster.add(rosterOrganisationTokens(record), { kind: 'organisation', record });
  for (const record of roster.people) inRoster.add(rosterPersonTokens(record), { kind: 'individual', record });
  /** Earlier rows; one that repeats someone on the list carries that match, so its repeats point at the list too. */
  const inFile = new IdentityIndex<{ line: number; label: string; listed: { signatoryId: string; label: string } | null }>();

  const rows = table.rows.map((row): PreviewRow => {
    const base = { line: row.line, lastLine: row.lastLine, cells: row.cells, signatory: null, match: null };
    if (row.problem !== null) return { ...base, action: 'error', reasons: [row.problem], warnings: [] };
    if (problems.length > 0) return { ...base, action: 'error', reasons: problems, warnings: [] };
    const reading = readRow(row.cells, mapping, table.header, locale);
    if (reading.outcome === 'error') return { ...base, action: 'error', reasons: reading.reasons, warnings: reading.warnings };
    if (reading.outcome === 'skipped') return { ...base, action: 'skipped', reasons: [reading.reason], warnings: reading.warnings };

    const draft = reading.draft;
    const tokens = signatoryTokens(draft);
    const label = signatoryLabel(draft);
    const found = { ...base, reasons: [], warnings: reading.warnings, signatory: draft };
    const listed = inList.find(tokens);
    const earlier = inFile.find(tokens);
    let listMatch: Extract<DuplicateMatch, { in: 'list' }> | null = null;
    if (listed) listMatch = { in: 'list', signatoryId: listed.value.id, label: signatoryLabel(listed.value), reason: m.matchReason(listed.reason) };
    else if (earlier?.value.listed) listMatch = { in: 'list', ...earlier.value.listed, reason: m.asLine(m.matchReason(earlier.reason), earlier.value.line) };
    inFile.add(tokens, { line: row.line, label, listed: listMatch && { signatoryId: listMatch.signatoryId, label: listMatch.label } });
    if (listMatch) return { ...found, action: 'duplicate-of-list', match: listMatch };
    if (earlier) return { ...found, action: 'duplicate-in-file', match: { in: 'file', line: earlier.value.line, label: earlier.value.label, reason: m.matchReason(earlier.reason) } };
    const known = inRoster.find(tokens);
    if (known) {
      const { kind, record } = known.value;
      const rosterLabel = kind === 'organisation' ? record.fullName : personName(record, false, 'en');
      const reason = m.matchReason(known.reason);
      const match: DuplicateMatch = kind === 'organisation' ? { in: 'roster', kind, record, label: rosterLabel, reason } : { in: 'roster', kind, record, label: rosterLabel, reason };
      return { ...found, action: 'duplicate-of-roster', match };
    }
    return { ...found, action: 'add' };
  });

  const counts = Object.fromEntries(IMPORT_ACTIONS.map((action) => [action, 0])) as Record<ImportAction, number>;
  for (const row of rows) counts[row.action]++;
  return { rows, counts, problems };
}
