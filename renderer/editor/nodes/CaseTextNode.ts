import {
  $create,
  $createTextNode,
  $getDocument,
  ElementNode,
  type EditorConfig,
  type LexicalNode,
  type LexicalUpdateJSON,
  type SerializedElementNode,
  type Spread,
} from 'lexical';
import type { InsertedCase } from '../../../core/cases/insert/inserted-case.ts';
import { $createFootnoteFromRuns } from '../plugins/footnotes/library-note.ts';

export type SerializedCaseTextNode = Spread<{ inserted: InsertedCase; declined?: string }, SerializedElementNode>;

/**
 * Text written from a case in the library: "Farhat MEYMANKULYYEV (1992), extradited from
 * Turkey on 19 May 2023". An inline element, like a link, around ordinary text the writer
 * may edit; it carries the case's id, the format, and the facts and text it was made from
 * (core/cases/insert), so the statement stands alone on another computer and can tell when
 * the library has moved on. Whether it is stale is the CasesPlugin's to find out, not
 * stored.
 */
export class CaseTextNode extends ElementNode {
  __inserted: InsertedCase | null = null;
  /**
   * The library's text the writer chose not to take in a refresh ("Keep my text"): while
   * the library still says exactly this, the case is not reported stale again.
   */
  __declined: string | null = null;

  override $config() {
    return this.config('case-text', { extends: ElementNode });
  }

  override afterCloneFrom(prev: this): void {
    super.afterCloneFrom(prev);
    this.__inserted = prev.__inserted;
    this.__declined = prev.__declined;
  }

  override updateFromJSON(serialized: LexicalUpdateJSON<SerializedCaseTextNode>): this {
    return super
      .updateFromJSON(serialized)
      .setInserted(serialized.inserted)
      .setDeclined(typeof serialized.declined === 'string' ? serialized.declined : null);
  }

  override exportJSON(): SerializedCaseTextNode {
    const declined = this.getDeclined();
    return { ...super.exportJSON(), inserted: this.getInserted(), ...(declined === null ? {} : { declined }) };
  }

  getDeclined(): string | null {
    return this.getLatest().__declined;
  }

  setDeclined(text: string | null): this {
    const self = this.getWritable();
    self.__declined = text;
    return self;
  }

  getInserted(): InsertedCase {
    const inserted = this.getLatest().__inserted;
    if (!inserted) throw new Error('case text without its case');
    return inserted;
  }

  setInserted(inserted: InsertedCase): this {
    const self = this.getWritable();
    self.__inserted = inserted;
    return self;
  }

  override createDOM(_config: EditorConfig): HTMLElement {
    const span = $getDocument().createElement('span');
    span.className = 'st-case';
    this.paint(span);
    return span;
  }

  override updateDOM(prev: this, dom: HTMLElement): boolean {
    if (prev.__inserted !== this.__inserted) this.paint(dom);
    return false;
  }

  private paint(dom: HTMLElement): void {
    const inserted = this.__inserted;
    if (!inserted) return;
    dom.dataset.caseId = inserted.caseId;
    dom.classList.toggle('st-case-confidential', inserted.generatedText.confidential);
  }

  override isInline(): true {
    return true;
  }

  // Typing just before or after the inserted text is the writer's own text, not the case's.
  override canInsertTextBefore(): false {
    return false;
  }

  override canInsertTextAfter(): false {
    return false;
  }

  override canBeEmpty(): false {
    return false;
  }

  override extractWithChild(): boolean {
    return true;
  }
}

/** The case's text as editor nodes: one text node per run, a footnote after a run that asks for one. */
export function $caseTextChildren(inserted: InsertedCase): LexicalNode[] {
  const nodes: LexicalNode[] = [];
  for (const block of inserted.generatedText.blocks) {
    if (nodes.length > 0) nodes.push($createTextNode(' '));
    for (const run of block.runs) {
      const text = $createTextNode(run.text);
      if (run.bold) text.toggleFormat('bold');
      if (run.italic) text.toggleFormat('italic');
      nodes.push(text);
      if (run.footnote) nodes.push($createFootnoteFromRuns(run.footnote.body));
    }
  }
  return nodes;
}

export function $createCaseTextNode(inserted: InsertedCase): CaseTextNode {
  return $create(CaseTextNode).setInserted(inserted).append(...$caseTextChildren(inserted));
}

export function $isCaseTextNode(node: LexicalNode | null | undefined): node is CaseTextNode {
  return node instanceof CaseTextNode;
}
