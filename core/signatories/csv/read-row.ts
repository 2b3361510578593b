import { signatorySchema, type SignatoryDraft, EMAIL_PATTERN } from '../signatory.ts';
import { readConsent, readSigningAs } from './answers.ts';
import type { UiLocale } from '../../i18n/ui-locale.ts';
import { csvMessages } from './csv-messages.ts';
import { normaliseHeader, type ColumnMapping, type ImportField } from './column-mapping.ts';
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

/** The reasons and warnings are in the interface language (English by default). */
export function readRow(cells: readonly string[], mapping: ColumnMapping, header: readonly string[], locale: UiLocale = 'en'): RowReading {
  const m = csvMessages[locale];
  const errors: string[] = [];
  const warnings: string[] = [];

  /** A cell as one line: line breaks and tabs inside a quoted field become spaces. */
  const cell = (field: ImportField): string => {
    const column = mapping[field];
    if (column === null) return '';
    const raw = cells[column] ?? '';
    const label = m.column(header[column] ?? m.fieldLabel(field));
    if (CONTROL.test(raw)) {
      errors.push(m.controlInCell(label));
      return '';
    }
    const value = raw.replace(/\s+/g, ' ').trim();
    const max = MAX_LENGTH[field];
    if (max !== undefined && value.length > max) errors.push(m.longerThan(label, max));
    if (FORMULA_START.test(value) && !/^[+-]?\d[\d\s.,]*$/.test(value)) {
      warnings.push(m.formula(label, value[0]!));
    }
    if (DIRECTION_CONTROLS.test(value)) warnings.push(m.directionCharacters(label));
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
    if (answer === 'no') return { outcome: 'skipped', reason: consent === '' ? m.noConsent : m.consentRefused(consent.slice(0, 80)), warnings };
    if (answer === 'unclear') return { outcome: 'skipped', reason: m.consentUnclear(consent.slice(0, 80)), warnings };
  }

  const country = countryFromText(countryText);
  if (country === undefined) warnings.push(m.unknownCountry(countryText.slice(0, 80)));
  if (email !== '' && !EMAIL_PATTERN.test(email)) {
    warnings.push(m.notAnEmail(email.slice(0, 80)));
    email = '';
  }

  const hasPerson = name !== '' || given !== '' || family !== '';
  let kind: 'organisation' | 'individual';
  const answer = readSigningAs(signingAs);
  if (answer === 'unclear') errors.push(m.signingAsUnclear(signingAs.slice(0, 80)));
  if (answer === 'organisation' || answer === 'individual') kind = answer;
  else kind = !hasPerson && organisation !== '' ? 'organisation' : 'individual';

  let draft: SignatoryDraft;
  const common = { status: 'confirmed', statusDate: null, statusNote: '', lead: false, email } as const;
  if (kind === 'organisation') {
    // Forms with one "name" field for people and organisations alike put the organisation's name there.
    const split = splitOrganisationName(organisation || name);
    if (split.fullName === '') errors.push(m.noOrganisationName);
    draft = { kind, ...common, ...split, abbreviation: abbreviation || split.abbreviation, country: country ?? null, exileCountry: null, russian: null, organisationId: null };
  } else {
    const familyFirst = mapping.name !== null && /(^| )(фио|ф и о)( |$)/.test(normaliseHeader(header[mapping.name] ?? ''));
    const parts = given !== '' || family !== '' ? { givenName: given, familyName: family } : splitPersonName(name, { familyFirst });
    if (parts.givenName === '' && parts.familyName === '') errors.push(m.noName);
    draft = { kind, ...common, ...parts, role, organisation, country: country ?? null, personId: null };
  }
  if (errors.length > 0) return { outcome: 'error', reasons: errors, warnings };

  // The list's own schema has the last word, so an import can never write a file that will not open.
  const checked = signatorySchema.safeParse({ ...draft, id: 'preview' });
  if (!checked.success) return { outcome: 'error', reasons: checked.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`), warnings };
  return { outcome: 'signatory', draft, warnings };
}
