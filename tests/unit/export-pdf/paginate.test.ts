import { describe, expect, it } from 'vitest';
import type { FlowLine } from '../../../core/export/pdf/flow.ts';
import { breakAllowedAfter } from '../../../core/export/pdf/paragraph-lines.ts';
import { paginate, type PagePlan, type PageGeometry } from '../../../core/export/pdf/paginate.ts';

const LINE = 10;
const page: PageGeometry = { height: 100, noteSeparator: 6, noteGap: 1, bodyReserve: 30 };

type Spec = { lines: number; notes?: Record<number, string[]>; keepTogether?: boolean; keepWithNext?: boolean; gap?: number };
/** Flow lines of blocks: `notes` maps a line of the block to the notes it references. */
function flow(...blocks: Spec[]): FlowLine[] {
  const out: FlowLine[] = [];
  for (const block of blocks) {
    for (let i = 0; i < block.lines; i++) {
      out.push({ height: LINE, spaceBefore: i === 0 ? (block.gap ?? 0) : 0, breakAfter: breakAllowedAfter(i, block.lines, block), noteIds: block.notes?.[i] ?? [], items: [] });
    }
  }
  return out;
}
const noteOf = (lines: number): FlowLine[] => Array.from({ length: lines }, () => ({ height: 8, spaceBefore: 0, breakAfter: true, noteIds: [], items: [] }));

function bodyHeight(body: FlowLine[], plan: PagePlan): number {
  let h = 0;
  for (let i = plan.bodyFrom; i < plan.bodyTo; i++) h += (i > plan.bodyFrom ? body[i]!.spaceBefore : 0) + body[i]!.height;
  return h;
}
function notesHeight(notes: Map<string, FlowLine[]>, plan: PagePlan): number {
  if (plan.notes.length === 0) return 0;
  return page.noteSeparator + plan.notes.reduce((sum, s, i) => sum + (i > 0 ? page.noteGap : 0) + (s.to - s.from) * notes.get(s.noteId)![0]!.height, 0);
}

/** What every pagination must hold, whatever the text. */
function checkInvariants(body: FlowLine[], notes: Map<string, FlowLine[]>, plans: PagePlan[]): void {
  expect(plans[0]!.bodyFrom).toBe(0);
  expect(plans[plans.length - 1]!.bodyTo).toBe(body.length);
  plans.forEach((plan, p) => {
    if (p > 0) expect(plan.bodyFrom).toBe(plans[p - 1]!.bodyTo);
    expect(bodyHeight(body, plan) + notesHeight(notes, plan)).toBeLessThanOrEqual(page.height + 0.01);
  });
  // Each note starts on the page of its reference, and its lines are all placed once, in order.
  for (const [id, lines] of notes) {
    const refPage = plans.findIndex((plan) => body.slice(plan.bodyFrom, plan.bodyTo).some((line) => line.noteIds.includes(id)));
    const slices = plans.flatMap((plan, p) => plan.notes.filter((s) => s.noteId === id).map((s) => ({ ...s, page: p })));
    expect(slices[0]).toMatchObject({ from: 0, page: refPage });
    let next = 0;
    let lastPage = refPage - 1;
    for (const slice of slices) {
      expect(slice.from).toBe(next);
      expect(slice.page).toBeGreaterThan(lastPage);
      next = slice.to;
      lastPage = slice.page;
    }
    expect(next).toBe(lines.length);
  }
}

