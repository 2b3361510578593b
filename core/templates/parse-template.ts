import { parseDocument } from 'yaml';
import { readDeclarations } from './declarations.ts';
import { formulaVariables } from './formula.ts';
import { splitTemplate } from './front-matter.ts';
import { parseInline } from './inline-markup.ts';
import { parseBody } from './template-body.ts';
import { problemCollector, type TemplateProblem } from './template-problem.ts';
import { readSettings } from './template-settings.ts';
import type { Template, TemplateInline } from './template.ts';
import { YamlReader, type Place } from './yaml-fields.ts';

export type TemplateParse = { ok: true; template: Template } | { ok: false; problems: TemplateProblem[] };

/** What a writer most often did, for the parser's terse messages. */
const YAML_HINTS: Partial<Record<string, string>> = {
  BLOCK_AS_IMPLICIT_KEY: 'a value that holds a colon and a space, like "Urgent: a return", must be put in quotes',
  TAB_AS_INDENT: 'indent with spaces, not tabs',
  BAD_INDENT: 'the lines of one variable must be indented alike, by spaces',
};

/** No real template comes near this; a larger file is not read. */
export const MAX_TEMPLATE_CHARS = 1_000_000;

function variablesIn(inlines: readonly TemplateInline[]): string[] {
  return inlines.flatMap((inline) => (inline.kind === 'variable' ? [inline.name] : inline.kind === 'link' ? variablesIn(inline.children) : []));
}

/**
 * Reads a template file's text. Every problem found is reported with the file's name, its
 * line and column: bad syntax, an unknown variable type, a {{placeholder}} without a
 * declaration, a declaration never used, a footnote without its text. Pure: the caller reads
 * the file (electron/services/templates).
 */
export function parseTemplate(text: string, fileName: string): TemplateParse {
  const { problems, report } = problemCollector(fileName);
  if (text.length > MAX_TEMPLATE_CHARS) {
    report(1, 1, `the file is larger than ${MAX_TEMPLATE_CHARS} characters; no template is that long`);
    return { ok: false, problems };
  }
  const parts = splitTemplate(text, report);
  if (parts === null) return { ok: false, problems };
  const reader = new YamlReader(parts.settings, parts.settingsLine, report);
  const doc = parseDocument(parts.settings, { uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      const { line, column } = reader.placeOfOffset(error.pos[0]);
      const hint = YAML_HINTS[error.code];
      report(line, column, `the settings are not valid YAML: ${error.message.split('\n')[0]}${hint === undefined ? '' : ` (${hint})`}`);
    }
    return { ok: false, problems };
  }
  const settings = readSettings(reader, doc);
  const { variables, declared } = readDeclarations(reader, settings.variables);

  const uses: Array<{ name: string; place: Place }> = [];
  const references: Array<{ id: string; place: Place }> = [];
  const problem = (place: Place, message: string) => report(place.line, place.column, message);
  const onVariable = (name: string, place: Place) => uses.push({ name, place });
  const body = parseBody(parts.body, parts.bodyLine, { problem, onVariable, onFootnote: (id, place) => references.push({ id, place }) });
  const places = settings.places.map(({ text: placeText, place }) =>
    parseInline({ text: placeText, placeAt: (offset) => ({ line: place.line, column: place.column + offset }) }, { problem, onVariable, onFootnote: () => undefined, footnotes: false, links: false }),
  );
  if (body.title === null) report(parts.bodyLine, 1, 'the body must begin with the headline: a line starting with "# "');

  // Declared, used, and of a type that fits where it is used.
  const used = new Set(uses.map((u) => u.name));
  for (const v of variables) if (v.formula) for (const name of formulaVariables(v.formula)) used.add(name);
  const byName = new Map(variables.map((v) => [v.name, v]));
  if (settings.dateVariable) {
    const { name, place } = settings.dateVariable;
    used.add(name);
    if (!declared.has(name)) problem(place, `the setting "date" names "${name}", which is not declared under "variables:"`);
    else if (byName.has(name) && byName.get(name)!.type !== 'date') problem(place, `the setting "date" must name a date variable, and "${name}" is a ${byName.get(name)!.type}`);
  }
  for (const use of uses) if (!declared.has(use.name)) problem(use.place, `{{${use.name}}} has no declaration under "variables:"`);
  for (const name of [...variablesIn(body.title ?? []), ...places.flatMap(variablesIn)]) {
    if (byName.get(name)?.type === 'case list') report(parts.bodyLine, 1, `{{${name}}} is a case list, which can stand only in the text, not in the headline or the places`);
  }
  for (const [name, place] of declared) if (!used.has(name)) problem(place, `the variable "${name}" is declared but never used`);

  for (const reference of references) if (!body.notes[reference.id]) problem(reference.place, `the footnote [^${reference.id}] has no text: add a line "[^${reference.id}]: …"`);
  const referenced = new Set(references.map((r) => r.id));
  for (const [id, note] of Object.entries(body.notes)) if (!referenced.has(id)) problem(note.place, `the footnote [^${id}] is never referred to in the text`);

  if (problems.length > 0) return { ok: false, problems: problems.sort((a, b) => a.line - b.line || a.column - b.column) };
  return {
    ok: true,
    template: {
      id: settings.id,
      name: settings.name,
      description: settings.description,
      language: settings.language,
      dateStyle: settings.dateStyle,
      footnoteStyle: settings.footnoteStyle,
      dateVariable: settings.dateVariable?.name ?? null,
      title: body.title ?? [],
      places,
      variables,
      body: body.blocks,
      notes: Object.fromEntries(Object.entries(body.notes).map(([id, note]) => [id, note.blocks])),
      fileName,
    },
  };
}
