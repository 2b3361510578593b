import { $createRangeSelectionFromDom, $getSelection, $setSelection, getDOMSelection, type LexicalEditor } from 'lexical';

/**
 * Brings Lexical's selection up to date with the browser's. Lexical learns of caret moves
 * from the asynchronous selectionchange event, so a shortcut pressed right after an arrow
 * key would otherwise act at the caret's previous place.
 */
export function $syncSelectionFromDom(editor: LexicalEditor): void {
  const root = editor.getRootElement();
  const domSelection = getDOMSelection(root?.ownerDocument.defaultView ?? null);
  if (!root || !domSelection || !domSelection.anchorNode || !root.contains(domSelection.anchorNode)) return;
  const fresh = $createRangeSelectionFromDom(domSelection, editor);
  const current = $getSelection();
  // Only when they differ: setting an equal selection would still count as an edit step.
  if (fresh && !(current !== null && fresh.is(current))) $setSelection(fresh);
}
