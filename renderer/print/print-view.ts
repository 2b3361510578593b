import { studio } from '../studio.ts';
import { drawPdfPages } from './draw-pdf-pages.ts';
import { setPrintPageSize } from './print-page-size.ts';
import './print.css';

/**
 * The page the hidden print window shows (electron/services/printing): the statement's
 * PDF, drawn page by page, each an image the size of its PDF page. It tells the main
 * process when every page is in place, and only then does the system print dialog open.
 */
async function showPrintJob(jobId: string): Promise<void> {
  const job = await studio.print.document({ jobId });
  if (!job.ok) return void (await studio.print.drawn({ jobId, pages: 0, problem: job.message }));
  try {
    document.title = job.value.title;
    const pages = await drawPdfPages(Uint8Array.from(atob(job.value.pdfBase64), (c) => c.charCodeAt(0)));
    const first = pages[0];
    if (!first) throw new Error('The PDF has no pages.');
    setPrintPageSize(printSheet(), first.widthPt, first.heightPt);
    const container = document.getElementById('pages')!;
    await Promise.all(pages.map((page) => {
      const image = document.createElement('img');
      image.className = 'print-page';
      image.alt = '';
      image.style.width = `${page.widthPt}pt`;
      image.style.height = `${page.heightPt}pt`;
      image.src = URL.createObjectURL(page.image);
      container.append(image);
      return image.decode();
    }));
    document.documentElement.dataset['printPages'] = String(pages.length);
    await studio.print.drawn({ jobId, pages: pages.length });
  } catch (error) {
    await studio.print.drawn({ jobId, pages: 0, problem: error instanceof Error ? error.message : String(error) });
  }
}

/** The view's own stylesheet (print.css), where the page size rule is added. */
function printSheet(): CSSStyleSheet {
  const sheet = [...document.styleSheets].find((s) => s.href !== null) ?? document.styleSheets[0];
  if (!sheet) throw new Error('The print view has no stylesheet.');
  return sheet;
}

const jobId = location.hash.slice(1);
if (/^[a-f0-9-]{36}$/.test(jobId)) void showPrintJob(jobId);
