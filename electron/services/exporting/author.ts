import type { Statement } from '../../../core/statement/schema.ts';

/**
 * The PDF's Author: the issuing organisations — the confirmed lead organisations, or every
 * confirmed organisation when none is marked lead — by their full names.
 */
export function confirmedOrganisationNames(statement: Pick<Statement, 'signatories'>): string {
  const organisations = statement.signatories.filter((s) => s.kind === 'organisation' && s.status === 'confirmed');
  const leads = organisations.filter((s) => s.lead);
  return (leads.length > 0 ? leads : organisations).map((s) => (s.kind === 'organisation' ? s.fullName : '')).join(', ');
}
