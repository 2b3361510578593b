/**
 * A Word document (.docx, also as Google Docs downloads it) to a Statement: mammoth turns
 * the package into plain semantic HTML (no DOCX parsing of our own), and core/import reads
 * that HTML as it reads a saved web page. Only the hand-over is adapted here: the notes
 * list mammoth appends is marked as the notes section, so that Word's footnotes meet their
 * "[n]" references and become real footnotes, and every block starts a line of its own, so
 * that the report's "line n" is about the n-th paragraph and no two paragraphs share one.
 */
import mammoth from 'mammoth';
import { importStatement, type ImportedStatement } from '../../../core/import/import-statement.ts';
import { importReportMessages, type ReportText } from '../../../core/import/report-messages.ts';
import type { UiLocale } from '../../../core/i18n/ui-locale.ts';
import type { ReportEntry } from '../../../core/import/report.ts';
import { damagedXmlPart } from './docx-xml-check.ts';
import { fail, ok, type Result } from '../../../core/ipc/result.ts';

/** What the files inside the package may unpack to, together: a statement is a few MiB at most, a zip bomb is gigabytes. */
export const MAX_DOCX_UNPACKED_BYTES = 256 * 1024 * 1024;
/** Converter warnings in the report, at most (a damaged file can have thousands). */
const MAX_CONVERTER_NOTES = 20;

/** On top of mammoth's own map (Heading 1–6, lists, footnote text, Strong): the title, quotations, emphasis. */
const STYLE_MAP = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Subtitle'] => h2:fresh",
  "p[style-name='Quote'] => blockquote > p:fresh",
  "p[style-name='Intense Quote'] => blockquote > p:fresh",
  "p[style-name='Block Text'] => blockquote > p:fresh",
  "r[style-name='Emphasis'] => em",
  "r[style-name='Intense Emphasis'] => strong > em",
];

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((b, i) => bytes[i] === b);
const ascii = (bytes: Uint8Array, length: number) => String.fromCharCode(...bytes.subarray(0, length));

export const OLD_WORD_MESSAGE =
  'This is an old binary Word document (.doc) or a password-protected Word file, which cannot be imported: open it in Word or LibreOffice, save it as a Word document (.docx) without a password, and import that.';

/** Why these bytes cannot be a .docx, before any unpacking; null when they start as a zip package does. */
export function docxSignatureProblem(bytes: Uint8Array): string | null {
  if (startsWith(bytes, OLE_MAGIC)) return OLD_WORD_MESSAGE;
  if (ascii(bytes, 5) === '{\\rtf') return 'This is a Rich Text (RTF) file, not a Word document: save it as .docx (or as a web page) and import that.';
  if (ascii(bytes, 4) !== 'PK\x03\x04') return 'This is not a Word document (.docx): a .docx file is a zip package and this one is not (it may be damaged or only named .docx).';
  return null;
}

/**
 * The sizes the zip's central directory declares for its files, added up; null when the
 * directory cannot be found (mammoth then says why the file is unreadable).
 */
function declaredUnpackedBytes(bytes: Uint8Array): number | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const earliest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let end = bytes.length - 22; end >= earliest; end--) {
    if (view.getUint32(end, true) !== 0x06054b50) continue;
    const entries = view.getUint16(end + 10, true);
    let at = view.getUint32(end + 16, true);
    let total = 0;
    for (let i = 0; i < entries; i++) {
      if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) return null;
      const size = view.getUint32(at + 24, true);
      // 0xffffffff: the real size is in a ZIP64 field, so over 4 GiB or hiding it: too large either way.
      total += size === 0xffffffff ? Number.POSITIVE_INFINITY : size;
      at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    }
    return total;
  }
  return null;
}

