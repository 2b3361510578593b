import type { Document, Node } from 'yaml';
import { DATE_STYLES, type DateStyle } from '../cases/insert/insert-request.ts';
import type { FootnoteStyle } from '../footnotes/numbering.ts';
import { STATEMENT_LANGUAGES } from '../statement/language.ts';
import type { Template } from './template.ts';
import { normaliseName } from './variable-name.ts';
import type { Place, YamlReader } from './yaml-fields.ts';

/**
 * The settings at the top of a template file:
 *
 *   id: june-26-en                    a stable id: lowercase letters, figures and hyphens
 *   name: 26 June joint statement     what the writer picks the template by
 *   description: ...                  one or two sentences for the list of templates
 *   language: en                      en or ru
 *   date style: day month year        English only: "26 June 2024"; or month day year: "June 26, 2024"
 *   footnote style: decimal           or roman (i, ii, iii)
 *   date: date                        the date variable that is the statement's date
 *   places: ["{{city}}", Vienna]      cities of the dateline
 *   variables: ...                    see declarations.ts
 */

const KEYS = ['id', 'name', 'description', 'language', 'date style', 'footnote style', 'date', 'places', 'variables'] as const;
const ID = /^[a-z0-9][a-z0-9-]{0,79}$/;

export type TemplateSettings = Pick<Template, 'id' | 'name' | 'description' | 'language' | 'dateStyle' | 'footnoteStyle'> & {
  dateVariable: { name: string; place: Place } | null;
  places: Array<{ text: string; place: Place }>;
  variables: Node | null;
};

function dateStyleOf(text: string): DateStyle | null {
  const key = text.toLowerCase().replace(/[\s_]+/g, '-');
  return (DATE_STYLES as readonly string[]).includes(key) ? (key as DateStyle) : null;
}

/** The settings, with stand-ins where one is missing or wrong (reported), so the rest of the file is still checked. */
export function readSettings(reader: YamlReader, doc: Document.Parsed): TemplateSettings {
  const contents = doc.contents as Node | null;
  const found = new Map<string, { node: Node | null; place: Place }>();
  for (const { key, pair } of reader.entries(contents, reader.m.settings)) {
    const place = reader.placeOf(pair.key as Node);
    const name = key.toLowerCase();
    if (!(KEYS as readonly string[]).includes(name)) {
      reader.report(place.line, place.column, reader.m.unknownSetting(key, KEYS.join(', ')));
      continue;
    }
    found.set(name, { node: pair.value as Node | null, place });
  }
  const top = reader.placeOf(contents);
  const text = (key: string, required: boolean): string | null => {
    const field = found.get(key);
    if (!field) {
      if (required) reader.report(top.line, 1, reader.m.missingSetting(key));
      return null;
    }
    return reader.text(field.node, reader.m.setting(key), field.place);
  };
  const id = text('id', true);
  if (id !== null && !ID.test(id)) reader.problem(found.get('id')!.node, reader.m.badId(id));
  const name = text('name', true);
  const languageText = text('language', true);
  const language = STATEMENT_LANGUAGES.find((l) => l === languageText?.toLowerCase()) ?? null;
  if (languageText !== null && language === null) reader.problem(found.get('language')!.node, reader.m.badLanguage(STATEMENT_LANGUAGES.join(', '), languageText));
  const styleText = text('date style', false);
  const dateStyle = styleText === null ? 'day-month-year' : dateStyleOf(styleText);
  if (dateStyle === null) reader.problem(found.get('date style')!.node, reader.m.badDateStyle);
  const footnoteText = text('footnote style', false)?.toLowerCase() ?? 'decimal';
  const footnoteStyle: FootnoteStyle | null = footnoteText === 'decimal' ? 'decimal' : footnoteText === 'roman' || footnoteText === 'lower-roman' ? 'lower-roman' : null;
  if (footnoteStyle === null) reader.problem(found.get('footnote style')!.node, reader.m.badFootnoteStyle);
  const dateText = text('date', false);
  const dateVariable = dateText === null ? null : { name: normaliseName(dateText.replace(/^\{\{(.*)\}\}$/, '$1')), place: reader.placeOf(found.get('date')!.node) };
  const placesField = found.get('places');
  const places = placesField ? reader.textList(placesField.node, reader.m.placeOfDateline, placesField.place) : [];
  const variablesField = found.get('variables');
  return {
    id: id ?? '',
    name: name ?? '',
    description: text('description', false) ?? '',
    language: language ?? 'en',
    dateStyle: dateStyle ?? 'day-month-year',
    footnoteStyle: footnoteStyle ?? 'decimal',
    dateVariable,
    places,
    variables: variablesField?.node ?? null,
  };
}
