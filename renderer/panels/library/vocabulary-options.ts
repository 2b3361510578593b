import { EVENT_TYPES, RELIABILITY_VALUES, ROLES, STATUSES } from '../../../core/cases/vocabulary.ts';
import type { SelectOption } from './SelectField.tsx';

/** The closed lists of vocabulary.ts as select options, labelled in English. */
const optionsOf = (table: Record<string, { en: string }>): SelectOption[] => Object.entries(table).map(([value, labels]) => ({ value, label: labels.en }));

export const STATUS_OPTIONS = optionsOf(STATUSES);
export const ROLE_OPTIONS = optionsOf(ROLES);
export const EVENT_TYPE_OPTIONS = optionsOf(EVENT_TYPES);
export const RELIABILITY_OPTIONS: SelectOption[] = RELIABILITY_VALUES.map((value) => ({ value, label: value }));
export const ALIAS_KIND_OPTIONS: SelectOption[] = [
  { value: 'transliteration', label: 'transliteration' },
  { value: 'alias', label: 'also known as' },
  { value: 'former-name', label: 'former name' },
];
/** Languages offered for names and notes; any other BCP 47 tag can be typed where the field is text. */
export const LANGUAGE_OPTIONS: SelectOption[] = [
  { value: 'en', label: 'English' },
  { value: 'ru', label: 'Russian' },
];

/** Shown to the writer for an error getter: the message for a path, if it should be shown now. */
export type ErrorFor = (path: string) => string | undefined;
