import type { SerializedNode } from '../statement/editor-state.ts';

/**
 * Every node of a serialized editor state, the notes' text included (a footnote's body
 * lives in its "$slots"), in document order, with its path ("root.children[3].children[1]",
 * as the checks name places). Iterative, so a deep tree cannot overflow the stack. The
 * visitor may change a node in place, its children included.
 */
export function walkEditorNodes(root: SerializedNode, visit: (node: SerializedNode, inNote: boolean, path: string) => void): void {
  const stack: Array<{ node: SerializedNode; inNote: boolean; path: string }> = [{ node: root, inNote: false, path: 'root' }];
  while (stack.length > 0) {
    const { node, inNote, path } = stack.pop()!;
    visit(node, inNote, path);
    const slots = node['$slots'];
    if (typeof slots === 'object' && slots !== null) {
      for (const [name, body] of Object.entries(slots as Record<string, SerializedNode>).reverse()) stack.push({ node: body, inNote: true, path: `${path}.$slots.${name}` });
    }
    const children = node.children ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, inNote, path: `${path}.children[${i}]` });
  }
}
