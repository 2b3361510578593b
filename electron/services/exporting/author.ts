import type { Statement } from '../../../core/statement/schema.ts';

/**
 * The issuing organisations — the confirmed lead organisations, or every confirmed
 * organisation when none is marked lead: the PDF's Author, and its letterhead if asked for.
 */
export function confirmedOrganisationNames(statement: Pick<Statement, 'signatories'>): string {
  return issuingOrganisations(statement)
    .map((o) => o.fullName)
    .join(', ');
}

/** The letterhead's lines: each issuing organisation with its abbreviation, "Norwegian Helsinki Committee (NHC)". */
export function letterheadLines(statement: Pick<Statement, 'signatories'>): string[] {
  return issuingOrganisations(statement).map((o) => (o.abbreviation ? `${o.fullName} (${o.abbreviation})` : o.fullName));
}

function issuingOrganisations(statement: Pick<Statement, 'signatories'>): Array<{ fullName: string; abbreviation: string }> {
  const organisations = statement.signatories.flatMap((s) => (s.kind === 'organisation' && s.status === 'confirmed' ? [s] : []));
  const leads = organisations.filter((s) => s.lead);
  return leads.length > 0 ? leads : organisations;
}
