import { $create, $getDocument, DecoratorNode, type LexicalNode } from 'lexical';
import { messagesNow } from '../../i18n/messages.ts';
import { editorMessages } from '../messages.ts';

/**
 * Where the notes are written: a block at the end of the statement listing every note in
 * document order, each with its number and its reference's body slot mounted in place.
 * It must sit inside the editor's root element for the note text to be editable there.
 * Derived, not content: FootnotesPlugin keeps exactly one, last, while there are notes,
 * fills its list (notes-area.ts), and the statement file never contains it.
 */
export class FootnotesAreaNode extends DecoratorNode<null> {
  override $config() {
    return this.config('footnotes-area', { extends: DecoratorNode });
  }

  override createDOM(): HTMLElement {
    const document = $getDocument();
    const section = document.createElement('section');
    section.className = 'st-footnotes-area';
    section.setAttribute('aria-label', messagesNow(editorMessages).footnotesArea);
    const list = document.createElement('ol');
    list.className = 'st-footnotes';
    section.append(list);
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

  override decorate(): null {
    return null;
  }
}

export function $createFootnotesAreaNode(): FootnotesAreaNode {
  return $create(FootnotesAreaNode);
}

export function $isFootnotesAreaNode(node: LexicalNode | null | undefined): node is FootnotesAreaNode {
  return node instanceof FootnotesAreaNode;
}
