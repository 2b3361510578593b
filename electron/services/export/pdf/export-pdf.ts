import PDFDocument from 'pdfkit';
import type { StatementDocument } from '../../../../core/document/model.ts';
import { FONT_FACES, type FontFace } from '../../../../core/export/pdf/font-metrics.ts';
import { layoutStatement, type PdfLayoutSettings } from '../../../../core/export/pdf/layout-statement.ts';
import type { DisplayList } from '../../../../core/export/pdf/display-list.ts';
import { drawDisplayList } from './draw-display-list.ts';
import { loadFonts } from './font-files.ts';
import { embeddedFonts } from './pdfkit-fonts.ts';
import { shapedFontMetrics } from './shaped-font-metrics.ts';
import type { TextFace } from './text-object.ts';
import { shaperFor } from './word-shaper.ts';

export type PdfExportOptions = PdfLayoutSettings & {
  /** PDF/A-2b for archiving (fonts are embedded either way). */
  pdfa?: boolean;
  /** Tagged for screen readers; on unless asked otherwise. */
  tagged?: boolean;
  /** The issuing organisations, for the document's Author. */
  author?: string;
  subject?: string;
  keywords?: readonly string[];
  /** Fixed in tests so two exports of one statement are the same bytes. */
  creationDate?: Date;
  /** Where the four TTF files are, when not in node_modules (a packaged app). */
  fontDirectory?: string;
};

export type PdfExportResult = { bytes: Uint8Array; layout: DisplayList };

const FACE_NAMES: Readonly<Record<FontFace, string>> = { regular: 'NotoSerif', bold: 'NotoSerif-Bold', italic: 'NotoSerif-Italic', boldItalic: 'NotoSerif-BoldItalic' };

/** The PDF of a statement, with its layout (page of each note, for checks and progress). */
export async function exportPdfWithLayout(doc: StatementDocument, options: PdfExportOptions = {}): Promise<PdfExportResult> {
  const fonts = await loadFonts(options.fontDirectory);
  const tagged = options.tagged !== false;
  const info: PDFKit.DocumentInfo = {
    Title: doc.meta.title,
    Creator: 'Statement Studio',
    Producer: 'Statement Studio (pdfkit)',
  };
  if (options.author !== undefined && options.author !== '') info.Author = options.author;
  if (options.subject !== undefined && options.subject !== '') info.Subject = options.subject;
  if (options.keywords !== undefined && options.keywords.length > 0) info.Keywords = options.keywords.join(', ');
  if (options.creationDate !== undefined) {
    info.CreationDate = options.creationDate;
    info.ModDate = options.creationDate;
  }
  const pdf = new PDFDocument({
    autoFirstPage: false,
    bufferPages: false,
    compress: true,
    pdfVersion: '1.7',
    tagged,
    lang: doc.meta.language,
    displayTitle: true,
    info,
    ...(options.pdfa === true ? { subset: 'PDF/A-2b' as const } : {}),
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Uint8Array>((resolve, reject) => {
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    pdf.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    pdf.on('error', reject);
  });
  // pdfkit takes a parsed fontkit font where its types say a file or bytes.
  for (const face of FONT_FACES) pdf.registerFont(FACE_NAMES[face], fonts[face] as unknown as Buffer);
  const embedded = embeddedFonts(pdf, FACE_NAMES);
  const faces = {} as Record<FontFace, TextFace>;
  for (const face of FONT_FACES) faces[face] = { embedded: embedded[face], shaper: shaperFor(fonts[face]) };
  const layout = layoutStatement(doc, shapedFontMetrics(fonts), options);
  drawDisplayList(pdf, layout, { faces, tagged });
  pdf.end();
  return { bytes: await done, layout };
}

/** The PDF of a statement, as bytes to write to a file or send to the window. */
export async function exportPdf(doc: StatementDocument, options: PdfExportOptions = {}): Promise<Uint8Array> {
  return (await exportPdfWithLayout(doc, options)).bytes;
}
