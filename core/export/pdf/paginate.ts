import type { FlowLine } from './flow.ts';

/** Lines [from, to) of a note placed on a page. */
export type NoteSlice = { noteId: string; from: number; to: number };

/** A page's share: body lines [bodyFrom, bodyTo) and the note lines at its foot, in order. */
export type PagePlan = { bodyFrom: number; bodyTo: number; notes: NoteSlice[] };

export type PageGeometry = {
  /** Height of the text area (body and notes together). */
  height: number;
  /** Space between the body and the first note, the separator rule in it. */
  noteSeparator: number;
  /** Space between two notes. */
  noteGap: number;
  /** Height a note continued from the page before leaves to the body at least. */
  bodyReserve: number;
};

/** Heights of a note's lines, summed once so a slice's height is a subtraction. */
class NoteHeights {
  private readonly sums = new Map<string, number[]>();

  private readonly notes: ReadonlyMap<string, readonly FlowLine[]>;

  constructor(notes: ReadonlyMap<string, readonly FlowLine[]>) {
    this.notes = notes;
  }

  lines(id: string): readonly FlowLine[] {
    return this.notes.get(id) ?? [];
  }

  /** Height of lines [from, to): their leading and the gaps between the note's paragraphs. */
  height(id: string, from: number, to: number): number {
    let sums = this.sums.get(id);
    if (sums === undefined) {
      sums = [0];
      for (const line of this.lines(id)) sums.push(sums[sums.length - 1]! + line.spaceBefore + line.height);
      this.sums.set(id, sums);
    }
    if (to <= from) return 0;
    return sums[to]! - sums[from]! - this.lines(id)[from]!.spaceBefore;
  }

  /** How many lines from `from` fit in `room`. */
  fitting(id: string, from: number, room: number): number {
    const total = this.lines(id).length;
    let count = 0;
    while (from + count < total && this.height(id, from, from + count + 1) <= room + EPSILON) count++;
    return count;
  }
}

const EPSILON = 0.01;
const NO_NOTES: readonly string[] = [];

type Ending = { to: number; placed: number; extra: NoteSlice[]; carry: NoteSlice[] };

/**
 * Splits the text into pages line by line, each note at the foot of the page of its
 * reference: the line that references a note and the note's first line always share a page;
 * a note too long for what is left is continued at the foot of the next page, before that
 * page's own notes. A page ends only where its last line allows (no widows or orphans,
 * headings with what follows, signatory entries whole), unless nothing else would fit.
 */
