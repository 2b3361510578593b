import type { LexicalEditor, NodeKey } from 'lexical';

/**
 * The footnotes of one editor in document order. Numbers are derived from this order and
 * never stored; the reference markers, the notes area and the panel all read it here.
 */
export type FootnoteOrder = {
  keys: readonly NodeKey[];
  numberOf(key: NodeKey): number | null;
};

type Store = { order: FootnoteOrder; listeners: Set<() => void> };
const stores = new WeakMap<LexicalEditor, Store>();

function makeOrder(keys: readonly NodeKey[]): FootnoteOrder {
  const index = new Map(keys.map((key, i) => [key, i + 1]));
  return { keys, numberOf: (key) => index.get(key) ?? null };
}

function storeOf(editor: LexicalEditor): Store {
  let store = stores.get(editor);
  if (!store) {
    store = { order: makeOrder([]), listeners: new Set() };
    stores.set(editor, store);
  }
  return store;
}

export function getFootnoteOrder(editor: LexicalEditor): FootnoteOrder {
  return storeOf(editor).order;
}

/** Replaces the order if it changed; returns whether it did. */
export function setFootnoteOrder(editor: LexicalEditor, keys: readonly NodeKey[]): boolean {
  const store = storeOf(editor);
  const old = store.order.keys;
  if (old.length === keys.length && old.every((k, i) => k === keys[i])) return false;
  store.order = makeOrder(keys);
  for (const listener of store.listeners) listener();
  return true;
}

export function subscribeFootnoteOrder(editor: LexicalEditor, listener: () => void): () => void {
  const store = storeOf(editor);
  store.listeners.add(listener);
  return () => store.listeners.delete(listener);
}
