import { displayName } from '../cases/names.ts';
import { insertedCaseSchema } from '../cases/insert/inserted-case.ts';
import { safeExternalUrl } from '../links/external-url.ts';
import { countByStatus } from '../signatories/status-counts.ts';
import type { SerializedNode } from '../statement/editor-state.ts';
import type { Statement } from '../statement/schema.ts';
import { unfilledPlaceholderProblems } from '../templates/unfilled-placeholders.ts';
import { checkFootnotes } from './footnote-checks.ts';
import type { CheckProblem } from './problem.ts';

/** What the window knows about the inserted cases that the file alone cannot tell: the library's view. */
export type CaseStanding = 'stale' | 'missing';
export type PreflightContext = { caseStanding?: ReadonlyMap<string, CaseStanding> };

/**
 * Everything to look at before a statement leaves the organisation, in the order a writer
 * would fix it: the header, unfilled template variables, the text's links, inserted cases
 * (confidential, stale, gone from the library), the notes, the signatories. Errors block
 * export until the writer overrides them; warnings do not. Each finding says where it is
 * (`path` in the editor state, or `footnote`) so the window can take the writer there.
 */
export function preflight(statement: Statement, context: PreflightContext = {}): CheckProblem[] {
  const problems: CheckProblem[] = [];
  if (statement.meta.title.trim() === '') problems.push({ code: 'no-title', severity: 'error', message: 'The statement has no title.' });
  if (statement.meta.date === '') problems.push({ code: 'no-date', severity: 'error', message: 'The statement has no date.' });
  problems.push(...unfilledPlaceholderProblems(statement));
  problems.push(...textProblems(statement.editor.root, context));
  problems.push(...checkFootnotes(statement.editor, statement.meta.footnoteStyle));
  problems.push(...signatoryProblems(statement));
  return problems;
}

/** Links and inserted cases in the statement's own text (the notes have their own checks). */
function textProblems(root: SerializedNode, context: PreflightContext): CheckProblem[] {
  const problems: CheckProblem[] = [];
  const walk = (node: SerializedNode, path: string) => {
    if (node.type === 'footnote') return;
    if ((node.type === 'link' || node.type === 'autolink') && typeof node['url'] === 'string' && !safeExternalUrl(node['url'])) {
      problems.push({ code: 'unsafe-link', severity: 'error', path, message: `A link goes to “${node['url'].slice(0, 80)}”, which is not a web (http, https) or email address.` });
    }
    if (node.type === 'case-text') {
      const parsed = insertedCaseSchema.safeParse(node['inserted']);
      if (parsed.success) {
        const inserted = parsed.data;
        const name = displayName(inserted.snapshot);
        if (inserted.generatedText.confidential) {
          problems.push({ code: 'confidential-case', severity: 'error', path, message: `${name} is a confidential case: make sure it may be published.` });
        }
        const standing = context.caseStanding?.get(inserted.caseId);
        if (standing === 'stale') problems.push({ code: 'stale-case', severity: 'warning', path, message: `The library has newer facts about ${name}: refresh the text or keep it.` });
        if (standing === 'missing') problems.push({ code: 'missing-case', severity: 'warning', path, message: `${name} is no longer in the case library.` });
      }
    }
    node.children?.forEach((child, i) => walk(child, `${path}.children[${i}]`));
  };
  walk(root, 'root');
  return problems;
}

function signatoryProblems(statement: Statement): CheckProblem[] {
  const counts = countByStatus(statement.signatories);
  if (counts.total === 0) return [{ code: 'no-signatories', severity: 'warning', message: 'Nobody signs the statement yet.' }];
  const problems: CheckProblem[] = [];
  if (counts.confirmed === 0) problems.push({ code: 'no-confirmed-signatories', severity: 'error', message: 'No signatory has confirmed: the statement would go out unsigned.' });
  if (counts.invited > 0) {
    const who = counts.invited === 1 ? '1 invited signatory has' : `${counts.invited} invited signatories have`;
    problems.push({ code: 'unconfirmed-signatories', severity: 'warning', message: `${who} not confirmed and will not be printed.` });
  }
  return problems;
}