describe('pagination', () => {
  it('fills pages line by line and breaks between paragraphs', () => {
    const body = flow({ lines: 6 }, { lines: 6 }, { lines: 6 });
    const plans = paginate(body, new Map(), page);
    checkInvariants(body, new Map(), plans);
    expect(plans.map((p) => [p.bodyFrom, p.bodyTo])).toEqual([[0, 10], [10, 18]]);
  });

  it('leaves no orphan (one first line at the foot) and no widow (one last line at the head)', () => {
    // 9 lines, then a paragraph of 5: one line would fit at the foot, and is moved over.
    const orphan = flow({ lines: 9 }, { lines: 5 });
    expect(paginate(orphan, new Map(), page).map((p) => p.bodyTo)).toEqual([9, 14]);
    // 8 lines, then 3: two would fit, leaving one alone on the next page; the paragraph moves.
    const widow = flow({ lines: 8 }, { lines: 3 });
    expect(paginate(widow, new Map(), page).map((p) => p.bodyTo)).toEqual([8, 11]);
    // 7 lines, then 5: three fit and two follow.
    expect(paginate(flow({ lines: 7 }, { lines: 5 }), new Map(), page).map((p) => p.bodyTo)).toEqual([10, 12]);
  });

  it('keeps a heading with the first lines of what follows', () => {
    const body = flow({ lines: 8 }, { lines: 1, keepTogether: true, keepWithNext: true }, { lines: 4 });
    const plans = paginate(body, new Map(), page);
    expect(plans.map((p) => p.bodyTo)).toEqual([8, 13]);
  });

  it('never splits a signatory entry', () => {
    const entries = Array.from({ length: 12 }, () => ({ lines: 3, keepTogether: true }));
    const body = flow(...entries);
    const plans = paginate(body, new Map(), page);
    for (const plan of plans) expect(plan.bodyFrom % 3).toBe(0);
    expect(plans.map((p) => p.bodyTo)).toEqual([9, 18, 27, 36]);
  });

  it('puts each note at the foot of the page of its reference', () => {
    const notes = new Map([
      ['a', noteOf(2)],
      ['b', noteOf(1)],
      ['c', noteOf(3)],
    ]);
    const body = flow({ lines: 6, notes: { 1: ['a'] } }, { lines: 6, notes: { 3: ['b', 'c'] } }, { lines: 6 });
    const plans = paginate(body, notes, page);
    checkInvariants(body, notes, plans);
    expect(plans[0]!.notes.map((s) => s.noteId)).toEqual(['a']);
    // Lines 7..9 fit the body, but "c" after "b" does not: line 9 moves over with both notes.
    expect(plans[1]!.notes.map((s) => s.noteId)).toEqual(['b', 'c']);
  });

  it('continues a long note on the next page, before that page\'s own notes, its reference line and first line together', () => {
    const notes = new Map([
      ['long', noteOf(14)],
      ['next', noteOf(1)],
    ]);
    const body = flow({ lines: 6, notes: { 3: ['long'] } }, { lines: 10, notes: { 2: ['next'] } });
    const plans = paginate(body, notes, page);
    checkInvariants(body, notes, plans);
    // The page ends on the reference line: 40 pt of text, the rule, and six 8 pt note lines.
    expect(plans[0]).toEqual({ bodyFrom: 0, bodyTo: 4, notes: [{ noteId: 'long', from: 0, to: 6 }] });
    // Its other eight lines open the next page's notes, leaving the body three lines: the rest
    // of the paragraph, the next one's first line being no orphan.
    expect(plans[1]).toEqual({ bodyFrom: 4, bodyTo: 6, notes: [{ noteId: 'long', from: 6, to: 14 }] });
    expect(plans[2]!.notes).toEqual([{ noteId: 'next', from: 0, to: 1 }]);
  });

  it('keeps invariants over many random texts with many notes, some longer than a page', () => {
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
    for (let trial = 0; trial < 60; trial++) {
      const notes = new Map<string, FlowLine[]>();
      const blocks: Spec[] = [];
      for (let b = 0; b < 25; b++) {
        const lines = 1 + Math.floor(rand() * 8);
        const spec: Spec = { lines, gap: 3, notes: {} };
        if (rand() < 0.15) Object.assign(spec, { lines: 1, keepTogether: true, keepWithNext: true });
        for (let l = 0; l < spec.lines; l++) {
          if (rand() < 0.3) {
            const ids = Array.from({ length: rand() < 0.2 ? 2 : 1 }, () => `n${notes.size}-${Math.floor(rand() * 1e6)}`);
            for (const id of ids) notes.set(id, noteOf(rand() < 0.1 ? 15 : 1 + Math.floor(rand() * 4)));
            spec.notes![l] = ids;
          }
        }
        blocks.push(spec);
      }
      const body = flow(...blocks);
      checkInvariants(body, notes, paginate(body, notes, page));
    }
  });
});
