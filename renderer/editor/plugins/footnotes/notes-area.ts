import { $getNodeByKey, $getSlot, mountSlotContainer, unmountSlotContainer, type LexicalEditor, type NodeKey } from 'lexical';
import { messagesNow } from '../../../i18n/messages.ts';
import { editorMessages } from '../../messages.ts';
import { getFootnoteOrder, paintLabel } from './footnote-numbers.ts';
import { $noteOfSelection, updateKeepingCaret } from './update-keeping-caret.ts';

/**
 * The list inside the notes area (FootnotesAreaNode): one entry per note in document
 * order, each with its number and its reference's body slot mounted in place.
 *
 * Kept by hand rather than by React: inserting a note before 200 others is one new entry
 * and a few moved ones, done here in the same commit that inserted the reference, before
 * the caret is placed in the new note. A React list re-rendered one task later, and each
 * commit measured the caret's offset across the whole statement, for two extra forced
 * layouts per insertion (see bench/footnote-bench.ts).
 */

type Entry = { item: HTMLLIElement; number: HTMLButtonElement; text: HTMLDivElement; container: HTMLElement | null };
const lists = new WeakMap<HTMLElement, Map<NodeKey, Entry>>();

function createEntry(document: Document, key: NodeKey, label: string): Entry {
  const item = document.createElement('li');
  item.className = 'st-footnote';
  item.id = `note-${key}`;
  item.dataset.footnoteKey = key;
  const number = document.createElement('button');
  number.type = 'button';
  number.className = 'st-footnote-number';
  number.contentEditable = 'false';
  number.title = messagesNow(editorMessages).goToReference;
  paintLabel(number, label);
  const text = document.createElement('div');
  text.className = 'st-footnote-text';
  item.append(number, text);
  return { item, number, text, container: null };
}

/** The container Lexical renders a note's body into (it may recreate it when it re-creates the reference's DOM). */
function bodyContainers(editor: LexicalEditor, keys: readonly NodeKey[]): Array<HTMLElement | null> {
  return editor.read(() =>
    keys.map((key) => {
      const host = $getNodeByKey(key);
      const body = host ? $getSlot(host, 'body') : null;
      return body ? (editor.getElementByKey(body.getKey())?.parentElement ?? null) : null;
    }),
  );
}

/**
 * Brings the notes list in line with the numbering's order: new notes get an entry, gone
 * ones lose theirs, moved ones move; only what differs is touched.
 */
export function syncNotesArea(editor: LexicalEditor, list: HTMLElement): void {
  let entries = lists.get(list);
  if (!entries) lists.set(list, (entries = new Map()));
  const order = getFootnoteOrder(editor);
  const keys = order.keys;
  const wanted = new Set(keys);

  for (const [key, entry] of entries) {
    if (wanted.has(key)) continue;
    if (entry.container) unmountSlotContainer(editor, key, entry.container);
    entry.item.remove();
    entries.delete(key);
  }

  const containers = bodyContainers(editor, keys);
  let remounted = false;
  let at: ChildNode | null = list.firstChild;
  keys.forEach((key, i) => {
    let entry = entries.get(key);
    if (!entry) entries.set(key, (entry = createEntry(list.ownerDocument, key, order.labelOf(key))));
    if (entry.item !== at) list.insertBefore(entry.item, at);
    else at = at.nextSibling;
    const container = containers[i] ?? null;
    if (container && (container !== entry.container || container.parentElement !== entry.text)) {
      mountSlotContainer(editor, key, 'body', entry.text);
      entry.container = container;
      remounted = true;
    }
  });

  // Moving a body's container drops the browser's caret inside it: put it back. This is
  // how Insert Footnote's caret reaches the new note (the insertion leaves it unplaced).
  if (remounted && wanted.has(editor.read($noteOfSelection) ?? '')) updateKeepingCaret(editor, () => {});
}
