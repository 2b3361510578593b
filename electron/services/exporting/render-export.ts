import { toDocument } from '../../../core/document/to-document.ts';
import type { ExportOptions } from '../../../core/export/export-request.ts';
import { toHtmlDocument } from '../../../core/export/html/html-document.ts';
import { toHtmlFragment } from '../../../core/export/html/fragment.ts';
import { confirmedOrganisationNames, letterheadLines } from './author.ts';
import type { Statement } from '../../../core/statement/schema.ts';
import { exportPdfWithLayout } from '../export/pdf/export-pdf.ts';

export type RenderedExport = { bytes: Uint8Array; pages: number | null };

/**
 * A statement in one export format, as bytes to write: the one place the dialog's worker
 * and the command line turn a statement into a PDF or HTML. Node only (the PDF needs
 * pdfkit and the font files); runs off the window's and the main process's threads.
 */
export async function renderExport(statement: Statement, options: ExportOptions, settings: { fontDirectory?: string; creationDate?: Date } = {}): Promise<RenderedExport> {
  const doc = toDocument(statement);
  if (options.format === 'pdf') {
    const author = confirmedOrganisationNames(statement);
    const { bytes, layout } = await exportPdfWithLayout(doc, {
      paper: options.paper,
      notes: options.notes,
      pdfa: options.pdfa,
      letterhead: options.letterhead ? letterheadLines(statement) : [],
      ...(author !== '' ? { author } : {}),
      ...(settings.fontDirectory !== undefined ? { fontDirectory: settings.fontDirectory } : {}),
      ...(settings.creationDate !== undefined ? { creationDate: settings.creationDate } : {}),
    });
    return { bytes, pages: layout.pages.length };
  }
  const html = options.format === 'html' ? toHtmlDocument(doc, { paper: options.paper === 'letter' ? 'Letter' : 'A4' }) : toHtmlFragment(doc);
  return { bytes: new TextEncoder().encode(html), pages: null };
}
