import type { DateStyle } from '../cases/insert/insert-request.ts';
import type { FootnoteStyle } from '../footnotes/numbering.ts';
import type { StatementLanguage } from '../statement/language.ts';
import type { Formula } from './formula.ts';
import type { VariableType } from './variable-types.ts';

/**
 * A parsed template: what its front matter declares and its body as a small block model
 * (not Lexical nodes yet: the same template becomes a statement in any year and with any
 * values, see template-to-statement.ts).
 */

/** Text marks as Lexical's text format bitmask: bold 1, italic 2. */
export const BOLD = 1;
export const ITALIC = 2;

export type TemplateInline =
  | { kind: 'text'; text: string; format: number }
  | { kind: 'break' }
  | { kind: 'link'; url: string; children: TemplateInline[] }
  /** A reference to the footnote defined as `[^id]: ...`. */
  | { kind: 'footnote'; id: string }
  /** `{{name}}`: filled with the variable's value, or left as a placeholder. */
  | { kind: 'variable'; name: string; format: number };

export type TemplateBlock =
  | { kind: 'paragraph'; inlines: TemplateInline[] }
  | { kind: 'heading'; level: 1 | 2 | 3; inlines: TemplateInline[] }
  | { kind: 'quote'; paragraphs: TemplateInline[][] }
  | TemplateList;

/** A list; `nested[i]` is the list indented under item i (Lexical keeps it in an item of its own after it). */
export type TemplateList = { kind: 'list'; ordered: boolean; start: number; items: TemplateInline[][]; nested?: Array<TemplateList | null> };

/** Where a computed variable's value comes from: a formula (see formula.ts). */
export type VariableDeclaration = {
  name: string;
  label: string;
  type: VariableType;
  help: string;
  /** As written in the file ("today", "26 June", 2024, "Uzbekistan"); resolved against today's date. */
  default: string | number | null;
  /** The values a "choice" offers, in the file's order. */
  choices: string[];
  /** The formula's text, for a computed variable; the form does not ask for it. */
  compute: string | null;
  formula: Formula | null;
  /** Moves forward a year in a new edition (the statement's own dates, not the dates of events). */
  annual: boolean;
  /** Line of the declaration in the file, for messages about it. */
  line: number;
};

export type Template = {
  id: string;
  /** What the writer picks it by in "New from template". */
  name: string;
  description: string;
  language: StatementLanguage;
  /** English only: "26 June 2024" or "June 26, 2024"; Russian has one style. */
  dateStyle: DateStyle;
  footnoteStyle: FootnoteStyle;
  /** The date variable that is the statement's date (meta.date), if the template has one. */
  dateVariable: string | null;
  /** The headline: the body's opening "# " heading, which becomes the statement's title. */
  title: TemplateInline[];
  /** Cities of the dateline; each may hold placeholders, a filled one may name several ("Bishkek, Vienna"). */
  places: TemplateInline[][];
  variables: VariableDeclaration[];
  body: TemplateBlock[];
  /** Footnote texts by the id their references use. */
  notes: Record<string, TemplateBlock[]>;
  fileName: string;
};

export function declarationOf(template: Pick<Template, 'variables'>, name: string): VariableDeclaration | undefined {
  return template.variables.find((v) => v.name === name);
}
