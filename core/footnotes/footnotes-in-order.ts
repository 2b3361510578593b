import type { SerializedEditorState, SerializedNode } from '../statement/editor-state.ts';

/** A footnote as stored in a statement file: its reference node, body in its "body" slot. */
export type StoredFootnote = {
  /** 1-based, in document order: derived here, never stored. */
  number: number;
  body: SerializedNode | null;
  /** Where the reference sits, e.g. "root.children[3].children[1]", for messages. */
  path: string;
};

/**
 * The footnotes of a statement in document order, from the serialized editor state alone
 * (no Lexical runtime: this runs in main, in export and in tests). References live only in
 * the statement's text, so the walk does not look inside slots.
 */
export function footnotesInOrder(state: SerializedEditorState): StoredFootnote[] {
  const found: StoredFootnote[] = [];
  const walk = (node: SerializedNode, path: string) => {
    if (node.type === 'footnote') {
      const slots = node['$slots'] as Record<string, SerializedNode> | undefined;
      found.push({ number: found.length + 1, body: slots?.['body'] ?? null, path });
      return;
    }
    node.children?.forEach((child, i) => walk(child, `${path}.children[${i}]`));
  };
  walk(state.root, 'root');
  return found;
}

/** The plain text of a serialized subtree (a note's body, for checks and previews). */
export function serializedText(node: SerializedNode | null | undefined): string {
  if (!node) return '';
  if (node.type === 'text') return node.text ?? '';
  if (node.type === 'linebreak') return '\n';
  if (node.type === 'tab') return '\t';
  const parts = (node.children ?? []).map(serializedText);
  const isBlockContainer = node.type === 'footnote-body' || node.type === 'root' || node.type === 'list';
  return parts.join(isBlockContainer ? '\n' : '');
}

/** Every link URL inside a serialized subtree. */
export function serializedLinks(node: SerializedNode | null | undefined): string[] {
  if (!node) return [];
  const own = (node.type === 'link' || node.type === 'autolink') && typeof node['url'] === 'string' ? [node['url'] as string] : [];
  return [...own, ...(node.children ?? []).flatMap(serializedLinks)];
}
