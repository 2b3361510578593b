import { parseDocument } from 'yaml';
import type { UiLocale } from '../i18n/ui-locale.ts';
import { readDeclarations } from './declarations.ts';
import { formulaVariables } from './formula.ts';
import { splitTemplate } from './front-matter.ts';
import { parseInline } from './inline-markup.ts';
import { parseBody } from './template-body.ts';
import { templateMessages } from './template-messages.ts';
import { problemCollector, type TemplateProblem } from './template-problem.ts';
import { readSettings } from './template-settings.ts';
import type { Template, TemplateInline } from './template.ts';
import { YamlReader, type Place } from './yaml-fields.ts';

export type TemplateParse = { ok: true; template: Template } | { ok: false; problems: TemplateProblem[] };

/** No real template comes near this; a larger file is not read. */
export const MAX_TEMPLATE_CHARS = 1_000_000;

function variablesIn(inlines: readonly TemplateInline[]): string[] {
  return inlines.flatMap((inline) => (inline.kind === 'variable' ? [inline.name] : inline.kind === 'link' ? variablesIn(inline.children) : []));
}

/**
 * Reads a template file's text. Every problem found is reported with the file's name, its
 * line and column: bad syntax, an unknown variable type, a {{placeholder}} without a
 * declaration, a declaration never used, a footnote without its text. Pure: the caller reads
 * the file (electron/services/templates). The problems are worded in `locale`, the interface
 * language (English by default); the file's own syntax (settings, types, formulas) is quoted.
 */
export function parseTemplate(text: string, fileName: string, locale: UiLocale = 'en'): TemplateParse {
  const m = templateMessages[locale];
  const { problems, report } = problemCollector(fileName);
  if (text.length > MAX_TEMPLATE_CHARS) {
    report(1, 1, m.tooLarge(MAX_TEMPLATE_CHARS));
    return { ok: false, problems };
  }
  const parts = splitTemplate(text, report, m);
  if (parts === null) return { ok: false, problems };
  const reader = new YamlReader(parts.settings, parts.settingsLine, report, m);
  const doc = parseDocument(parts.settings, { uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      const { line, column } = reader.placeOfOffset(error.pos[0]);
      // What a writer most often did, for the YAML parser's terse messages.
      report(line, column, m.notYaml(error.message.split('\n')[0]!, m.yamlHint(error.code)));
    }
    return { ok: false, problems };
  }
  const settings = readSettings(reader, doc);
  const { variables, declared } = readDeclarations(reader, settings.variables);

  const uses: Array<{ name: string; place: Place }> = [];
  const references: Array<{ id: string; place: Place }> = [];
  const problem = (place: Place, message: string) => report(place.line, place.column, message);
  const onVariable = (name: string, place: Place) => uses.push({ name, place });
  const body = parseBody(parts.body, parts.bodyLine, { problem, m, onVariable, onFootnote: (id, place) => references.push({ id, place }) });
  const places = settings.places.map(({ text: placeText, place }) =>
    parseInline({ text: placeText, placeAt: (offset) => ({ line: place.line, column: place.column + offset }) }, { problem, m, onVariable, onFootnote: () => undefined, footnotes: false, links: false }),
  );
  if (body.title === null) report(parts.bodyLine, 1, m.noHeadline);

  // Declared, used, and of a type that fits where it is used.
  const used = new Set(uses.map((u) => u.name));
  for (const v of variables) if (v.formula) for (const name of formulaVariables(v.formula)) used.add(name);
  const byName = new Map(variables.map((v) => [v.name, v]));
  if (settings.dateVariable) {
    const { name, place } = settings.dateVariable;
    used.add(name);
    if (!declared.has(name)) problem(place, m.dateNotDeclared(name));
    else if (byName.has(name) && byName.get(name)!.type !== 'date') problem(place, m.dateNotADate(name, byName.get(name)!.type));
  }
  for (const use of uses) if (!declared.has(use.name)) problem(use.place, m.undeclared(use.name));
  for (const name of [...variablesIn(body.title ?? []), ...places.flatMap(variablesIn)]) {
    if (byName.get(name)?.type === 'case list') report(parts.bodyLine, 1, m.caseListMisplaced(name));
  }
  for (const [name, place] of declared) if (!used.has(name)) problem(place, m.unused(name));

  for (const reference of references) if (!body.notes[reference.id]) problem(reference.place, m.noteMissing(reference.id));
  const referenced = new Set(references.map((r) => r.id));
  for (const [id, note] of Object.entries(body.notes)) if (!referenced.has(id)) problem(note.place, m.noteUnreferenced(id));

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
