import { execFileSync, spawnSync } from 'node:child_process';
import { create, type Font } from 'fontkit';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { toDocument } from '../../../core/document/to-document.ts';
import { exportPdf, exportPdfWithLayout, type PdfExportResult } from '../../../electron/services/export/pdf/export-pdf.ts';
import { fontFilePath } from '../../../electron/services/export/pdf/font-files.ts';
import { FONT_FACES } from '../../../core/export/pdf/font-metrics.ts';
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { COVERAGE, coverageStatement, manyNotesStatement, sampleStatement } from './statements.ts';
import { openPdf, pageTexts, pdfFonts, tempPdf } from './read-pdf.ts';

type StructNode = { role?: string; lang?: string; alt?: string; children?: StructNode[] };
function roles(node: StructNode | null, out: string[] = []): string[] {
  if (node === null) return out;
  if (node.role !== undefined) out.push(node.role);
  for (const child of node.children ?? []) roles(child, out);
  return out;
}

/** Page index (0-based) of a named destination. */
async function destinationPage(pdf: PDFDocumentProxy, name: string): Promise<number> {
  const dest = await pdf.getDestination(name);
  expect(dest, name).not.toBeNull();
  return pdf.getPageIndex(dest![0] as { num: number; gen: number });
}

describe('PDF export of a statement with many notes', () => {
  let result: PdfExportResult;
  let pdf: PDFDocumentProxy;
  let texts: string[];
  const doc = toDocument(manyNotesStatement());

  beforeAll(async () => {
    result = await exportPdfWithLayout(doc, { creationDate: new Date('2024-06-26T00:00:00Z') });
    pdf = await openPdf(result.bytes);
    texts = await pageTexts(pdf);
  }, 30_000);

  it('has several pages numbered "n / N"', () => {
    expect(pdf.numPages).toBeGreaterThan(5);
    expect(pdf.numPages).toBe(result.layout.pages.length);
    texts.forEach((t, i) => expect(t).toContain(`${i + 1} / ${pdf.numPages}`));
  });

  it('prints every note on the page of its reference, found by its text', () => {
    expect(doc.footnotes.length).toBeGreaterThan(100);
    for (const note of doc.footnotes) {
      const refPage = result.layout.referencePages.get(note.id);
      expect(refPage, note.id).toBeDefined();
      expect(result.layout.notePages.get(note.id), note.id).toBe(refPage);
      expect(texts[refPage! - 1], `note ${note.number}`).toContain(`Source ${note.number} says`);
    }
  });

  it('continues a note longer than a page on the next page, and ends every note', () => {
    const starts = texts.flatMap((t, i) => (t.includes('Source 9 says') ? [i + 1] : []));
    const ends = texts.flatMap((t, i) => (t.includes('End of source 9.') ? [i + 1] : []));
    expect(starts).toEqual([result.layout.notePages.get('fn-9')]);
    expect(ends).toHaveLength(1);
    expect(ends[0]).toBeGreaterThan(starts[0]!);
    for (const note of doc.footnotes) expect(texts.join(' ')).toContain(`End of source ${note.number}.`);
  });

  it('links each reference to its note and each note back, on the right pages', async () => {
    let references = 0;
    let backLinks = 0;
    for (let i = 1; i <= pdf.numPages; i++) {
      const annotations = (await (await pdf.getPage(i)).getAnnotations()) as Array<{ subtype: string; dest?: string | null; url?: string }>;
      for (const a of annotations.filter((x) => x.subtype === 'Link' && typeof x.dest === 'string')) {
        if (a.dest!.startsWith('note-')) {
          references++;
          expect(await destinationPage(pdf, a.dest!), a.dest!).toBe(i - 1);
        } else if (a.dest!.startsWith('ref-')) {
          backLinks++;
          expect(await destinationPage(pdf, a.dest!), a.dest!).toBe(i - 1);
        }
      }
    }
    expect(references).toBe(doc.footnotes.length);
    expect(backLinks).toBe(doc.footnotes.length);
  });

  it('passes qpdf --check without errors or warnings', () => {
    const file = tempPdf(result.bytes);
    const check = spawnSync('qpdf', ['--check', file], { encoding: 'utf8' });
    expect(check.stdout + check.stderr).toContain('No syntax or stream encoding errors');
    expect(check.status).toBe(0);
  });
});

