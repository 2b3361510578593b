import type { UiLocale } from '../i18n/ui-locale.ts';
import { parseTemplate } from './parse-template.ts';
import { templateMessages } from './template-messages.ts';
import type { TemplateProblem } from './template-problem.ts';
import type { Template } from './template.ts';

export type TemplateFile = { name: string; text: string };
export type LoadedTemplates = { templates: Template[]; problems: TemplateProblem[] };

/**
 * Every template of a folder or library that reads, and the problems of those that do not:
 * a malformed file is reported and left out, never in the way of the others. Two files with
 * one id keep the first, so a statement's template id always means one template.
 */
export function loadTemplates(files: ReadonlyArray<TemplateFile>, locale: UiLocale = 'en'): LoadedTemplates {
  const m = templateMessages[locale];
  const templates: Template[] = [];
  const problems: TemplateProblem[] = [];
  const byId = new Map<string, string>();
  for (const file of files) {
    let parsed: ReturnType<typeof parseTemplate>;
    try {
      parsed = parseTemplate(file.text, file.name, locale);
    } catch (error) {
      // A parser bug must cost one template, not the list.
      problems.push({ file: file.name, line: 1, column: 1, message: m.unreadable((error as Error).message) });
      continue;
    }
    if (!parsed.ok) {
      problems.push(...parsed.problems);
      continue;
    }
    const first = byId.get(parsed.template.id);
    if (first !== undefined) {
      const line = file.text.split(/\r\n|\r|\n/).findIndex((l) => /^id\s*:/.test(l)) + 1;
      problems.push({ file: file.name, line: Math.max(line, 1), column: 1, message: m.idTaken(parsed.template.id, first) });
      continue;
    }
    byId.set(parsed.template.id, file.name);
    templates.push(parsed.template);
  }
  return { templates, problems };
}
