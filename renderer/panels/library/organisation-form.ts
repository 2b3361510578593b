import { organisationDraftSchema, type OrganisationRecord } from '../../../core/cases/organisation.ts';
import { newRowId, orNull, parseTags, validateDraft } from './form-helpers.ts';

/** The organisation editor's form, as typed; see case-form.ts. */
export type OrganisationNameRow = { key: string; language: string; nominative: string; genitive: string; abbreviation: string };
export type OrganisationForm = {
  fullName: string;
  abbreviation: string;
  country: string;
  exileCountry: string;
  website: string;
  names: OrganisationNameRow[];
  tags: string;
};

export const newNameRow = (language = 'ru'): OrganisationNameRow => ({ key: newRowId('n'), language, nominative: '', genitive: '', abbreviation: '' });

export function organisationForm(record: OrganisationRecord | null): OrganisationForm {
  return {
    fullName: record?.fullName ?? '',
    abbreviation: record?.abbreviation ?? '',
    country: record?.country ?? '',
    exileCountry: record?.exileCountry ?? '',
    website: record?.website ?? '',
    names: record?.names.map((name) => ({ key: newRowId('n'), ...name })) ?? [],
    tags: record?.tags.join(', ') ?? '',
  };
}


export function organisationDraftOf(form: OrganisationForm): unknown {
  return {
    fullName: form.fullName,
    abbreviation: form.abbreviation,
    country: orNull(form.country),
    exileCountry: orNull(form.exileCountry),
    website: orNull(form.website),
    names: form.names.map(({ language, nominative, genitive, abbreviation }) => ({ language: language.trim(), nominative, genitive, abbreviation })),
    tags: parseTags(form.tags),
  };
}

export const checkOrganisationForm = (form: OrganisationForm) => validateDraft(organisationDraftSchema, organisationDraftOf(form));
