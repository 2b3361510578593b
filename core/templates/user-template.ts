import { stringify } from 'yaml';
import { z } from 'zod';
import { MAX_TEMPLATE_CHARS, parseTemplate } from './parse-template.ts';
import type { TemplateProblem } from './template-problem.ts';

/**
 * A template the writer saved (Save as Template, or an imported file), kept in the library:
 * the template file's text as written, under the id its settings give, so that it is
 * listed, exported and checked exactly as a built-in file is. Saving one with an id that is
 * there replaces it.
 */
export type UserTemplate = { id: string; name: string; text: string; updatedAt: string };

/** What came of importing a template file: saved, refused with its problems, or waiting for "replace or keep both". */
export type TemplateImport =
  | { status: 'imported'; name: string; template: UserTemplate }
  | { status: 'problems'; name: string; problems: TemplateProblem[] }
  | { status: 'exists'; name: string; importId: string; id: string; existingName: string };

export const templateTextSchema = z.string().min(1).max(MAX_TEMPLATE_CHARS);
export const templateIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/, 'expected a template id');

/** The file name a user template is shown and exported under. */
export function userTemplateFileName(id: string): string {
  return `${id}.template.md`;
}

/**
 * The text with another id (for "keep both" when an imported template's id is taken): the
 * settings' id line rewritten, nothing else touched.
 */
export function withTemplateId(text: string, id: string): string {
  return text.replace(/^(---[ \t]*\r?\n(?:[^\n]*\n)*?)id:[^\n]*/, `$1id: ${id}`);
}

/** An id not among `taken`: "name-2", "name-3"… */
export function freeTemplateId(id: string, taken: ReadonlySet<string>): string {
  const stem = id.replace(/-\d+$/, '').slice(0, 70);
  for (let n = 2; ; n++) if (!taken.has(`${stem}-${n}`)) return `${stem}-${n}`;
}

/**
 * The text kept beside a template of the same id ("keep both"): under a free id, and, when
 * its name is taken too, named "Name (2)", so that My templates tells the two apart. Only
 * the settings' id and name lines change; a name the rewrite cannot reach (a multi-line
 * one) is left as it is.
 */
export function keptCopyText(text: string, copied: { id: string; name: string }, taken: { ids: ReadonlySet<string>; names: ReadonlySet<string> }): string {
  const id = freeTemplateId(copied.id, taken.ids);
  const withId = withTemplateId(text, id);
  if (!taken.names.has(copied.name)) return withId;
  const name = `${copied.name} (${id.slice(id.lastIndexOf('-') + 1)})`;
  const renamed = withId.replace(/^(---[ \t]*\r?\n(?:[^\n]*\n)*?)name:[^\n]*/, (_, head: string) => `${head}${stringify({ name }, { lineWidth: 0 }).trimEnd()}`);
  const check = parseTemplate(renamed, userTemplateFileName(id));
  return check.ok && check.template.name === name ? renamed : withId;
}
