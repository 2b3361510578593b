import { GREY, type LaidOutPage, type PageItem } from './display-list.ts';
import type { FlowLine } from './flow.ts';
import type { PagePlan } from './paginate.ts';
import type { TextMeasurer } from './text-measurer.ts';

export type PageFrame = {
  width: number;
  height: number;
  left: number;
  top: number;
  textWidth: number;
  textHeight: number;
  noteSeparator: number;
  noteGap: number;
  /** Size of the page number and running title. */
  furnitureSize: number;
  pageNumbers: boolean;
  /** Shown small at the head of every page after the first; '' for none. */
  runningTitle: string;
};

/** Moves `item` down by `dy`, in place: each flow line lands on exactly one page, once. */
function moveDown(item: PageItem, dy: number): PageItem {
  if (item.kind === 'text') item.baseline += dy;
  else item.y += dy;
  return item;
}

function placeLines(lines: readonly FlowLine[], from: number, to: number, y: number, out: PageItem[]): number {
  for (let i = from; i < to; i++) {
    const line = lines[i]!;
    if (i > from) y += line.spaceBefore;
    for (const item of line.items) out.push(moveDown(item, y));
    y += line.height;
  }
  return y;
}

/** The running title cut to the measure with an ellipsis: a long title must not run off the page. */
function fitted(text: string, width: number, size: number, measurer: TextMeasurer): string {
  if (measurer.width(text, 'italic', size) <= width) return text;
  let cut = text;
  while (cut.length > 1 && measurer.width(`${cut}…`, 'italic', size) > width) cut = cut.slice(0, Math.floor(cut.length * 0.9));
  return `${cut.trimEnd()}…`;
}

/**
 * Pages at absolute positions: body lines from the top of the text area, notes at its foot
 * under a short rule, the page number ("2 / 7") centred below and the running title above
 * (both artifacts, not part of the tagged text). Consumes the flow lines: their items move.
 */
export function composePages(plans: readonly PagePlan[], body: readonly FlowLine[], notes: ReadonlyMap<string, readonly FlowLine[]>, frame: PageFrame, measurer: TextMeasurer): LaidOutPage[] {
  const total = plans.length;
  const heading = frame.runningTitle === '' ? '' : fitted(frame.runningTitle, frame.textWidth, frame.furnitureSize, measurer);
  return plans.map((plan, index) => {
    const items: PageItem[] = [];
    placeLines(body, plan.bodyFrom, plan.bodyTo, frame.top, items);
    if (plan.notes.length > 0) {
      let height = frame.noteSeparator;
      plan.notes.forEach((slice, i) => {
        const lines = notes.get(slice.noteId)!;
        for (let l = slice.from; l < slice.to; l++) height += (l > slice.from ? lines[l]!.spaceBefore : 0) + lines[l]!.height;
        if (i > 0) height += frame.noteGap;
      });
      let y = frame.top + frame.textHeight - height;
      items.push({ kind: 'rule', x: frame.left, y: y + frame.noteSeparator * 0.45, width: frame.textWidth / 3, thickness: 0.5, color: GREY, struct: null });
      y += frame.noteSeparator;
      plan.notes.forEach((slice, i) => {
        if (i > 0) y += frame.noteGap;
        y = placeLines(notes.get(slice.noteId)!, slice.from, slice.to, y, items);
      });
    }
    const size = frame.furnitureSize;
    if (frame.pageNumbers) {
      const text = `${index + 1} / ${total}`;
      const width = measurer.width(text, 'regular', size);
      const baseline = frame.top + frame.textHeight + (frame.height - frame.top - frame.textHeight) / 2 + size * 0.3;
      items.push({ kind: 'text', x: frame.left + (frame.textWidth - width) / 2, baseline, text, face: 'regular', size, color: GREY, width, struct: null });
    }
    if (index > 0 && heading !== '') {
      const width = measurer.width(heading, 'italic', size);
      items.push({ kind: 'text', x: frame.left, baseline: frame.top / 2 + size * 0.3, text: heading, face: 'italic', size, color: GREY, width, struct: null });
    }
    return { number: index + 1, items };
  });
}
