/** The name and version written into every .statement file. */
export const STATEMENT_FORMAT = 'statement-studio/statement';
export const STATEMENT_VERSION = 1;
export const STATEMENT_EXTENSION = 'statement';
/** Larger files are refused before parsing: no real statement comes near this. */
export const MAX_STATEMENT_BYTES = 64 * 1024 * 1024;