export function paginate(body: readonly FlowLine[], notes: ReadonlyMap<string, readonly FlowLine[]>, page: PageGeometry): PagePlan[] {
  const heights = new NoteHeights(notes);
  // With endnotes the lines still name their notes, but nothing goes at the foot.
  const notesOf = (line: FlowLine): readonly string[] => (notes.size === 0 ? NO_NOTES : line.noteIds);
  const plans: PagePlan[] = [];
  let next = 0;
  let carry: NoteSlice[] = [];

  while (next < body.length || carry.length > 0) {
    const placed: NoteSlice[] = [];
    let notesHeight = 0;

    // Notes continued from the page before come first, leaving the body some room.
    const limit = next < body.length ? page.height - page.bodyReserve : page.height;
    let restCarry: NoteSlice[] = [];
    for (let c = 0; c < carry.length; c++) {
      const slice = carry[c]!;
      const gap = placed.length > 0 ? page.noteGap : 0;
      let count = heights.fitting(slice.noteId, slice.from, limit - page.noteSeparator - notesHeight - gap);
      // A page must take something, or the loop would never end.
      if (count === 0 && placed.length === 0) count = 1;
      if (count > 0) {
        placed.push({ noteId: slice.noteId, from: slice.from, to: slice.from + count });
        notesHeight += gap + heights.height(slice.noteId, slice.from, slice.from + count);
      }
      if (slice.from + count < slice.to) {
        restCarry = [{ noteId: slice.noteId, from: slice.from + count, to: slice.to }, ...carry.slice(c + 1)];
        break;
      }
    }
    // While a note still runs on, this page cannot start new notes: they would come before its end.
    const blocked = restCarry.length > 0;

    let bodyHeight = 0;
    let ending: Ending | null = null;
    let j = next;
    for (; j < body.length; j++) {
      const line = body[j]!;
      const gap = j === next ? 0 : line.spaceBefore;
      const ids = notesOf(line);
      if (blocked && ids.length > 0) break;
      let added = 0;
      let count = placed.length;
      for (const id of ids) {
        added += (count > 0 ? page.noteGap : 0) + heights.height(id, 0, heights.lines(id).length);
        count++;
      }
      const separator = count > 0 ? page.noteSeparator : 0;
      if (bodyHeight + gap + line.height + separator + notesHeight + added <= page.height + EPSILON) {
        bodyHeight += gap + line.height;
        for (const id of ids) placed.push({ noteId: id, from: 0, to: heights.lines(id).length });
        notesHeight += added;
        if (line.breakAfter || j === body.length - 1) ending = { to: j + 1, placed: placed.length, extra: [], carry: restCarry };
        continue;
      }
      // The line's notes do not all fit: end the page on this line with its last note begun.
      if (ids.length > 0 && (line.breakAfter || j === body.length - 1)) {
        const split = splitLastNote(ids, heights, page, bodyHeight + gap + line.height, notesHeight, placed.length);
        if (split !== null) ending = { to: j + 1, placed: placed.length, extra: split.placed, carry: [...restCarry, split.rest] };
      }
      break;
    }

    if (ending === null) {
      if (j > next) {
        // Nothing allowed a break (a block taller than the page): break where the page is full.
        ending = { to: j, placed: placed.length, extra: [], carry: restCarry };
      } else if (next < body.length && !(blocked && notesOf(body[next]!).length > 0)) {
        // Not even the first line fits with its notes: set it with the first line of each.
        const extra: NoteSlice[] = [];
        const rest: NoteSlice[] = [];
        for (const id of notesOf(body[next]!)) {
          const total = heights.lines(id).length;
          extra.push({ noteId: id, from: 0, to: Math.min(1, total) });
          if (total > 1) rest.push({ noteId: id, from: 1, to: total });
        }
        ending = { to: next + 1, placed: placed.length, extra, carry: [...restCarry, ...rest] };
      } else {
        ending = { to: next, placed: placed.length, extra: [], carry: restCarry };
      }
    }
    plans.push({ bodyFrom: next, bodyTo: ending.to, notes: [...placed.slice(0, ending.placed), ...ending.extra] });
    next = ending.to;
    carry = ending.carry;
  }
  return plans;
}

/** The line's other notes whole and as much of its last as fits, or null if not even its first line. */
function splitLastNote(ids: readonly string[], heights: NoteHeights, page: PageGeometry, bodyHeight: number, notesHeight: number, placedCount: number): { placed: NoteSlice[]; rest: NoteSlice } | null {
  const last = ids[ids.length - 1]!;
  const placed: NoteSlice[] = [];
  let used = notesHeight;
  let count = placedCount;
  for (const id of ids.slice(0, -1)) {
    const total = heights.lines(id).length;
    used += (count > 0 ? page.noteGap : 0) + heights.height(id, 0, total);
    placed.push({ noteId: id, from: 0, to: total });
    count++;
  }
  const room = page.height - bodyHeight - page.noteSeparator - used - (count > 0 ? page.noteGap : 0);
  const total = heights.lines(last).length;
  const fit = heights.fitting(last, 0, room);
  if (fit === 0 || fit >= total) return null;
  placed.push({ noteId: last, from: 0, to: fit });
  return { placed, rest: { noteId: last, from: fit, to: total } };
}