describe('PDF export of a sample statement', () => {
  let bytes: Uint8Array;
  let pdf: PDFDocumentProxy;

  beforeAll(async () => {
    bytes = await exportPdf(toDocument(sampleStatement()), { author: 'AHRCA, IPHR', subject: 'Death in custody in Turkmenistan', keywords: ['Turkmenistan', 'torture'], creationDate: new Date('2023-12-20T00:00:00Z') });
    pdf = await openPdf(bytes);
  }, 30_000);

  it('reads as the statement: dateline, title, text, list, notes, signatories', async () => {
    const text = (await pageTexts(pdf)).join(' ');
    for (const expected of ['Vienna, Warsaw, 20 December 2023', 'Turkmenistan: a prisoner died in custody of the security service', 'Allamurat HUDAYRAMOV', 'Farhat MEYMANKULYYEV (1992)', 'Власти Туркменистана должны', 'TKM/CO/3, paragraphs 12 to 15', 'Association for Human Rights in Central Asia', 'Reyimberdy KURBANOV']) {
      expect(text).toContain(expected);
    }
  });

  it('embeds and subsets every font', () => {
    const fonts = pdfFonts(tempPdf(bytes));
    expect(fonts.length).toBeGreaterThanOrEqual(2);
    for (const font of fonts) {
      expect(font.name).toMatch(/^[A-Z]{6}\+NotoSerif/);
      expect(font.embedded).toBe(true);
      expect(font.subset).toBe(true);
    }
  });

  it('makes web links clickable', async () => {
    const urls: string[] = [];
    for (let i = 1; i <= pdf.numPages; i++) {
      for (const a of (await (await pdf.getPage(i)).getAnnotations()) as Array<{ subtype: string; url?: string }>) if (a.url !== undefined) urls.push(a.url);
    }
    expect(urls).toContain('https://turkmen.news/');
  });

  it('sets title, author, subject, keywords and language', async () => {
    const { info } = (await pdf.getMetadata()) as { info: Record<string, unknown> };
    expect(info['Title']).toBe('Turkmenistan: a prisoner died in custody of the security service');
    expect(info['Author']).toBe('AHRCA, IPHR');
    expect(info['Subject']).toBe('Death in custody in Turkmenistan');
    expect(info['Keywords']).toBe('Turkmenistan, torture');
    expect(info['Language']).toBe('en');
  });

  it('is tagged: a structure tree of headings, paragraphs, lists, links and notes, with lang on a Russian passage', async () => {
    const all: string[] = [];
    let russian = false;
    const visit = (node: StructNode | null) => {
      if (node === null) return;
      if (node.lang === 'ru') russian = true;
      node.children?.forEach(visit);
    };
    for (let i = 1; i <= pdf.numPages; i++) {
      const tree = (await (await pdf.getPage(i)).getStructTree()) as StructNode | null;
      roles(tree, all);
      visit(tree);
    }
    // The title is the one H1; the writer's h2 headings sit under it as H3.
    for (const role of ['Document', 'H1', 'H3', 'P', 'L', 'LI', 'Lbl', 'LBody', 'Link', 'Note']) expect(all, role).toContain(role);
    expect(russian).toBe(true);
    const markInfo = (await pdf.getMarkInfo()) as Map<string, unknown> | Record<string, unknown> | null;
    expect(markInfo instanceof Map ? markInfo.get('Marked') : markInfo?.['Marked']).toBe(true);
  });

  it('passes qpdf --check', () => {
    const check = spawnSync('qpdf', ['--check', tempPdf(bytes)], { encoding: 'utf8' });
    expect(check.status, check.stdout + check.stderr).toBe(0);
  });

  it('is the same bytes when exported twice with a fixed date', async () => {
    const again = await exportPdf(toDocument(sampleStatement()), { author: 'AHRCA, IPHR', subject: 'Death in custody in Turkmenistan', keywords: ['Turkmenistan', 'torture'], creationDate: new Date('2023-12-20T00:00:00Z') });
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
  });
});

describe('PDF export options', () => {
  it('writes PDF/A-2b identification and an output intent when asked', async () => {
    const bytes = await exportPdf(toDocument(sampleStatement()), { pdfa: true });
    const raw = Buffer.from(bytes).toString('latin1');
    expect(raw).toMatch(/pdfaid:part>2</);
    expect(raw).toMatch(/pdfaid:conformance>B</);
    expect(raw).toContain('/OutputIntents');
    const check = spawnSync('qpdf', ['--check', tempPdf(bytes)], { encoding: 'utf8' });
    expect(check.status, check.stdout + check.stderr).toBe(0);
  });

  it('prints Letter pages and, in endnotes mode, all notes after the text under "Notes"', async () => {
    const doc = toDocument(sampleStatement());
    const { bytes, layout } = await exportPdfWithLayout(doc, { paper: 'letter', notes: 'endnotes' });
    const pdf = await openPdf(bytes);
    const page = await pdf.getPage(1);
    expect(page.view.slice(2)).toEqual([612, 792]);
    const texts = await pageTexts(pdf);
    const whole = texts.join(' ');
    const notesAt = whole.lastIndexOf('Notes');
    expect(notesAt).toBeGreaterThan(whole.indexOf('Reyimberdy KURBANOV'));
    expect(whole.indexOf('TKM/CO/3')).toBeGreaterThan(notesAt);
    // Every reference still jumps to its note.
    for (const note of doc.footnotes) expect(await destinationPage(pdf, `note-${note.id}`)).toBe(layout.pages.length - 1);
  });
});

describe('letters of the region', () => {
  const fonts: Font[] = FONT_FACES.map((face) => create(readFileSync(fontFilePath(face))) as Font);

  it('has a real glyph for every letter in every face', () => {
    for (const [alphabet, letters] of Object.entries(COVERAGE)) {
      for (const letter of letters) {
        const code = letter.codePointAt(0)!;
        fonts.forEach((font, f) => {
          expect(font.hasGlyphForCodePoint(code), `${alphabet} ${letter} U+${code.toString(16)} in ${FONT_FACES[f]}`).toBe(true);
          expect(font.glyphForCodePoint(code).id, `${letter} is not .notdef`).not.toBe(0);
        });
      }
    }
  });

  it('prints every letter and reads each back from the PDF text', async () => {
    const bytes = await exportPdf(toDocument(coverageStatement()));
    const text = (await pageTexts(await openPdf(bytes))).join(' ');
    for (const letters of Object.values(COVERAGE)) for (const letter of letters) expect(text, letter).toContain(letter);
    expect(text).toContain('Oʻzbekiston');
    expect(text).toContain('Türkmenistanyň');
    expect(text).toContain('Тоҷикистон');
    // Nothing fell back to .notdef: pdffonts lists only the embedded Noto Serif faces.
    for (const font of pdfFonts(tempPdf(bytes))) expect(font.name).toMatch(/NotoSerif/);
    expect(execFileSync('pdftotext', [tempPdf(bytes), '-'], { encoding: 'utf8' })).toContain('Қазақстан');
  });
});
