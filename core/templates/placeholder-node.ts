import type { SerializedNode } from '../statement/editor-state.ts';

/**
 * How template variables live in a statement's editor state.
 *
 * Unfilled: a leaf node of its own type, carrying the variable's name and label, so that
 * the editor can show it as a highlighted chip and the export preflight can report it.
 *
 *   { "type": "template-variable", "version": 1, "name": "country", "label": "Country" }
 *
 * Filled: ordinary text, so the writer edits it like any other, marked in Lexical's node
 * state ("$", which Lexical keeps through load, edit and save even for keys it does not
 * know, and which keeps the text from merging with its neighbours). The mark lets a new
 * edition find the year it wrote last year and write this year's in its place.
 *
 *   { "type": "text", "text": "2024", ..., "$": { "templateVariable": "year" } }
 */
export const PLACEHOLDER_TYPE = 'template-variable';
export const FILLED_VARIABLE_STATE = 'templateVariable';

export type SerializedPlaceholder = SerializedNode & { type: typeof PLACEHOLDER_TYPE; name: string; label: string };

export function placeholderNode(name: string, label: string): SerializedPlaceholder {
  return { type: PLACEHOLDER_TYPE, version: 1, name, label };
}

export function isPlaceholderNode(node: SerializedNode): node is SerializedPlaceholder {
  return node.type === PLACEHOLDER_TYPE && typeof node['name'] === 'string';
}

/** The variable a text node was written from, or null for the writer's own text. */
export function filledVariableOf(node: SerializedNode): string | null {
  if (node.type !== 'text') return null;
  const state = node['$'];
  if (typeof state !== 'object' || state === null) return null;
  const name = (state as Record<string, unknown>)[FILLED_VARIABLE_STATE];
  return typeof name === 'string' ? name : null;
}
