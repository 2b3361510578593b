import type { UiLocale } from '../../i18n/ui-locale.ts';
import { csvMessages } from './csv-messages.ts';

/**
 * Which column of a sign-on file holds what. Guessed from the header in English or Russian
 * (as Google Forms, Action Network and hand-made spreadsheets name them), shown to the writer
 * and corrected by them before anything is read from the rows.
 */

export const IMPORT_FIELDS = ['name', 'givenName', 'familyName', 'organisation', 'abbreviation', 'role', 'country', 'email', 'signingAs', 'consent'] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** For each field, the index of its column, or null when the file has none. */
export type ColumnMapping = Record<ImportField, number | null>;

/** The fields' names in English (csv-messages.ts has them in both languages). */
export const IMPORT_FIELD_LABELS: Readonly<Record<ImportField, string>> = Object.fromEntries(IMPORT_FIELDS.map((field) => [field, csvMessages.en.fieldLabel(field)])) as Record<ImportField, string>;

/**
 * Header patterns, tried in this order for each column; the first field that matches takes it.
 * The order settles overlaps: "Are you signing as an organisation?" is signingAs, not
 * organisation; "Organisation name" is organisation, not name; "Organisation email" is email;
 * "Name and surname" is the whole name, not the family name.
 */
const PATTERNS: ReadonlyArray<[ImportField, RegExp]> = [
  ['consent', /consent|agree|permission|(can|may) we publish|publish (my|your|our|the)|согла[сш]|разреш|опубликовать ваш|можно ли опубликовать/],
  ['signingAs', /signing as|sign as|on behalf|capacity|individual or|or (as )?an? individual|signatory type|type of signat|подписыва|от имени|в каком качестве|тип подпис|частное лицо/],
  ['email', /e ?mail|почт|имейл|мейл/],
  ['abbreviation', /abbreviation|acronym|short name|аббревиатур|сокращ/],
  ['country', /country|страна|стран[еуы]|государств/],
  ['name', /full name|name and surname|first and last|given and family|your name|^name$|^names?\b(?!.*organi[sz])|фио|ф и о|имя и фамилия|фамилия и имя|фамилия имя|имя фамилия|полное имя|ваше имя$/],
  ['givenName', /first name|given name|forename|(^| )имя( |$)/],
  ['familyName', /last name|family name|surname|(^| )фамилия( |$)/],
  ['organisation', /organi[sz]ation|affiliation|institution|employer|организац|учреждени|место работы|объединени/],
  ['role', /role|title|position|job|occupation|function|profession|должност|позиция|роль|род занятий|професси|деятельност/],
];

/** Lower case, ё as е, punctuation as spaces: "E-mail Address:" → "e mail address". */
export function normaliseHeader(header: string): string {
  return header
    .toLocaleLowerCase('ru')
    .replace(/ё/g, 'е')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function emptyMapping(): ColumnMapping {
  return Object.fromEntries(IMPORT_FIELDS.map((field) => [field, null])) as ColumnMapping;
}

/** The field a header names, or null. */
export function fieldOfHeader(header: string): ImportField | null {
  const text = normaliseHeader(header);
  return PATTERNS.find(([, pattern]) => pattern.test(text))?.[0] ?? null;
}

/** The mapping the headers suggest; when two columns name one field, the first keeps it. */
export function guessMapping(header: readonly string[]): ColumnMapping {
  const mapping = emptyMapping();
  header.forEach((title, column) => {
    const field = fieldOfHeader(title);
    if (field !== null && mapping[field] === null) mapping[field] = column;
  });
  return mapping;
}

/** The writer's correction: `field` now reads `column` (or nothing); a column feeds one field at most. */
export function assignColumn(mapping: ColumnMapping, field: ImportField, column: number | null): ColumnMapping {
  const next = { ...mapping };
  if (column !== null) for (const other of IMPORT_FIELDS) if (next[other] === column) next[other] = null;
  next[field] = column;
  return next;
}

/** The field a column feeds, for a drop-down per column. */
export function fieldOfColumn(mapping: ColumnMapping, column: number): ImportField | null {
  return IMPORT_FIELDS.find((field) => mapping[field] === column) ?? null;
}

/** What keeps the mapping from being usable, in words; empty when rows can be read. */
export function mappingProblems(mapping: ColumnMapping, locale: UiLocale = 'en'): string[] {
  const hasName = mapping.name !== null || mapping.givenName !== null || mapping.familyName !== null || mapping.organisation !== null;
  return hasName ? [] : [csvMessages[locale].noNameColumn];
}
