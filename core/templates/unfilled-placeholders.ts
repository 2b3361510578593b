import { checkMessages } from '../checks/messages.ts';
import type { CheckProblem } from '../checks/problem.ts';
import type { UiLocale } from '../i18n/ui-locale.ts';
import { walkEditorNodes } from './editor-walk.ts';
import { isPlaceholderNode } from './placeholder-node.ts';
import type { StatementWithTemplate } from './template-record.ts';
import { placeholdersIn } from './variable-name.ts';

/**
 * Variables a statement still waits for: placeholder nodes in its text and notes, and
 * "{{name}}" left in its title or dateline places (plain strings, where no node can stand).
 */
export type UnfilledPlaceholder = {
  name: string;
  label: string;
  where: 'text' | 'note' | 'title' | 'places';
  /** The node in the editor state, for a jump to it; none in the title or the places. */
  path?: string;
};

export function unfilledPlaceholders(statement: Pick<StatementWithTemplate, 'meta' | 'editor'>): UnfilledPlaceholder[] {
  const labels = new Map((statement.meta.template?.variables ?? []).map((v) => [v.name, v.label]));
  const found: UnfilledPlaceholder[] = [];
  const fromText = (text: string, where: 'title' | 'places') => {
    for (const { name } of placeholdersIn(text)) found.push({ name, label: labels.get(name) ?? name, where });
  };
  fromText(statement.meta.title, 'title');
  for (const place of statement.meta.places) fromText(place, 'places');
  walkEditorNodes(statement.editor.root, (node, inNote, path) => {
    if (!isPlaceholderNode(node)) return;
    const label = typeof node.label === 'string' && node.label !== '' ? node.label : (labels.get(node.name) ?? node.name);
    found.push({ name: node.name, label, where: inNote ? 'note' : 'text', path });
  });
  return found;
}

/** One preflight finding per unfilled variable: an error, since a statement must not go out with "[Country]" in it. */
export function unfilledPlaceholderProblems(statement: Pick<StatementWithTemplate, 'meta' | 'editor'>, locale: UiLocale = 'en'): Array<CheckProblem & { path?: string }> {
  const byName = new Map<string, { label: string; count: number; path: string | undefined }>();
  for (const p of unfilledPlaceholders(statement)) {
    const entry = byName.get(p.name) ?? { label: p.label, count: 0, path: undefined };
    entry.count++;
    entry.path ??= p.path;
    byName.set(p.name, entry);
  }
  return [...byName.values()].map(({ label, count, path }) => ({
    code: 'unfilled-placeholder',
    severity: 'error',
    message: checkMessages[locale].unfilled(label, count),
    ...(path === undefined ? {} : { path }),
  }));
}
