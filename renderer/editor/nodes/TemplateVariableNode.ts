import { markedVariableOf, type MarkedVariable } from '../../../core/templates/marked-variable.ts';
import type { SerializedNode } from '../../../core/statement/editor-state.ts';
import { $create, $getDocument, DecoratorNode, type LexicalNode, type LexicalUpdateJSON, type SerializedLexicalNode, type Spread } from 'lexical';
import { messagesNow } from '../../i18n/messages.ts';
import { editorMessages } from '../messages.ts';

/** `variable`: the declaration of a variable the writer marked (core/templates/marked-variable.ts). */
export type SerializedTemplateVariableNode = Spread<{ name: string; label: string; variable?: MarkedVariable }, SerializedLexicalNode>;

/**
 * A template variable not filled in yet: a highlighted chip showing its label ("Country")
 * where its value will go (core/templates/placeholder-node.ts). Select it and type to fill
 * it; the export preflight reports every one left.
 */
export class TemplateVariableNode extends DecoratorNode<null> {
  __name = '';
  __label = '';
  __variable: MarkedVariable | null = null;

  override $config() {
    return this.config('template-variable', { extends: DecoratorNode });
  }

  override afterCloneFrom(prev: this): void {
    super.afterCloneFrom(prev);
    this.__name = prev.__name;
    this.__label = prev.__label;
    this.__variable = prev.__variable;
  }

  override updateFromJSON(serialized: LexicalUpdateJSON<SerializedTemplateVariableNode>): this {
    const self = super.updateFromJSON(serialized).getWritable();
    self.__name = String(serialized.name ?? '');
    self.__label = String(serialized.label ?? '');
    self.__variable = markedVariableOf(serialized as unknown as SerializedNode);
    return self;
  }

  override exportJSON(): SerializedTemplateVariableNode {
    const latest = this.getLatest();
    return { ...super.exportJSON(), name: latest.__name, label: latest.__label, ...(latest.__variable ? { variable: latest.__variable } : {}) };
  }

  override createDOM(): HTMLElement {
    const chip = $getDocument().createElement('span');
    chip.className = 'st-variable';
    chip.dataset.variable = this.__name;
    chip.textContent = this.__label || this.__name;
    chip.title = messagesNow(editorMessages).variable(this.__label || this.__name);
    return chip;
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

  /** In plain text (copy, word count) the chip reads as "[Country]". */
  override getTextContent(): string {
    return `[${this.__label || this.__name}]`;
  }

  override decorate(): null {
    return null;
  }
}

export function $createTemplateVariableNode(name: string, label: string, variable: MarkedVariable | null = null): TemplateVariableNode {
  const node = $create(TemplateVariableNode).getWritable();
  node.__name = name;
  node.__label = label;
  node.__variable = variable;
  return node;
}

export function $isTemplateVariableNode(node: LexicalNode | null | undefined): node is TemplateVariableNode {
  return node instanceof TemplateVariableNode;
}
