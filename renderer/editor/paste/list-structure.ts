/**
 * Repairs list markup into the shape the editor imports: <ul>/<ol> hold only <li>, and a
 * nested list lives inside the item it belongs to. Google Docs writes a nested list as a
 * direct child of the outer list (<ul><li>a</li><ul><li>b</li></ul></ul>), web pages leave
 * <li> outside any list, and old pages use <menu>/<dir>.
 */

import { isElement, isIgnorable, rename, tagOf } from './dom-utils.ts';
import { LIST_SYNONYMS } from './paste-policy.ts';

const LISTS = new Set(['ul', 'ol']);

/** The item a nested list or stray content belongs to: the one before it, or a new one. */
function itemBefore(node: Node, list: Element): Element {
  let previous = node.previousSibling;
  while (previous !== null && isIgnorable(previous)) previous = previous.previousSibling;
  if (isElement(previous) && tagOf(previous) === 'li') return previous;
  const li = list.ownerDocument.createElement('li');
  list.insertBefore(li, node);
  return li;
}

function repairList(list: Element): void {
  let strayItem: Element | null = null; // collects adjacent loose content into one item
  for (const child of Array.from(list.childNodes)) {
    const tag = tagOf(child);
    if (tag === 'li') {
      strayItem = null;
    } else if (isIgnorable(child)) {
      strayItem?.appendChild(child); // keeps the space between two loose inline pieces
    } else if (LISTS.has(tag)) {
      itemBefore(child, list).appendChild(child);
      strayItem = null;
    } else {
      if (strayItem === null) {
        strayItem = list.ownerDocument.createElement('li');
        list.insertBefore(strayItem, child);
      }
      strayItem.appendChild(child);
    }
  }
}

/** Wraps each run of adjacent <li> that is not inside a list into a bulleted list. */
function adoptOrphanItems(root: Element): void {
  for (const li of Array.from(root.querySelectorAll('li'))) {
    const parent = li.parentElement;
    if (parent === null || LISTS.has(tagOf(parent)) || !li.isConnected) continue;
    const list = li.ownerDocument.createElement('ul');
    parent.insertBefore(list, li);
    let node: Node | null = li;
    while (node !== null && (tagOf(node) === 'li' || isIgnorable(node))) {
      const next: Node | null = node.nextSibling;
      list.appendChild(node);
      node = next;
    }
  }
}

export function normalizeLists(root: Element): void {
  for (const el of Array.from(root.querySelectorAll(Array.from(LIST_SYNONYMS).join(',')))) rename(el, 'ul');
  adoptOrphanItems(root);
  // Outer lists first, so content moved into an item is then seen inside that item.
  for (const list of Array.from(root.querySelectorAll('ul, ol'))) repairList(list);
}
