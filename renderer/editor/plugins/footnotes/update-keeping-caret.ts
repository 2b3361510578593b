import { $getSelection, $getSlotFrame, $getSlotHost, $isRangeSelection, $setSelection, HISTORY_MERGE_TAG, type LexicalEditor, type NodeKey } from 'lexical';

/** The note whose body holds the caret, if any. */
export function $noteOfSelection(): NodeKey | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return null;
  const frame = $getSlotFrame(selection.anchor.getNode());
  return frame ? ($getSlotHost(frame)?.getKey() ?? null) : null;
}

/**
 * An editor update that follows another (no undo step of its own) and keeps the caret in the
 * note the last one put it in. Lexical starts an update begun outside a browser event (a menu
 * command the main process sends, a mutation listener after it) from the DOM's selection,
 * which is still in the text while Insert Footnote's caret waits for its note to be shown.
 */
export function updateKeepingCaret(editor: LexicalEditor, change: () => void): void {
  const caret = editor.getEditorState().read(() => ($noteOfSelection() === null ? null : $getSelection()?.clone()));
  editor.update(
    () => {
      if (caret) $setSelection(caret);
      change();
    },
    { tag: HISTORY_MERGE_TAG },
  );
}
