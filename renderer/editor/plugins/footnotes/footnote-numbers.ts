import type { LexicalEditor, NodeKey } from 'lexical';
import { formatFootnoteNumber, type FootnoteStyle } from '../../../../core/footnotes/numbering.ts';
import { messagesNow } from '../../../i18n/messages.ts';
import { editorMessages } from '../../messages.ts';

/**
 * The footnotes of one editor in document order. Numbers are derived from this order and
 * never stored; the reference markers, the notes area and the panel all read it here.
 *
 * The numbers on screen are written straight into the markers' and notes' DOM rather than
 * re-rendered by React: inserting a note before 200 others changes 400 labels, which is a
 * few milliseconds of text updates here against 400 component renders. Components paint
 * their own label once when they mount.
 */
export type FootnoteOrder = {
  keys: readonly NodeKey[];
  style: FootnoteStyle;
  labelOf(key: NodeKey): string;
};

type Store = { order: FootnoteOrder; listeners: Set<() => void> };
const stores = new WeakMap<LexicalEditor, Store>();

function makeOrder(keys: readonly NodeKey[], style: FootnoteStyle): FootnoteOrder {
  const index = new Map(keys.map((key, i) => [key, i + 1]));
  return {
    keys,
    style,
    labelOf: (key) => {
      const n = index.get(key);
      return n === undefined ? '' : formatFootnoteNumber(n, style);
    },
  };
}

function storeOf(editor: LexicalEditor): Store {
  let store = stores.get(editor);
  if (!store) {
    store = { order: makeOrder([], 'decimal'), listeners: new Set() };
    stores.set(editor, store);
  }
  return store;
}

export function getFootnoteOrder(editor: LexicalEditor): FootnoteOrder {
  return storeOf(editor).order;
}

/** Replaces the order (or the style) if it changed, repaints the labels and tells listeners. */
export function setFootnoteOrder(editor: LexicalEditor, keys: readonly NodeKey[], style: FootnoteStyle): boolean {
  const store = storeOf(editor);
  const old = store.order;
  if (old.style === style && old.keys.length === keys.length && old.keys.every((k, i) => k === keys[i])) return false;
  store.order = makeOrder(keys, style);
  paintFootnoteLabels(editor);
  for (const listener of store.listeners) listener();
  return true;
}

export function subscribeFootnoteOrder(editor: LexicalEditor, listener: () => void): () => void {
  const store = storeOf(editor);
  store.listeners.add(listener);
  return () => store.listeners.delete(listener);
}

/** Writes one label into an element if it differs (touching the DOM only where a number changed). */
export function paintLabel(element: Element | null | undefined, label: string, ariaPrefix?: string): void {
  if (!element) return;
  // Changing a text node's data only relays out that line; replacing the node (textContent)
  // also restyles it, 400 times for one insertion before 200 notes.
  const text = element.firstChild;
  if (text instanceof Text && text.nextSibling === null) {
    if (text.data !== label) text.data = label;
  } else if (element.textContent !== label) element.textContent = label;
  if (ariaPrefix !== undefined) {
    const aria = `${ariaPrefix} ${label}`;
    if (element.getAttribute('aria-label') !== aria) element.setAttribute('aria-label', aria);
  }
}

/** Brings every marker in the text and every number in the notes area up to date. */
export function paintFootnoteLabels(editor: LexicalEditor): void {
  const order = getFootnoteOrder(editor);
  const root = editor.getRootElement();
  if (!root) return;
  const areaNumbers = new Map<string, Element>();
  for (const entry of root.querySelectorAll('.st-footnote[data-footnote-key]')) {
    const number = entry.querySelector('.st-footnote-number');
    if (number) areaNumbers.set(entry.getAttribute('data-footnote-key')!, number);
  }
  for (const key of order.keys) {
    const label = order.labelOf(key);
    paintLabel(editor.getElementByKey(key)?.querySelector('.st-footnote-marker'), label, messagesNow(editorMessages).footnoteMarker);
    paintLabel(areaNumbers.get(key), label);
  }
}
