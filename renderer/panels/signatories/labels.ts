import type { SignatoryOrder, SignatoryStyle } from '../../../core/signatories/settings.ts';
import type { SignatoryStatus } from '../../../core/signatories/signatory.ts';

/** The words of the panel's selects. */

export const ORDER_LABELS: Readonly<Record<SignatoryOrder, string>> = {
  manual: 'By hand (drag or Alt+↑/↓)',
  'organisation-alphabetical': 'Organisation, A–Z',
  'family-name': 'Family name, A–Z',
  'lead-first': 'Lead organisations first',
  'organisations-first': 'Organisations, then individuals',
  'by-country': 'By country',
};

export const STYLE_LABELS: Readonly<Record<SignatoryStyle, string>> = {
  'one-line-per-signer': 'One line per signer',
  'organisations-only': 'Organisations only',
  'individuals-with-affiliation-note': 'Individuals apart, “for identification only”',
};

export const STATUS_LABELS: Readonly<Record<SignatoryStatus, string>> = {
  invited: 'Invited',
  confirmed: 'Confirmed',
  declined: 'Declined',
  withdrawn: 'Withdrawn',
};

/** What the note field suggests after a status change. */
export const NOTE_HINTS: Readonly<Record<SignatoryStatus, string>> = {
  invited: 'invited by e-mail on …',
  confirmed: 'confirmed by e-mail from …',
  declined: 'declined by phone to …',
  withdrawn: 'withdrew by e-mail from …',
};
