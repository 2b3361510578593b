import type { InlineRun } from './model.ts';

/** The text of a line of runs, for language detection, previews and tests; references print nothing. */
export function runsText(runs: readonly InlineRun[]): string {
  let text = '';
  for (const run of runs) {
    if (run.kind === 'text') text += run.text;
    else if (run.kind === 'break') text += '\n';
    else if (run.kind === 'link') text += runsText(run.runs);
  }
  return text;
}
