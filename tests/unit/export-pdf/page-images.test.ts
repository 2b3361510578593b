import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toDocument } from '../../../core/document/to-document.ts';
import { exportPdf } from '../../../electron/services/export/pdf/export-pdf.ts';
import { tempPdf } from './read-pdf.ts';
import { sampleStatement } from './statements.ts';

/**
 * The sample statement's pages against reviewed references: rendered small and grey by
 * poppler, compared pixel by pixel within a tolerance that forgives anti-aliasing but not a
 * line moved or a paragraph reflowed. Larger PNGs go to test-results/export-pdf/ to look at.
 * `UPDATE_PDF_REFERENCES=1` rewrites the references after a change has been looked at.
 */
const REFERENCES = resolve(import.meta.dirname, '../../fixtures/export-pdf');
const OUT = resolve(import.meta.dirname, '../../../test-results/export-pdf');
const DPI = 20;
/** Mean difference per pixel, of 255: a shifted line of text costs several times this. */
const TOLERANCE = 1.5;

type Gray = { width: number; height: number; pixels: Uint8Array };

function readPgm(file: string): Gray {
  const bytes = readFileSync(file);
  const header = bytes.subarray(0, 64).toString('latin1').match(/^P5\s+(\d+)\s+(\d+)\s+255\s/);
  if (header === null) throw new Error(`${file} is not a binary PGM`);
  const width = Number(header[1]);
  const height = Number(header[2]);
  return { width, height, pixels: bytes.subarray(header[0].length, header[0].length + width * height) };
}

function meanDifference(a: Gray, b: Gray): number {
  let sum = 0;
  for (let i = 0; i < a.pixels.length; i++) sum += Math.abs(a.pixels[i]! - b.pixels[i]!);
  return sum / a.pixels.length;
}

function render(pdf: string, dir: string, prefix: string, options: string[]): string[] {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  execFileSync('pdftoppm', [...options, pdf, join(dir, prefix)]);
  return readdirSync(dir).filter((f) => f.startsWith(prefix)).sort().map((f) => join(dir, f));
}

describe('pages of the sample statement', () => {
  it('look as reviewed', async () => {
    const bytes = await exportPdf(toDocument(sampleStatement()), { creationDate: new Date('2023-12-20T00:00:00Z') });
    const pdf = tempPdf(bytes, 'sample.pdf');
    render(pdf, OUT, 'sample', ['-png', '-r', '60']);
    const pages = render(pdf, join(OUT, 'gray'), 'page', ['-gray', '-r', String(DPI)]);
    expect(pages.length).toBeGreaterThan(0);

    if (process.env['UPDATE_PDF_REFERENCES'] === '1') {
      rmSync(REFERENCES, { recursive: true, force: true });
      mkdirSync(REFERENCES, { recursive: true });
      pages.forEach((page, i) => writeFileSync(join(REFERENCES, `sample-${i + 1}.pgm`), readFileSync(page)));
    }
    const references = readdirSync(REFERENCES).filter((f) => f.endsWith('.pgm')).sort();
    expect(pages.length, 'page count').toBe(references.length);
    pages.forEach((page, i) => {
      const actual = readPgm(page);
      const expected = readPgm(join(REFERENCES, `sample-${i + 1}.pgm`));
      expect([actual.width, actual.height]).toEqual([expected.width, expected.height]);
      // The page is not blank: text darkens a share of it.
      expect(actual.pixels.some((p) => p < 128)).toBe(true);
      expect(meanDifference(actual, expected), `page ${i + 1}`).toBeLessThanOrEqual(TOLERANCE);
    });
  }, 30_000);

  it('tells a moved line from the reference (the comparison can fail)', () => {
    const reference = readPgm(join(REFERENCES, 'sample-1.pgm'));
    const shifted = { ...reference, pixels: new Uint8Array(reference.pixels.length).fill(255) };
    // The page moved down by three pixels at 20 dpi: about 11 pt, less than a line.
    shifted.pixels.set(reference.pixels.subarray(0, reference.pixels.length - 3 * reference.width), 3 * reference.width);
    expect(existsSync(join(REFERENCES, 'sample-1.pgm'))).toBe(true);
    expect(meanDifference(reference, shifted)).toBeGreaterThan(TOLERANCE);
  });
});
