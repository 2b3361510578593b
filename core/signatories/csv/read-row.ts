import { signatorySchema, type SignatoryDraft, EMAIL_PATTERN } from '../signatory.ts';
import { readConsent, readSigningAs } from './answers.ts';
import { IMPORT_FIELD_LABELS, normaliseHeader, type ColumnMapping, type ImportField } from './column-mapping.ts';
import { countryFromText } from './country-text.ts';
import { splitOrganisationName, splitPersonName } from './split-names.ts';

/**
 * One row of a sign-on file read as a signatory, or the reason it cannot be one. Nothing in a
 * cell is ever run or interpreted beyond these rules: a cell that a spreadsheet would take for
 * a formula ("=HYPERLINK(…)") is kept as plain text and flagged, so the writer notices it.
 */

export type RowReading =
  | { outcome: 'signatory'; draft: SignatoryDraft; warnings: string[] }
  | { outcome: 'skipped'; reason: string; warnings: string[] }
  | { outcome: 'error'; reasons: string[]; warnings: string[] };

const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f]/;
const DIRECTION_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/;
const FORMULA_START = /^[=+\-@]/;

/** The limits of the list's schema, checked here so the message can name the column. */
const MAX_LENGTH: Readonly<Partial<Record<ImportField, number>>> = {
  name: 400,
  givenName: 200,
  familyName: 200,
  organisation: 300,
  abbreviation: 40,
  role: 300,
  email: 254,
};

export function readRow(cells: readonly string[], mapping: ColumnMapping, header: readonly string[]): RowReading {
  const errors: string[] = [];
  const warnings: string[] = [];

  /** A cell as one line: line breaks and tabs inside a quoted field become spaces. */
  const cell = (field: ImportField): string => {
    const column = mapping[field];
    if (column === null) return '';
    const raw = cells[column] ?? '';
    const label = `"${header[column] ?? IMPORT_FIELD_LABELS[field]}"`;
    if (CONTROL.test(raw)) {
      errors.push(`${label} contains control characters`);
      return '';
    }
    const value = raw.replace(/\s+/g, ' ').trim();
    const max = MAX_LENGTH[field];
    if (max !== undefined && value.length > max) errors.push(`${label} is longer than ${max} characters`);
    if (FORMULA_START.test(value) && !/^[+-]?\d[\d\s.,]*$/.test(value)) {
      warnings.push(`${label} begins with "${value[0]!}", which a spreadsheet would run as a formula; it is kept as plain text`);
    }
    if (DIRECTION_CONTROLS.test(value)) warnings.push(`${label} contains invisible text-direction characters`);
    return value;
  };

  const name = cell('name');
  const given = cell('givenName');
  const family = cell('familyName');
  const organisation = cell('organisation');
  const abbreviation = cell('abbreviation');
  const role = cell('role');
  const countryText = cell('country');
  let email = cell('email');
  const signingAs = cell('signingAs');
  const consent = cell('consent');

  if (mapping.consent !== null) {
    const answer = readConsent(consent);
    if (answer === 'no') return { outcome: 'skipped', reason: consent === '' ? 'no consent to publish was given' : `no consent to publish ("${consent.slice(0, 80)}")`, warnings };
    if (answer === 'unclear') return { outcome: 'skipped', reason: `the consent answer "${consent.slice(0, 80)}" is not a clear yes`, warnings };
  }

  const country = countryFromText(countryText);
  if (country === undefined) warnings.push(`the country "${countryText.slice(0, 80)}" is not one the app knows; it is left empty`);
  if (email !== '' && !EMAIL_PATTERN.test(email)) {
    warnings.push(`"${email.slice(0, 80)}" is not an email address; it is left out`);
    email = '';
  }

  const hasPerson = name !== '' || given !== '' || family !== '';
  let kind: 'organisation' | 'individual';
  const answer = readSigningAs(signingAs);
  if (answer === 'unclear') errors.push(`cannot tell whether "${signingAs.slice(0, 80)}" means signing as an organisation or as an individual`);
  if (answer === 'organisation' || answer === 'individual') kind = answer;
  else kind = !hasPerson && organisation !== '' ? 'organisation' : 'individual';

  let draft: SignatoryDraft;
  const common = { status: 'confirmed', statusDate: null, statusNote: '', lead: false, email } as const;
  if (kind === 'organisation') {
    // Forms with one "name" field for people and organisations alike put the organisation's name there.
    const split = splitOrganisationName(organisation || name);
    if (split.fullName === '') errors.push('signs as an organisation but gives no organisation name');
    draft = { kind, ...common, ...split, abbreviation: abbreviation || split.abbreviation, country: country ?? null, exileCountry: null, russian: null, organisationId: null };
  } else {
    const familyFirst = mapping.name !== null && /(^| )(фио|ф и о)( |$)/.test(normaliseHeader(header[mapping.name] ?? ''));
    const parts = given !== '' || family !== '' ? { givenName: given, familyName: family } : splitPersonName(name, { familyFirst });
    if (parts.givenName === '' && parts.familyName === '') errors.push('no name is given');
    draft = { kind, ...common, ...parts, role, organisation, country: country ?? null, personId: null };
  }
  if (errors.length > 0) return { outcome: 'error', reasons: errors, warnings };

  // The list's own schema has the last word, so an import can never write a file that will not open.
  const checked = signatorySchema.safeParse({ ...draft, id: 'preview' });
  if (!checked.success) return { outcome: 'error', reasons: checked.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`), warnings };
  return { outcome: 'signatory', draft, warnings };
}
