import { $appendNodeToHTML } from '@lexical/html';
import {
  $create,
  $createParagraphNode,
  $getDocument,
  $getSlot,
  $isElementNode,
  $setSlot,
  DecoratorNode,
  type DOMConversionOutput,
  type DOMExportOutput,
  type EditorConfig,
  type LexicalEditor,
  type LexicalNode,
  type ParagraphNode,
} from 'lexical';
import { getFootnoteOrder, paintLabel } from '../plugins/footnotes/footnote-numbers.ts';
import { messagesNow } from '../../i18n/messages.ts';
import { editorMessages } from '../messages.ts';
import { $createFootnoteBodyNode, $isFootnoteBodyNode, type FootnoteBodyNode } from './FootnoteBodyNode.ts';

/**
 * A footnote reference: the superscript number in the text, and the note's text itself in
 * its "body" slot.
 *
 * Why a slot (Lexical's named slots, experimental in 0.52): the body must travel with its
 * reference through cut, paste, drag, undo and redo, and live in the file inside the
 * reference node. A nested editor per note would give each note its own undo history and
 * change events (the maintainers advise against it); a body kept as plain data on the node
 * could not be edited with the editor's own formatting, links and undo. A slot keeps the
 * note in the one editor state: one undo history, one selection model, serialized under
 * the node's "$slots" key. The body renders in the notes area (FootnotesAreaNode).
 *
 * An inline decorator, so the caret steps over it and Backspace deletes it, body and all,
 * as one undoable step.
 */
export class FootnoteNode extends DecoratorNode<null> {
  override $config() {
    return this.config('footnote', {
      extends: DecoratorNode,
      slots: ['body'],
      // Pasted footnotes: the paste clean-up turns Word's and Google Docs' footnotes
      // into <sup data-footnote>note…</sup>, and exportDOM writes the same shape.
      importDOM: {
        sup: (element: HTMLElement) => (element.hasAttribute('data-footnote') ? { conversion: $convertFootnoteElement, priority: 4 } : null),
      },
    });
  }

  override exportDOM(editor: LexicalEditor): DOMExportOutput {
    const sup = $getDocument().createElement('sup');
    sup.setAttribute('data-footnote', '');
    // Inline content only, paragraphs joined by <br>: an HTML parser would end the
    // surrounding <p> at a <p> inside the <sup> and lose the note.
    const blocks = this.getBody()?.getChildren() ?? [];
    blocks.forEach((block, i) => {
      if (i > 0) sup.append($getDocument().createElement('br'));
      const inline = $isElementNode(block) ? block.getChildren() : [block];
      for (const child of inline) $appendNodeToHTML(editor, child, sup);
    });
    return { element: sup };
  }

  /**
   * The marker is plain DOM, not a React decorator: with hundreds of notes, a React portal
   * per marker made every insertion re-reconcile them all. Its label is painted by the
   * numbering (footnote-numbers.ts) and its clicks are handled by FootnotesPlugin.
   */
  override createDOM(_config: EditorConfig, editor: LexicalEditor): HTMLElement {
    const document = $getDocument();
    const sup = document.createElement('sup');
    sup.className = 'st-footnote-ref';
    const marker = document.createElement('a');
    marker.className = 'st-footnote-marker';
    marker.href = `#note-${this.__key}`;
    marker.id = `ref-${this.__key}`;
    const m = messagesNow(editorMessages);
    marker.title = m.goToNote;
    paintLabel(marker, getFootnoteOrder(editor).labelOf(this.__key), m.footnoteMarker);
    sup.append(marker);
    return sup;
  }

  override updateDOM(): false {
    return false;
  }

  override isInline(): true {
    return true;
  }

  override isKeyboardSelectable(): boolean {
    return true;
  }

  override getTextContent(): string {
    return '';
  }

  getBody(): FootnoteBodyNode | null {
    const body = $getSlot(this, 'body');
    return $isFootnoteBodyNode(body) ? body : null;
  }

  override decorate(): null {
    return null;
  }
}

/**
 * <sup data-footnote> from a paste: its converted children become the note. Inline
 * content is wrapped in one paragraph; block children (several paragraphs) are kept.
 */
function $convertFootnoteElement(): DOMConversionOutput {
  const body = $createFootnoteBodyNode();
  const node = $createFootnoteNode(body);
  return {
    node,
    after: (children) => {
      body.clear();
      let paragraph: ParagraphNode | null = null;
      for (const child of children) {
        if ($isFootnoteNode(child)) continue; // no notes inside notes
        if ($isElementNode(child) && !child.isInline()) {
          paragraph = null;
          body.append(child);
        } else {
          if (!paragraph) body.append((paragraph = $createParagraphNode()));
          paragraph.append(child);
        }
      }
      if (body.getChildrenSize() === 0) body.append($createParagraphNode());
      return [];
    },
  };
}

/** A new reference with an empty one-paragraph note, or with the given body. */
export function $createFootnoteNode(body?: FootnoteBodyNode): FootnoteNode {
  const node = $create(FootnoteNode);
  $setSlot(node, 'body', body ?? $createFootnoteBodyNode().append($createParagraphNode()));
  return node;
}

export function $isFootnoteNode(node: LexicalNode | null | undefined): node is FootnoteNode {
  return node instanceof FootnoteNode;
}
