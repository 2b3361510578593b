import { expect } from 'vitest';
import { parseTemplate } from '../../../core/templates/parse-template.ts';
import type { TemplateProblem } from '../../../core/templates/template-problem.ts';
import type { Template } from '../../../core/templates/template.ts';

/** A template file: the settings (YAML lines) between dashes, then the body. */
export function templateText(settings: string, body: string): string {
  return `---\n${settings.trim()}\n---\n${body}`;
}

/** Settings with the required fields and the given variables block (already indented by two spaces). */
export function settings(variables: string, extra = ''): string {
  return `id: test\nname: Test\nlanguage: en\n${extra}${variables === '' ? '' : `variables:\n${variables}`}`;
}

export function parsed(text: string, file = 'test.template.md'): Template {
  const result = parseTemplate(text, file);
  if (!result.ok) throw new Error(`expected the template to read, got:\n${result.problems.map((p) => `${p.line}:${p.column} ${p.message}`).join('\n')}`);
  return result.template;
}

export function problemsOf(text: string, file = 'test.template.md'): TemplateProblem[] {
  const result = parseTemplate(text, file);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.problems;
}

/** Problems as "line:column message" lines, for whole comparisons. */
export function where(problems: readonly TemplateProblem[]): string[] {
  return problems.map((p) => `${p.line}:${p.column} ${p.message}`);
}
