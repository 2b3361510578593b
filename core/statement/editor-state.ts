/**
 * Structural check of Lexical's serialized editor state, without the Lexical runtime
 * (core runs in main, where there is no editor). Lexical would throw on an unknown node
 * type deep inside setEditorState; checking here lets us say which node and where.
 */
import { insertedCaseSchema } from '../cases/insert/inserted-case.ts';
export type SerializedNode = {
  type: string;
  version?: number;
  children?: SerializedNode[];
  text?: string;
  [key: string]: unknown;
};
export type SerializedEditorState = { root: SerializedNode & { type: 'root'; children: SerializedNode[] } };

/** Node types a version-1 statement may contain, and whether they hold children. */
const ELEMENT_TYPES = new Set(['root', 'paragraph', 'heading', 'quote', 'list', 'listitem', 'link', 'autolink', 'footnote-body', 'case-text']);
const LEAF_TYPES = new Set(['text', 'linebreak', 'tab', 'footnote', 'lead-sentence', 'template-variable']);
/** Nodes that hold other content in named slots ("$slots"), and the slots each must have. */
const SLOT_HOSTS: Record<string, Record<string, string>> = { footnote: { body: 'footnote-body' } };
const MAX_DEPTH = 64;

export type EditorStateProblem = { path: string; message: string };

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `${typeof value} ${JSON.stringify(value)}`;
}

/** Returns the first problem found, or null when the state is well-formed. */
export function checkEditorState(state: unknown, base = 'editor'): EditorStateProblem | null {
  if (typeof state !== 'object' || state === null || Array.isArray(state)) {
    return { path: base, message: `expected an object, found ${describe(state)}` };
  }
  const root = (state as { root?: unknown }).root;
  if (typeof root !== 'object' || root === null || (root as { type?: unknown }).type !== 'root') {
    return { path: `${base}.root`, message: 'expected the root node (type "root")' };
  }
  // Iterative walk: a hostile file with deep nesting must not blow the stack.
  const stack: Array<{ node: unknown; path: string; depth: number; inSlot?: boolean }> = [{ node: root, path: `${base}.root`, depth: 0 }];
  while (stack.length > 0) {
    const { node, path, depth, inSlot } = stack.pop()!;
    if (depth > MAX_DEPTH) return { path, message: `nesting deeper than ${MAX_DEPTH} levels` };
    if (typeof node !== 'object' || node === null || Array.isArray(node)) {
      return { path, message: `expected a node object, found ${describe(node)}` };
    }
    const { type, children, text } = node as SerializedNode;
    if (typeof type !== 'string') return { path: `${path}.type`, message: 'missing node type' };
    if (path !== `${base}.root` && type === 'root') return { path, message: 'a root node inside the document' };
    // A note cannot hold a note: Word does not allow it, and export could not number it.
    if (inSlot && type === 'footnote') return { path, message: 'a footnote inside a footnote' };
    if (ELEMENT_TYPES.has(type)) {
      if (!Array.isArray(children)) return { path: `${path}.children`, message: `a "${type}" node needs a list of children` };
      for (let i = children.length - 1; i >= 0; i--) {
        stack.push({ node: children[i], path: `${path}.children[${i}]`, depth: depth + 1, inSlot });
      }
      if (type === 'case-text') {
        const parsed = insertedCaseSchema.safeParse((node as { inserted?: unknown }).inserted);
        if (!parsed.success) {
          const issue = parsed.error.issues[0]!;
          return { path: [`${path}.inserted`, ...issue.path.map(String)].join('.'), message: `case inserted from the library: ${issue.message}` };
        }
      }
    } else if (LEAF_TYPES.has(type)) {
      if (type === 'text' && typeof text !== 'string') return { path: `${path}.text`, message: 'a text node needs its text' };
    } else {
      return { path: `${path}.type`, message: `unknown node type "${type}"` };
    }
    const slots = (node as { $slots?: unknown }).$slots;
    const declared = SLOT_HOSTS[type];
    if (declared) {
      if (typeof slots !== 'object' || slots === null || Array.isArray(slots)) return { path: `${path}.$slots`, message: `a "${type}" node needs its ${Object.keys(declared).join(', ')}` };
      for (const [name, valueType] of Object.entries(declared)) {
        const value = (slots as Record<string, unknown>)[name];
        if (typeof value !== 'object' || value === null || (value as { type?: unknown }).type !== valueType) {
          return { path: `${path}.$slots.${name}`, message: `expected a "${valueType}" node` };
        }
        stack.push({ node: value, path: `${path}.$slots.${name}`, depth: depth + 1, inSlot: true });
      }
    } else if (slots !== undefined) {
      return { path: `${path}.$slots`, message: `a "${type}" node has no slots` };
    }
  }
  return null;
}

/** An editor state with one empty paragraph: what Lexical itself starts with. */
export function emptyEditorState(): SerializedEditorState {
  return {
    root: {
      type: 'root',
      version: 1,
      direction: null,
      format: '',
      indent: 0,
      children: [
        { type: 'paragraph', version: 1, direction: null, format: '', indent: 0, textFormat: 0, textStyle: '', children: [] },
      ],
    },
  };
}
