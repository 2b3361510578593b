import type { StatementDocument } from '../../document/model.ts';
import { BlockFlow, type Frame } from './block-flow.ts';
import { composePages } from './compose-pages.ts';
import type { DisplayList } from './display-list.ts';
import type { FlowLine } from './flow.ts';
import type { FontMetrics } from './font-metrics.ts';
import { pdfLabels } from './labels.ts';
import { noteLines } from './note-flow.ts';
import { DEFAULT_LAYOUT_OPTIONS, PAPER_SIZES, typeScale, type PdfLayoutOptions } from './page-setup.ts';
import { paginate } from './paginate.ts';
import { StructureBuilder } from './structure.ts';
import { TextMeasurer } from './text-measurer.ts';

export type PdfLayoutSettings = Partial<Omit<PdfLayoutOptions, 'margins'>> & { margins?: Partial<PdfLayoutOptions['margins']> };

export function layoutOptions(settings: PdfLayoutSettings = {}): PdfLayoutOptions {
  return { ...DEFAULT_LAYOUT_OPTIONS, ...settings, margins: { ...DEFAULT_LAYOUT_OPTIONS.margins, ...settings.margins } };
}

/**
 * The statement laid out on pages, ready to draw: dateline and title, the text justified and
 * hyphenated, notes at the foot of the page of their reference (or after the text), page
 * numbers; with the structure tree for tagging. Pure: the fonts come in as `metrics`.
 */
export function layoutStatement(doc: StatementDocument, metrics: FontMetrics, settings: PdfLayoutSettings = {}): DisplayList {
  const options = layoutOptions(settings);
  const paper = PAPER_SIZES[options.paper];
  const { margins } = options;
  const scale = typeScale(options.fontSize);
  const measurer = new TextMeasurer(metrics);
  const font = { ascent: metrics.ascent, descent: metrics.descent };
  const structure = new StructureBuilder();
  const root = structure.add('Document', null, { lang: doc.meta.language });
  const flow = new BlockFlow(measurer, font, scale, structure);
  const textWidth = paper.width - margins.left - margins.right;
  const textHeight = paper.height - margins.top - margins.bottom;
  const frame: Frame = { x: margins.left, width: textWidth, parent: root, size: scale.body.size, leading: scale.body.leading, gap: scale.paragraphGap };
  const noteFrame: Frame = { ...frame, size: scale.note.size, leading: scale.note.leading, gap: scale.noteGap };
  const labels = pdfLabels(doc.meta.language);

  const hasLetterhead = options.letterhead.length > 0;
  if (hasLetterhead) flow.letterhead(options.letterhead, frame);
  const headGap = hasLetterhead ? scale.body.leading * 1.2 : 0;
  if (doc.meta.dateline !== '') flow.dateline(doc.meta.dateline, frame, headGap);
  flow.title(doc.meta.title === '' ? labels.untitled : doc.meta.title, frame, doc.meta.dateline === '' ? headGap : scale.body.leading * 0.6);
  doc.blocks.forEach((block, i) => flow.block(block, frame, i === 0 ? scale.title.leading * 0.6 : frame.gap));

  const noteEnv = { structure, measurer, font, labelWidth: scale.noteLabelWidth };
  const notes = new Map<string, readonly FlowLine[]>();
  if (options.notes === 'endnotes' && doc.footnotes.length > 0) {
    const section = structure.add('Sect', root);
    flow.heading({ kind: 'heading', level: 1, runs: [{ kind: 'text', text: labels.notes, marks: [] }] }, { ...frame, parent: section }, scale.body.leading);
    const bodyNotes: Frame = { ...frame, size: scale.body.size * 0.92, leading: scale.body.leading * 0.92, parent: section };
    doc.footnotes.forEach((note, i) => {
      const lines = noteLines(note, flow, bodyNotes, section, noteEnv);
      lines[0]!.spaceBefore = i === 0 ? 0 : frame.gap;
      flow.lines.push(...lines);
    });
  } else {
    for (const note of doc.footnotes) notes.set(note.id, noteLines(note, flow, noteFrame, flow.referenceParents.get(note.id) ?? root, noteEnv));
  }

  const plans = paginate(flow.lines, notes, { height: textHeight, noteSeparator: scale.noteSeparator, noteGap: scale.noteGap, bodyReserve: scale.body.leading * 4 });
  const pages = composePages(
    plans,
    flow.lines,
    notes,
    {
      width: paper.width,
      height: paper.height,
      left: margins.left,
      top: margins.top,
      textWidth,
      textHeight,
      noteSeparator: scale.noteSeparator,
      noteGap: scale.noteGap,
      furnitureSize: scale.furniture.size,
      pageNumbers: options.pageNumbers,
      runningTitle: doc.meta.title,
    },
    measurer,
  );

  const referencePages = new Map<string, number>();
  const notePages = new Map<string, number>();
  plans.forEach((plan, index) => {
    for (let i = plan.bodyFrom; i < plan.bodyTo; i++) for (const id of flow.lines[i]!.noteIds) if (!referencePages.has(id)) referencePages.set(id, index + 1);
    for (const slice of plan.notes) if (slice.from === 0) notePages.set(slice.noteId, index + 1);
  });
  return { width: paper.width, height: paper.height, pages, structure: structure.nodes, notePages, referencePages };
}
