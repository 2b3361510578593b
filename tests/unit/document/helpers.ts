import { newStatement } from '../../../core/statement/new-statement.ts';
import type { SerializedNode } from '../../../core/statement/editor-state.ts';
import type { Statement } from '../../../core/statement/schema.ts';

/** Builders of Lexical's serialized nodes, in the shapes the editor saves. */
export const text = (t: string, format = 0): SerializedNode => ({ type: 'text', version: 1, text: t, format, detail: 0, mode: 'normal', style: '' });
export const el = (type: string, children: SerializedNode[], extra: Record<string, unknown> = {}): SerializedNode => ({ type, version: 1, format: '', children, ...extra });
export const p = (...children: SerializedNode[]) => el('paragraph', children, { textFormat: 0, textStyle: '' });
export const h = (tag: string, ...children: SerializedNode[]) => el('heading', children, { tag });
export const quote = (...children: SerializedNode[]) => el('quote', children);
export const link = (url: string, ...children: SerializedNode[]) => el('link', children, { url, rel: null, target: null, title: null });
export const br = (): SerializedNode => ({ type: 'linebreak', version: 1 });
export const tab = (): SerializedNode => ({ type: 'tab', version: 1, text: '\t', format: 0, detail: 2, mode: 'normal', style: '' });
export const item = (...children: SerializedNode[]) => el('listitem', children, { value: 1 });
export const list = (listType: 'bullet' | 'number', items: SerializedNode[], start = 1) =>
  el('list', items, { listType, start, tag: listType === 'number' ? 'ol' : 'ul' });
/** A footnote reference whose note body holds these blocks. */
export const note = (...blocks: SerializedNode[]): SerializedNode => ({ type: 'footnote', version: 1, $slots: { body: el('footnote-body', blocks) } });

/** A statement whose text is these blocks. */
export function statementOf(blocks: SerializedNode[], meta: Partial<Statement['meta']> = {}): Statement {
  const statement = newStatement(meta.language ?? 'en');
  statement.meta = { ...statement.meta, title: 'Joint statement', date: '2024-06-26', places: ['Bishkek', 'Vienna'], ...meta };
  statement.editor = { root: el('root', blocks) as Statement['editor']['root'] };
  return statement;
}
