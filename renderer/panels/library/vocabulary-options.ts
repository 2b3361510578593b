import type { UiLocale } from '../../../core/i18n/ui-locale.ts';
import { EVENT_TYPES, RELIABILITY_VALUES, ROLES, STATUSES } from '../../../core/cases/vocabulary.ts';
import { caseMessages } from './case-messages.ts';
import { libraryMessages } from './messages.ts';
import type { SelectOption } from './SelectField.tsx';

/** The closed lists of vocabulary.ts as select options, labelled in each interface language. */
type Labelled = Record<string, { en: string; ru: string }>;
const optionsOf = (table: Labelled, locale: UiLocale): SelectOption[] => Object.entries(table).map(([value, labels]) => ({ value, label: labels[locale] }));
const inBothLanguages = (make: (locale: UiLocale) => SelectOption[]): Readonly<Record<UiLocale, SelectOption[]>> => ({ en: make('en'), ru: make('ru') });

export const STATUS_OPTIONS = inBothLanguages((locale) => optionsOf(STATUSES, locale));
export const ROLE_OPTIONS = inBothLanguages((locale) => optionsOf(ROLES, locale));
export const EVENT_TYPE_OPTIONS = inBothLanguages((locale) => optionsOf(EVENT_TYPES, locale));

const RELIABILITY_KEYS = { confirmed: 'reliabilityConfirmed', credible: 'reliabilityCredible', unverified: 'reliabilityUnverified' } as const;
export const RELIABILITY_OPTIONS = inBothLanguages((locale) => RELIABILITY_VALUES.map((value) => ({ value, label: caseMessages[locale][RELIABILITY_KEYS[value]] })));

export const ALIAS_KIND_OPTIONS_BY_LOCALE = inBothLanguages((locale) => {
  const m = caseMessages[locale];
  return [
    { value: 'transliteration', label: m.aliasTransliteration },
    { value: 'alias', label: m.aliasAlias },
    { value: 'former-name', label: m.aliasFormerName },
  ];
});

/** Languages offered for names and notes; any other BCP 47 tag can be typed where the field is text. */
export const LANGUAGE_OPTIONS = inBothLanguages((locale) => [
  { value: 'en', label: libraryMessages[locale].english },
  { value: 'ru', label: libraryMessages[locale].russian },
]);

/** A reliability value in the interface language ("credible", «заслуживает доверия»). */
export const reliabilityLabel = (value: (typeof RELIABILITY_VALUES)[number], locale: UiLocale) => caseMessages[locale][RELIABILITY_KEYS[value]];

/** Shown to the writer for an error getter: the message for a path, if it should be shown now. */
export type ErrorFor = (path: string) => string | undefined;
