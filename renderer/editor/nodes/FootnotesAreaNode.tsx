import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useLexicalSlotRef } from '@lexical/react/useLexicalSlotRef';
import { $create, $getDocument, $getSelection, $getSlotFrame, $getSlotHost, $isRangeSelection, DecoratorNode, type LexicalNode, type NodeKey } from 'lexical';
import { memo, useCallback, useLayoutEffect, useRef, useSyncExternalStore, type JSX } from 'react';
import { getFootnoteOrder, paintLabel, subscribeFootnoteOrder } from '../plugins/footnotes/footnote-numbers.ts';
import { goToReference } from '../plugins/footnotes/navigation.ts';

/**
 * Where the notes are written: a block at the end of the statement listing every note in
 * document order, each with its number and its reference's body slot mounted in place.
 * It must sit inside the editor's root element for the note text to be editable there.
 * Derived, not content: FootnotesPlugin keeps exactly one, last, while there are notes,
 * and the statement file never contains it.
 */
export class FootnotesAreaNode extends DecoratorNode<JSX.Element> {
  override $config() {
    return this.config('footnotes-area', { extends: DecoratorNode });
  }

  override createDOM(): HTMLElement {
    const section = $getDocument().createElement('section');
    section.className = 'st-footnotes-area';
    section.setAttribute('aria-label', 'Footnotes');
    return section;
  }

  override updateDOM(): false {
    return false;
  }

  override isInline(): false {
    return false;
  }

  override isKeyboardSelectable(): boolean {
    return false;
  }

  override getTextContent(): string {
    return '';
  }

  override decorate(): JSX.Element {
    return <FootnotesArea />;
  }
}

export function $createFootnotesAreaNode(): FootnotesAreaNode {
  return $create(FootnotesAreaNode);
}

export function $isFootnotesAreaNode(node: LexicalNode | null | undefined): node is FootnotesAreaNode {
  return node instanceof FootnotesAreaNode;
}

function FootnotesArea() {
  const [editor] = useLexicalComposerContext();
  const subscribe = useCallback((listener: () => void) => subscribeFootnoteOrder(editor, listener), [editor]);
  const order = useSyncExternalStore(subscribe, () => getFootnoteOrder(editor));
  return (
    <ol className="st-footnotes">
      {order.keys.map((key) => (
        <FootnoteEntry key={key} nodeKey={key} />
      ))}
    </ol>
  );
}

/** True when the editor's selection is inside the given note's body. */
function $selectionIsInNote(nodeKey: NodeKey): boolean {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return false;
  const frame = $getSlotFrame(selection.anchor.getNode());
  const host = frame ? $getSlotHost(frame) : null;
  return host !== null && host.getKey() === nodeKey;
}

/** One note: its number (painted by the numbering, see footnote-numbers.ts) and its text. */
const FootnoteEntry = memo(function FootnoteEntry({ nodeKey }: { nodeKey: NodeKey }) {
  const [editor] = useLexicalComposerContext();
  const numberRef = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => paintLabel(numberRef.current, getFootnoteOrder(editor).labelOf(nodeKey)), [editor, nodeKey]);
  const mountBody = useLexicalSlotRef<HTMLDivElement>(editor, nodeKey, 'body');
  // The body is rendered hidden until this mounts it, so a caret placed in a new note by
  // Insert Footnote could not be shown yet: show it now by re-applying the selection.
  const bodyRef = useCallback(
    (target: HTMLDivElement | null) => {
      const unmount = mountBody(target);
      if (target && editor.getEditorState().read(() => $selectionIsInNote(nodeKey))) editor.focus();
      return unmount;
    },
    [mountBody, editor, nodeKey],
  );
  return (
    <li className="st-footnote" id={`note-${nodeKey}`} data-footnote-key={nodeKey}>
      <button ref={numberRef} type="button" className="st-footnote-number" contentEditable={false} title="Go to the reference" onClick={() => goToReference(editor, nodeKey)} />
      <div className="st-footnote-text" ref={bodyRef} />
    </li>
  );
});
