import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateBigStatement } from '../../bench/big-statement.ts';
import { renderExport } from '../../electron/services/exporting/index.ts';
import { launchChromium, makeTempDir, openStudio, RESULTS_DIR } from './harness.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** Each page's size in points, as pdf.js reads the PDF's page boxes. */
async function pdfPageSizes(bytes: Uint8Array): Promise<Array<[number, number]>> {
  const task = getDocument({ data: bytes.slice(), disableFontFace: true, verbosity: 0 });
  const pdf = await task.promise;
  const sizes: Array<[number, number]> = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const [x0, y0, x1, y1] = (await pdf.getPage(i)).view as [number, number, number, number];
    sizes.push([x1 - x0, y1 - y0]);
  }
  await task.destroy();
  return sizes;
}

/** One page of a PDF as grey pixels (pdftoppm, poppler-utils), for comparing two PDFs by eye and by number. */
function pageGrey(pdfPath: string, page: number, pngName: string): Grey {
  const base = join(RESULTS_DIR, pngName);
  execFileSync('pdftoppm', ['-f', String(page), '-l', String(page), '-r', '50', '-png', '-singlefile', pdfPath, base]);
  execFileSync('pdftoppm', ['-f', String(page), '-l', String(page), '-r', '50', '-gray', '-singlefile', pdfPath, `${base}-grey`]);
  const pgm = readFileSync(`${base}-grey.pgm`);
  // Binary PGM: "P5\n<width> <height>\n<max>\n" then one byte a pixel.
  const header = pgm.subarray(0, 40).toString('latin1').match(/^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/)!;
  return { width: Number(header[1]), height: Number(header[2]), pixels: pgm.subarray(header[0].length) };
}

type Grey = { width: number; height: number; pixels: Uint8Array };

/** How much two page pictures differ, cell by cell, as a share of the first one's ink. */
function cellDifference(a: Grey, b: Grey): number {
  const cellsA = inkCells(a);
  const cellsB = inkCells(b);
  let difference = 0;
  let ink = 0;
  cellsA.forEach((value, i) => {
    difference += Math.abs(value - (cellsB[i] ?? 0));
    ink += value;
  });
  return difference / ink;
}

/** The mean ink (255 - grey) of each 8×8 cell of a page picture. */
function inkCells({ width, height, pixels }: Grey): number[] {
  const cells: number[] = [];
  for (let y = 0; y + 8 <= height; y += 8) {
    for (let x = 0; x + 8 <= width; x += 8) {
      let sum = 0;
      for (let dy = 0; dy < 8; dy++) for (let dx = 0; dx < 8; dx++) sum += 255 - pixels[(y + dy) * width + x + dx]!;
      cells.push(sum / 64);
    }
  }
  return cells;
}

const close = (a: number, b: number, tolerance: number) => Math.abs(a - b) <= tolerance;

describe('printing', () => {
  it('File > Print draws the PDF layout into the print view, one sheet per PDF page of the same size', async () => {
    const dir = await makeTempDir();
    const statement = generateBigStatement(14, 9, 4);
    statement.meta.title = 'Printing a long statement';
    const file = join(dir, 'long.statement');
    await writeFile(file, JSON.stringify(statement));
    // What the export writes for the same statement: the reference the print must match.
    const exported = await renderExport(statement, { format: 'pdf', paper: 'a4', notes: 'footnotes', pdfa: false, letterhead: false });
    const exportedSizes = await pdfPageSizes(exported.bytes);
    expect(exportedSizes.length).toBeGreaterThan(1);

    const studio = await openStudio(browser);
    try {
      studio.dialogs.openPaths.push(file);
      await studio.emit('command', { id: 'file.open' });
      await expect.poll(() => studio.page.getByLabel('Title').inputValue()).toBe('Printing a long statement');
      await studio.emit('command', { id: 'file.print' });
      await expect.poll(() => studio.printViews.length, { timeout: 30_000 }).toBe(1);
      const view = studio.printViews[0]!;
      await view.locator('html[data-print-pages]').waitFor({ timeout: 60_000 });

      // The view: one image per PDF page, each the PDF page's size (pt at 96 px per inch).
      const images = await view.locator('img.print-page').evaluateAll((imgs) =>
        imgs.map((img) => ({ width: img.getBoundingClientRect().width, height: img.getBoundingClientRect().height, natural: (img as HTMLImageElement).naturalWidth })),
      );
      expect(images).toHaveLength(exportedSizes.length);
      images.forEach((image, i) => {
        const [w, h] = exportedSizes[i]!;
        expect(close(image.width, (w * 96) / 72, 0.5) && close(image.height, (h * 96) / 72, 0.5), `page ${i + 1}`).toBe(true);
        // Drawn at print resolution (300 dpi), not at the screen's.
        expect(close(image.natural, (w * 300) / 72, 1)).toBe(true);
      });
      await view.screenshot({ path: join(RESULTS_DIR, 'print-view.png') });

      // Chromium's own printing of the view (as the print dialog does): same pages, same size.
      const printed = new Uint8Array(await view.pdf({ preferCSSPageSize: true, printBackground: true }));
      const printedSizes = await pdfPageSizes(printed);
      expect(printedSizes).toHaveLength(exportedSizes.length);
      printedSizes.forEach(([w, h], i) => {
        const [ew, eh] = exportedSizes[i]!;
        expect(close(w, ew, 1) && close(h, eh, 1), `printed page ${i + 1}: ${w}×${h} pt, PDF ${ew}×${eh} pt`).toBe(true);
      });

      // Page 2 of the export and of the print, side by side as pictures (test-results/print-*.png), and nearly equal pixel for pixel.
      const exportedPath = join(dir, 'exported.pdf');
      const printedPath = join(dir, 'printed.pdf');
      await writeFile(exportedPath, exported.bytes);
      await writeFile(printedPath, printed);
      const a = pageGrey(exportedPath, 2, 'print-page2-exported');
      const b = pageGrey(printedPath, 2, 'print-page2-printed');
      expect([b.width, b.height]).toEqual([a.width, a.height]);
      // Compared in 8×8-pixel cells (the same text in the same place, whatever the anti-aliasing of the
      // 300 dpi image): far closer to each other than to the next page of the print.
      const same = cellDifference(a, b);
      const otherPage = cellDifference(a, pageGrey(printedPath, 3, 'print-page3-printed'));
      console.info(`[print] page 2 differs from its export by ${same.toFixed(3)}, from page 3 by ${otherPage.toFixed(3)}`);
      expect(same).toBeLessThan(0.25);
      expect(same * 3).toBeLessThan(otherPage);
      await studio.screenshot('print-window');
    } finally {
      await studio.close();
    }
  });
});
