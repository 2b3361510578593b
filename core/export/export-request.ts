import { z } from 'zod';

/**
 * What the writer asks of an export: the format (a PDF to send, a web page, or just the
 * article to paste into a website's editor) and the PDF's options. Shared by the export
 * dialog, the IPC channel, the export worker and the command line.
 */
export const EXPORT_FORMATS = ['pdf', 'html', 'html-fragment'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const exportOptionsSchema = z
  .object({
    format: z.enum(EXPORT_FORMATS),
    paper: z.enum(['a4', 'letter']).default('a4'),
    /** PDF: notes at the foot of each page, or all after the text. */
    notes: z.enum(['footnotes', 'endnotes']).default('footnotes'),
    /** PDF/A-2b, for archiving. */
    pdfa: z.boolean().default(false),
    /** PDF: the issuing organisations' names at the head of the first page. */
    letterhead: z.boolean().default(false),
  })
  .strict();
export type ExportOptions = z.output<typeof exportOptionsSchema>;
export type ExportOptionsInput = z.input<typeof exportOptionsSchema>;

export const EXPORT_FILE_TYPES: Record<ExportFormat, { extension: string; name: string; mime: string }> = {
  pdf: { extension: 'pdf', name: 'PDF document', mime: 'application/pdf' },
  html: { extension: 'html', name: 'Web page', mime: 'text/html' },
  'html-fragment': { extension: 'html', name: 'HTML fragment (the article only)', mime: 'text/html' },
};
