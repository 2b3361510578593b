import { displayName } from '../cases/names.ts';
import { insertedCaseSchema } from '../cases/insert/inserted-case.ts';
import type { UiLocale } from '../i18n/ui-locale.ts';
import { safeExternalUrl } from '../links/external-url.ts';
import { countByStatus } from '../signatories/status-counts.ts';
import type { SerializedNode } from '../statement/editor-state.ts';
import type { Statement } from '../statement/schema.ts';
import { unfilledPlaceholderProblems } from '../templates/unfilled-placeholders.ts';
import { checkFootnotes } from './footnote-checks.ts';
import { checkMessages } from './messages.ts';
import type { CheckProblem } from './problem.ts';

/** What the window knows about the inserted cases that the file alone cannot tell: the library's view. */
export type CaseStanding = 'stale' | 'missing';
/** locale: the interface language the findings are written in (English unless said). */
export type PreflightContext = { caseStanding?: ReadonlyMap<string, CaseStanding>; locale?: UiLocale };

/**
 * Everything to look at before a statement leaves the organisation, in the order a writer
 * would fix it: the header, unfilled template variables, the text's links, inserted cases
 * (confidential, stale, gone from the library), the notes, the signatories. Errors block
 * export until the writer overrides them; warnings do not. Each finding says where it is
 * (`path` in the editor state, or `footnote`) so the window can take the writer there.
 */
export function preflight(statement: Statement, context: PreflightContext = {}): CheckProblem[] {
  const locale = context.locale ?? 'en';
  const m = checkMessages[locale];
  const problems: CheckProblem[] = [];
  if (statement.meta.title.trim() === '') problems.push({ code: 'no-title', severity: 'error', message: m.noTitle });
  if (statement.meta.date === '') problems.push({ code: 'no-date', severity: 'error', message: m.noDate });
  problems.push(...unfilledPlaceholderProblems(statement, locale));
  problems.push(...textProblems(statement.editor.root, context, locale));
  problems.push(...checkFootnotes(statement.editor, statement.meta.footnoteStyle, locale));
  problems.push(...signatoryProblems(statement, locale));
  return problems;
}

/** Links and inserted cases in the statement's own text (the notes have their own checks). */
function textProblems(root: SerializedNode, context: PreflightContext, locale: UiLocale): CheckProblem[] {
  const m = checkMessages[locale];
  const problems: CheckProblem[] = [];
  const walk = (node: SerializedNode, path: string) => {
    if (node.type === 'footnote') return;
    if ((node.type === 'link' || node.type === 'autolink') && typeof node['url'] === 'string' && !safeExternalUrl(node['url'])) {
      problems.push({ code: 'unsafe-link', severity: 'error', path, message: m.unsafeLink(node['url'].slice(0, 80)) });
    }
    if (node.type === 'case-text') {
      const parsed = insertedCaseSchema.safeParse(node['inserted']);
      if (parsed.success) {
        const inserted = parsed.data;
        const name = displayName(inserted.snapshot);
        if (inserted.generatedText.confidential) {
          problems.push({ code: 'confidential-case', severity: 'error', path, message: m.confidentialCase(name) });
        }
        const standing = context.caseStanding?.get(inserted.caseId);
        if (standing === 'stale') problems.push({ code: 'stale-case', severity: 'warning', path, message: m.staleCase(name) });
        if (standing === 'missing') problems.push({ code: 'missing-case', severity: 'warning', path, message: m.missingCase(name) });
      }
    }
    node.children?.forEach((child, i) => walk(child, `${path}.children[${i}]`));
  };
  walk(root, 'root');
  return problems;
}

function signatoryProblems(statement: Statement, locale: UiLocale): CheckProblem[] {
  const m = checkMessages[locale];
  const counts = countByStatus(statement.signatories);
  if (counts.total === 0) return [{ code: 'no-signatories', severity: 'warning', message: m.noSignatories }];
  const problems: CheckProblem[] = [];
  if (counts.confirmed === 0) problems.push({ code: 'no-confirmed-signatories', severity: 'error', message: m.noneConfirmed });
  if (counts.invited > 0) problems.push({ code: 'unconfirmed-signatories', severity: 'warning', message: m.unconfirmed(counts.invited) });
  return problems;
}
