import type { DisplayList, StructNode } from '../../../../core/export/pdf/display-list.ts';

type Element = PDFKit.PDFStructureElement;

/**
 * The structure tree of a tagged PDF, made in pdfkit as the pages are drawn: an element is
 * created when its first content is drawn (so its parent lists children in reading order)
 * and ended on the last page that shows it or anything under it (so pdfkit writes it out
 * early, and a link's annotation is filed with its own page).
 */
export class PdfStructure {
  private readonly elements = new Map<number, Element>();
  private readonly endsOn: number[][];

  private readonly doc: PDFKit.PDFDocument;
  private readonly nodes: readonly StructNode[];

  constructor(doc: PDFKit.PDFDocument, nodes: readonly StructNode[], list: DisplayList) {
    this.doc = doc;
    this.nodes = nodes;
    const lastPage = new Int32Array(nodes.length).fill(-1);
    list.pages.forEach((page, p) => {
      for (const item of page.items) {
        if (item.kind === 'destination' || item.struct === null) continue;
        for (let id: number | null = item.struct; id !== null && lastPage[id] !== p; id = nodes[id]!.parent) lastPage[id] = p;
      }
    });
    this.endsOn = list.pages.map(() => []);
    lastPage.forEach((page, id) => {
      if (page >= 0) this.endsOn[page]!.push(id);
    });
  }

  role(id: number): string {
    return this.nodes[id]!.role;
  }

  element(id: number): Element {
    let element = this.elements.get(id);
    if (element === undefined) {
      const node = this.nodes[id]!;
      const options: PDFKit.Mixins.StructureElementOptions = {};
      if (node.lang !== undefined) options.lang = node.lang;
      if (node.alt !== undefined) options.alt = node.alt;
      element = this.doc.struct(node.role, options);
      if (node.parent === null) this.doc.addStructure(element);
      else this.element(node.parent).add(element);
      this.elements.set(id, element);
    }
    return element;
  }

  /** After page `index` is drawn: end what does not go on. */
  pageDone(index: number): void {
    for (const id of this.endsOn[index] ?? []) this.elements.get(id)?.end();
  }
}
