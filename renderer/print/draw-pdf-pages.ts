import { getDocument, GlobalWorkerOptions } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

GlobalWorkerOptions.workerSrc = workerUrl;

/** One page of the PDF drawn as an image: its size in points and the picture at print resolution. */
export type DrawnPage = { widthPt: number; heightPt: number; image: Blob };

/** 300 dpi: what an office laser printer resolves; a PDF point is 1/72 inch. */
export const PRINT_DPI = 300;

/**
 * Draws each page of a PDF with pdf.js, in order, at print resolution. The fonts are the
 * PDF's own (embedded), so nothing is fetched.
 */
export async function drawPdfPages(pdfBytes: Uint8Array, dpi = PRINT_DPI): Promise<DrawnPage[]> {
  const loading = getDocument({ data: pdfBytes, useSystemFonts: false, verbosity: 0 });
  const pdf = await loading.promise;
  try {
    const pages: DrawnPage[] = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      const [x0, y0, x1, y1] = page.view as [number, number, number, number];
      const viewport = page.getViewport({ scale: dpi / 72 });
      const canvas = document.createElement('canvas');
      canvas.width = Math.ceil(viewport.width);
      canvas.height = Math.ceil(viewport.height);
      await page.render({ canvas, viewport, background: '#ffffff' }).promise;
      pages.push({ widthPt: x1 - x0, heightPt: y1 - y0, image: await canvasBlob(canvas) });
      // A page at 300 dpi holds 35 MB of pixels: let it go before drawing the next.
      canvas.width = 0;
      canvas.height = 0;
      page.cleanup();
    }
    return pages;
  } finally {
    await loading.destroy();
  }
}

function canvasBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('A page could not be drawn.'))), 'image/png'));
}
