import { z } from 'zod';

/**
 * How a statement lists its signers: the order, the printed style and whether family
 * names are in capitals. Chosen per statement and stored in its meta (meta.signatorySettings).
 */

export const SIGNATORY_ORDERS = ['manual', 'organisation-alphabetical', 'family-name', 'lead-first', 'organisations-first', 'by-country'] as const;
export type SignatoryOrder = (typeof SIGNATORY_ORDERS)[number];

export const SIGNATORY_STYLES = ['one-line-per-signer', 'organisations-only', 'individuals-with-affiliation-note'] as const;
export type SignatoryStyle = (typeof SIGNATORY_STYLES)[number];

export const signatorySettingsSchema = z.object({
  order: z.enum(SIGNATORY_ORDERS),
  style: z.enum(SIGNATORY_STYLES),
  /** "Reyimberdy KURBANOV", as the genre writes family names, or "Reyimberdy Kurbanov". */
  familyNameCapitals: z.boolean(),
});
export type SignatorySettings = z.infer<typeof signatorySettingsSchema>;

export const DEFAULT_SIGNATORY_SETTINGS: Readonly<SignatorySettings> = {
  order: 'manual',
  style: 'one-line-per-signer',
  familyNameCapitals: true,
};

/**
 * The settings of a statement, with the defaults for files that have none. The field is
 * optional in the file so that statements saved before signatories existed still open
 * unchanged, and so that a new statement needs no entry until the writer picks a setting.
 */
export function signatorySettingsOf(meta: { signatorySettings?: SignatorySettings | undefined }): SignatorySettings {
  return meta.signatorySettings ?? { ...DEFAULT_SIGNATORY_SETTINGS };
}