/** Mammoth's notes list (`<ol><li id="footnote-1">…`, always last) wrapped as the notes section core/import matches. */
function markNotesSection(html: string): string {
  const start = html.search(/<ol><li id="(?:footnote|endnote)-/);
  if (start < 0 || !html.endsWith('</ol>')) return html;
  return `${html.slice(0, start)}<section class="footnotes">${html.slice(start)}</section>`;
}

/** A line break after each block's end tag (mammoth writes all on one line; text never holds a raw "<"). */
function blocksOnLines(html: string): string {
  return html.replace(/(<\/(?:p|h[1-6]|li|ul|ol|blockquote|table|tr)>)/g, '$1\n');
}

function converterFailure(error: unknown): string {
  // The XML reader's own decoration ("[xmldom error]\t…@#[line:…]") means nothing to a writer.
  const reason = (error instanceof Error ? error.message : String(error))
    .replace(/\[xmldom (?:error|warning)\]\s*/g, '')
    .replace(/@#\[line:[^\]]*\][\s\S]*$/, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (/main document part/i.test(reason)) return 'This is a zip package but not a Word document (.docx): it has no document text in it.';
  if (/central directory|zip|corrupt|invalid|end of data/i.test(reason)) return `This Word document is damaged and cannot be read (${reason.slice(0, 200)}).`;
  return `This Word document could not be read: ${reason.slice(0, 200)}`;
}

export type DocxHtml = { html: string; warnings: string[] };

/** The document as HTML for core/import, with mammoth's warnings (styles it did not know, and the like). */
export async function docxToHtml(bytes: Uint8Array): Promise<Result<DocxHtml>> {
  const problem = docxSignatureProblem(bytes);
  if (problem) return fail('WRONG_FORMAT', problem);
  const unpacked = declaredUnpackedBytes(bytes);
  if (unpacked !== null && unpacked > MAX_DOCX_UNPACKED_BYTES) {
    return fail('TOO_LARGE', `This Word document unpacks to more than ${MAX_DOCX_UNPACKED_BYTES / 1024 / 1024} MiB: it is not one statement (or it is built to exhaust memory).`);
  }
  const damaged = await damagedXmlPart(bytes);
  if (damaged) return fail('WRONG_FORMAT', `This Word document is damaged and cannot be read: ${damaged}.`);
  let converted: { value: string; messages: Array<{ type: string; message: string }> };
  try {
    converted = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        styleMap: STYLE_MAP,
        // A style map hidden in the file would decide what its text becomes: only ours counts.
        includeEmbeddedStyleMap: false,
        externalFileAccess: false,
        // Pictures keep only their description: the image data is not read at all.
        convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
      },
    );
  } catch (error) {
    return fail('WRONG_FORMAT', converterFailure(error));
  }
  const warnings = [...new Set(converted.messages.map((m) => m.message))];
  return ok({ html: blocksOnLines(markNotesSection(converted.value)), warnings });
}

/** The converter's warnings as report lines: what of the Word formatting was not carried over. */
function warningEntries(warnings: readonly string[], m: ReportText): ReportEntry[] {
  const entries: ReportEntry[] = warnings.slice(0, MAX_CONVERTER_NOTES).map((message) => ({ line: null, kind: 'text', message: m.wordFormatting(message) }));
  if (warnings.length > MAX_CONVERTER_NOTES) entries.push({ line: null, kind: 'text', message: m.moreConverterWarnings(warnings.length - MAX_CONVERTER_NOTES) });
  return entries;
}

/** One statement from the bytes of a .docx; never throws. Report lines count the document's paragraphs; the report is in `locale`. */
export async function importDocx(bytes: Uint8Array, locale: UiLocale = 'en'): Promise<Result<ImportedStatement>> {
  const m = importReportMessages[locale];
  const html = await docxToHtml(bytes);
  if (!html.ok) return html;
  const result = importStatement({ kind: 'html', html: html.value.html }, { locale });
  if (!result.ok) return result.code === 'WRONG_FORMAT' && result.message === m.empty ? fail('WRONG_FORMAT', m.wordEmpty) : result;
  const { report } = result.value;
  return ok({ statement: result.value.statement, report: { ...report, entries: [...warningEntries(html.value.warnings, m), ...report.entries] } });
}
