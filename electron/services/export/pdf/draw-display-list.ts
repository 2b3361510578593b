import type { DisplayList, PageItem, Rgb } from '../../../../core/export/pdf/display-list.ts';
import type { FontFace } from '../../../../core/export/pdf/font-metrics.ts';
import { PdfStructure } from './pdf-structure.ts';
import { TextObject, type TextFace } from './text-object.ts';

export type DrawOptions = { faces: Readonly<Record<FontFace, TextFace>>; tagged: boolean };

/** pdfkit takes RGB as 0-255; the display list speaks 0-1. */
function rgb255(color: Rgb): [number, number, number] {
  return [color[0] * 255, color[1] * 255, color[2] * 255];
}

/**
 * Paints the display list with pdfkit: text at its baseline, rules, link and note areas, named
 * destinations; in a tagged PDF each stretch of content is marked for its structure element
 * and page furniture as an artifact.
 */
export function drawDisplayList(doc: PDFKit.PDFDocument, list: DisplayList, options: DrawOptions): void {
  const structure = options.tagged ? new PdfStructure(doc, list.structure, list) : null;
  const colors = new Map<Rgb, [number, number, number]>();
  const colorOf = (color: Rgb) => {
    let c = colors.get(color);
    if (c === undefined) colors.set(color, (c = rgb255(color)));
    return c;
  };
  // pdfkit files an annotation under `structParent` (its published types lack the option).
  const annotation = (struct: number) => (structure === null ? {} : ({ structParent: structure.element(struct) } as PDFKit.Mixins.AnnotationOption));
  const text = new TextObject(doc, options.faces);

  const paint = (item: PageItem) => {
    switch (item.kind) {
      case 'text':
        text.add(item);
        break;
      case 'rule':
        text.flush();
        doc.save().lineWidth(item.thickness).strokeColor(colorOf(item.color)).moveTo(item.x, item.y).lineTo(item.x + item.width, item.y).stroke().restore();
        break;
      case 'link':
        doc.link(item.x, item.y, item.width, item.height, item.href, annotation(item.struct));
        break;
      case 'goto':
        doc.goTo(item.x, item.y, item.width, item.height, item.destination, annotation(item.struct));
        break;
      case 'destination':
        doc.addNamedDestination(item.name, 'XYZ', item.x, item.y, 0);
        break;
    }
  };

  list.pages.forEach((page, index) => {
    doc.addPage({ size: [list.width, list.height], margin: 0 });
    if (structure === null) {
      for (const item of page.items) paint(item);
      text.flush();
      return;
    }
    // Consecutive items of one element share one marked-content sequence.
    let open: number | null | undefined;
    const close = () => {
      text.flush();
      if (open !== undefined) doc.endMarkedContent();
      open = undefined;
    };
    for (const item of page.items) {
      if (item.kind === 'link' || item.kind === 'goto' || item.kind === 'destination') {
        paint(item);
        continue;
      }
      if (item.struct !== open) {
        close();
        if (item.struct === null) doc.markContent('Artifact', { type: 'Pagination' });
        else structure.element(item.struct).add(doc.markStructureContent(structure.role(item.struct)));
        open = item.struct;
      }
      paint(item);
    }
    close();
    structure.pageDone(index);
  });
}
