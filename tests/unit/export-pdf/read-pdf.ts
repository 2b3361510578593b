import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';

export async function openPdf(bytes: Uint8Array): Promise<PDFDocumentProxy> {
  // pdf.js takes ownership of the buffer it is given: hand it a copy.
  return getDocument({ data: bytes.slice(), disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
}

/** The text of each page as pdf.js extracts it, white space folded. */
export async function pageTexts(pdf: PDFDocumentProxy): Promise<string[]> {
  const texts: string[] = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const content = await (await pdf.getPage(i)).getTextContent();
    texts.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? ' ' : '') : '')).join('').replace(/\s+/g, ' '));
  }
  return texts;
}

/** A PDF written to a fresh temporary file, for the command-line tools. */
export function tempPdf(bytes: Uint8Array, name = 'statement.pdf'): string {
  const file = join(mkdtempSync(join(tmpdir(), 'pdf-export-')), name);
  writeFileSync(file, bytes);
  return file;
}

/** `pdffonts` rows: name, type, embedded, subset. */
export function pdfFonts(file: string): Array<{ name: string; type: string; embedded: boolean; subset: boolean }> {
  const lines = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter((l) => l.trim() !== '');
  return lines.map((line) => {
    const cells = line.trim().split(/\s+/);
    // name type... encoding emb sub uni object ID: the last six cells are fixed.
    const [emb, sub] = cells.slice(-5, -3);
    return { name: cells[0]!, type: cells.slice(1, -6).join(' '), embedded: emb === 'yes', subset: sub === 'yes' };
  });
}
