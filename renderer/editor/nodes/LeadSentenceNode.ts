import {
  $create,
  $getDocument,
  DecoratorNode,
  type DOMExportOutput,
  type EditorConfig,
  type LexicalNode,
  type LexicalUpdateJSON,
  type SerializedLexicalNode,
  type Spread,
} from 'lexical';
import { messagesNow } from '../../i18n/messages.ts';
import { editorMessages } from '../messages.ts';

export type SerializedLeadSentenceNode = Spread<{ text: string }, SerializedLexicalNode>;

/** Shown in the page while no confirmed organisation can be named; never saved or exported. */
export const EMPTY_LEAD_SENTENCE = 'issuing organisations';

/**
 * The fragment of the lead that names the issuing organisations ("the Association for Human
 * Rights in Central Asia (AHRCA) and the Norwegian Helsinki Committee (NHC)"), written from
 * the statement's signatory list by LeadSentencePlugin, which rewrites it when the list, its
 * order or the statement's language changes. The current text is kept in the node and in
 * the file (`text`), so exporters and another computer read it without the list's rules.
 *
 * An inline decorator with plain DOM, like a footnote marker: the caret steps over it, one
 * Backspace removes it, and the writer cannot type into text the list would overwrite.
 */
export class LeadSentenceNode extends DecoratorNode<null> {
  __text = '';

  override $config() {
    return this.config('lead-sentence', { extends: DecoratorNode });
  }

  override afterCloneFrom(prev: this): void {
    super.afterCloneFrom(prev);
    this.__text = prev.__text;
  }

  override updateFromJSON(serialized: LexicalUpdateJSON<SerializedLeadSentenceNode>): this {
    return super.updateFromJSON(serialized).setText(typeof serialized.text === 'string' ? serialized.text : '');
  }

  override exportJSON(): SerializedLeadSentenceNode {
    return { ...super.exportJSON(), text: this.getText() };
  }

  getText(): string {
    return this.getLatest().__text;
  }

  setText(text: string): this {
    const self = this.getWritable();
    self.__text = text;
    return self;
  }

  override createDOM(_config: EditorConfig): HTMLElement {
    const span = $getDocument().createElement('span');
    span.className = 'st-lead-sentence';
    span.title = messagesNow(editorMessages).leadSentence;
    paint(span, this.__text);
    return span;
  }

  override updateDOM(prev: this, dom: HTMLElement): false {
    if (prev.__text !== this.__text) paint(dom, this.__text);
    return false;
  }

  override exportDOM(): DOMExportOutput {
    const span = $getDocument().createElement('span');
    span.textContent = this.__text;
    return { element: span };
  }

  override isInline(): true {
    return true;
  }

  override isKeyboardSelectable(): boolean {
    return true;
  }

  override getTextContent(): string {
    return this.__text;
  }

  override decorate(): null {
    return null;
  }
}

function paint(dom: HTMLElement, text: string): void {
  dom.textContent = text === '' ? EMPTY_LEAD_SENTENCE : text;
  dom.classList.toggle('st-lead-sentence-empty', text === '');
}

export function $createLeadSentenceNode(text: string): LeadSentenceNode {
  return $create(LeadSentenceNode).setText(text);
}

export function $isLeadSentenceNode(node: LexicalNode | null | undefined): node is LeadSentenceNode {
  return node instanceof LeadSentenceNode;
}
