import { $create, $getDocument, ElementNode, type LexicalNode } from 'lexical';

/**
 * The text of one footnote: the value of its reference's "body" slot. A shadow root, so
 * selection, Select All and Backspace stay inside the note, and a note may hold several
 * paragraphs with the same formatting as the statement.
 */
export class FootnoteBodyNode extends ElementNode {
  override $config() {
    return this.config('footnote-body', { extends: ElementNode });
  }

  override createDOM(): HTMLElement {
    const div = $getDocument().createElement('div');
    div.className = 'st-footnote-body';
    return div;
  }

  override updateDOM(): false {
    return false;
  }

  override isShadowRoot(): boolean {
    return true;
  }

  override collapseAtStart(): true {
    return true;
  }
}

export function $createFootnoteBodyNode(): FootnoteBodyNode {
  return $create(FootnoteBodyNode);
}

export function $isFootnoteBodyNode(node: LexicalNode | null | undefined): node is FootnoteBodyNode {
  return node instanceof FootnoteBodyNode;
}
