import type { Footnote } from '../../document/model.ts';
import type { BlockFlow, Frame } from './block-flow.ts';
import { BLACK } from './display-list.ts';
import type { FlowLine } from './flow.ts';
import { noteDestination, referenceDestination } from './line-items.ts';
import { baselineOffset, type FontBox } from './paragraph-lines.ts';
import type { StructureBuilder } from './structure.ts';
import type { TextMeasurer } from './text-measurer.ts';

/**
 * A note as flow lines: its body set in the note's measure after a hanging label, the label a
 * link back to the reference, and the note's destination on its first line. `parent` is the
 * element the Note goes under (the paragraph that references it, or the endnotes' section).
 */
export function noteLines(note: Footnote, flow: BlockFlow, frame: Frame, parent: number, env: { structure: StructureBuilder; measurer: TextMeasurer; font: FontBox; labelWidth: number }): FlowLine[] {
  const struct = env.structure.add('Note', parent);
  const label = env.structure.add('Link', struct, { alt: note.label });
  const bodyFrame: Frame = { ...frame, x: frame.x + env.labelWidth, width: frame.width - env.labelWidth, parent: struct };
  const from = flow.lines.length;
  flow.blocks(note.blocks, bodyFrame);
  const lines = flow.lines.splice(from);
  if (lines.length === 0) lines.push({ height: frame.leading, spaceBefore: 0, breakAfter: true, noteIds: [], items: [] });
  const first = lines[0]!;
  first.spaceBefore = 0;
  const baseline = baselineOffset(frame.leading, frame.size, env.font);
  const text = note.label;
  const width = env.measurer.width(text, 'regular', frame.size);
  first.items.unshift(
    { kind: 'destination', name: noteDestination(note.id), x: frame.x, y: 0 },
    { kind: 'text', x: frame.x, baseline, text, face: 'regular', size: frame.size, color: BLACK, width, struct: label },
    { kind: 'goto', x: frame.x, y: 0, width: Math.max(width, frame.size), height: frame.leading, destination: referenceDestination(note.id), struct: label },
  );
  return lines;
}
