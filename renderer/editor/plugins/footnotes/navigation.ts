import { $getNodeByKey, type LexicalEditor, type NodeKey } from 'lexical';
import { $isFootnoteNode } from '../../nodes/FootnoteNode.ts';

function reveal(editor: LexicalEditor, element: HTMLElement | null | undefined): void {
  element?.scrollIntoView({ block: 'center', behavior: 'auto' });
  editor.focus();
}

/** Puts the caret at the end of a note's text (from its reference, or from the panel). */
export function goToNote(editor: LexicalEditor, key: NodeKey): void {
  editor.update(() => {
    const node = $getNodeByKey(key);
    if ($isFootnoteNode(node)) node.getBody()?.selectEnd();
  });
  reveal(editor, editor.getRootElement()?.querySelector<HTMLElement>(`[data-footnote-key="${key}"]`));
}

/** Puts the caret just after a note's reference in the text. */
export function goToReference(editor: LexicalEditor, key: NodeKey): void {
  editor.update(() => {
    const node = $getNodeByKey(key);
    if ($isFootnoteNode(node)) node.selectNext(0, 0);
  });
  reveal(editor, editor.getElementByKey(key));
}

/** Removes a reference and its note, as one undoable step. */
export function deleteFootnote(editor: LexicalEditor, key: NodeKey): void {
  editor.update(() => {
    const node = $getNodeByKey(key);
    if ($isFootnoteNode(node)) {
      node.selectPrevious();
      node.remove();
    }
  });
}
