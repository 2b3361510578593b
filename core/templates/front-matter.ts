import { templateMessages, type TemplateText } from './template-messages.ts';
import type { ProblemSink } from './template-problem.ts';

/**
 * A template file is a settings block between two lines of three dashes, then the body:
 *
 *   ---
 *   id: june-26
 *   ...
 *   ---
 *   # Headline
 *
 * The same shape as the front matter of Markdown sites, so editors highlight it.
 */
export type TemplateParts = {
  settings: string;
  /** Line number of the settings' first line (the one after the opening dashes). */
  settingsLine: number;
  body: string[];
  /** Line number of the body's first line. */
  bodyLine: number;
};

const DASHES = /^---[ \t]*$/;

export function splitTemplate(text: string, report: ProblemSink, m: TemplateText = templateMessages.en): TemplateParts | null {
  const lines = text.replace(/^\ufeff/, '').split(/\r\n|\r|\n/);
  if (!DASHES.test(lines[0] ?? '')) {
    report(1, 1, m.noOpeningDashes);
    return null;
  }
  const close = lines.findIndex((line, i) => i > 0 && (DASHES.test(line) || /^\.\.\.[ \t]*$/.test(line)));
  if (close < 0) {
    report(1, 1, m.unclosedSettings);
    return null;
  }
  return { settings: lines.slice(1, close).join('\n'), settingsLine: 2, body: lines.slice(close + 1), bodyLine: close + 2 };
}
