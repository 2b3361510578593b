import { describe, expect, it } from 'vitest';
import { toDocument } from '../../../core/document/to-document.ts';
import type { GlyphRun, DisplayList } from '../../../core/export/pdf/display-list.ts';
import { layoutStatement } from '../../../core/export/pdf/layout-statement.ts';
import { newIndividualSignatory, newOrganisationSignatory } from '../../../core/signatories/signatory.ts';
import { h, note, p, text } from '../document/helpers.ts';
import { statementOf } from '../document/helpers.ts';
import { fakeMetrics } from './fake-metrics.ts';

const filler = (n: number) => Array.from({ length: n }, (_, i) => ['independent', 'investigation', 'international', 'obligations', 'of', 'the', 'state'][i % 7]).join(' ');

function statementWithSigners() {
  const blocks = [];
  // Headings often, paragraphs of many lengths: some heading is bound to fall near a page's foot.
  for (let i = 0; i < 80; i++) {
    if (i % 2 === 0) blocks.push(h('h2', text(`Heading number ${i / 2 + 1}`)));
    blocks.push(p(text(filler(20 + (i % 7) * 13)), note(p(text(filler(10 + (i % 3) * 30))))));
  }
  const statement = statementOf(blocks, { title: 'Signatories at scale' });
  statement.signatories = Array.from({ length: 120 }, (_, i) =>
    i % 3 === 0
      ? newOrganisationSignatory(`o${i}`, { status: 'confirmed', fullName: `Committee for the Protection of Independent Journalists and Human Rights Defenders in Exile number ${i}${i % 6 === 0 ? ' and of their families'.repeat(14) : ''}`, abbreviation: `CPIJ${i}` })
      : newIndividualSignatory(`i${i}`, { status: 'confirmed', givenName: 'Reyimberdy', familyName: `Kurbanovskiyevich${i}`, role: 'researcher on international obligations and independent investigations' }),
  );
  return statement;
}

const runsOf = (list: DisplayList, page: number) => list.pages[page]!.items.filter((i): i is GlyphRun => i.kind === 'text');

describe('a statement laid out with measured fonts (a fake here)', () => {
  const doc = toDocument(statementWithSigners());
  const list = layoutStatement(doc, fakeMetrics);
  const roleOf = (struct: number | null) => (struct === null ? null : list.structure[struct]!.role);
  const pagesOf = new Map<number, Set<number>>();
  list.pages.forEach((page, p) => {
    for (const item of page.items) if (item.kind === 'text' && item.struct !== null) (pagesOf.get(item.struct) ?? pagesOf.set(item.struct, new Set()).get(item.struct)!).add(p);
  });
  const signatorySection = list.structure.find((n) => n.role === 'Sect')!;
  const signatoryEntries = list.structure.filter((n) => n.parent === signatorySection.id);

  it('spans pages, and each note is on the page of its reference', () => {
    expect(list.pages.length).toBeGreaterThan(8);
    for (const fn of doc.footnotes) expect(list.notePages.get(fn.id)).toBe(list.referencePages.get(fn.id));
  });

  it('never splits a signatory entry, however many lines it runs to', () => {
    expect(signatoryEntries.length).toBeGreaterThanOrEqual(120);
    const wrapped = signatoryEntries.filter((e) => list.pages.flatMap((_, p) => runsOf(list, p)).filter((r) => r.struct === e.id).map((r) => r.baseline).filter((b, i, all) => all.indexOf(b) === i).length > 1);
    expect(wrapped.length).toBeGreaterThan(10);
    // Some entries run to four lines and more: only the rule, not the widow and orphan rules, keeps them whole.
    expect(signatoryEntries.some((e) => list.pages.flatMap((_, p) => runsOf(list, p)).filter((r) => r.struct === e.id).length >= 4)).toBe(true);
    for (const entry of signatoryEntries) expect(pagesOf.get(entry.id)?.size, `entry ${entry.id}`).toBe(1);
  });

  it('hyphenates body text but never headings, the title or signatory lines', () => {
    const all = list.pages.flatMap((_, p) => runsOf(list, p));
    expect(all.some((r) => roleOf(r.struct) === 'P' && r.text.endsWith('-') && list.structure[r.struct!]!.parent !== signatorySection.id)).toBe(true);
    for (const r of all) {
      const role = roleOf(r.struct);
      const inSignatories = r.struct !== null && list.structure[r.struct]!.parent === signatorySection.id;
      if (role === 'H1' || role === 'H3' || inSignatories) expect(r.text, r.text).not.toMatch(/[a-z]-$/);
    }
  });

  it('keeps each heading with the first lines of what follows it', () => {
    list.pages.forEach((_, p) => {
      const body = runsOf(list, p).filter((r) => r.struct !== null && roleOf(r.struct) !== 'Note' && list.structure[list.structure[r.struct]!.parent ?? 0]?.role !== 'Note' && r.size >= 11);
      const lastLine = Math.max(...body.map((r) => r.baseline));
      for (const r of body.filter((x) => x.baseline === lastLine)) expect(roleOf(r.struct), `page ${p + 1}`).not.toMatch(/^H/);
    });
  });

  it('numbers the pages "n / N"', () => {
    list.pages.forEach((_, p) => expect(runsOf(list, p).some((r) => r.struct === null && r.text === `${p + 1} / ${list.pages.length}`)).toBe(true));
  });
});
