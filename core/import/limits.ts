/**
 * How much text an import takes. A long statement is some 100,000 characters; an archive
 * of a thousand is some ten million. Larger input is refused with a message rather than
 * left to freeze the window.
 */
export const MAX_STATEMENT_CHARS = 2_000_000;
export const MAX_ARCHIVE_CHARS = 64_000_000;
/** Bytes of a file handed to decodeImportBytes: the archive limit in UTF-16, the widest encoding we read. */
export const MAX_IMPORT_BYTES = MAX_ARCHIVE_CHARS * 2;

export function megabytes(chars: number): string {
  return `${Math.round(chars / 1_000_000)} million characters`;
}
