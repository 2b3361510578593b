import type { ExportOptions } from '../../../core/export/export-request.ts';

/** Messages between the export client (main process) and the export worker thread. */
export type ExportJob = { id: number; statementJson: string; options: ExportOptions; fontDirectory?: string };
export type ExportReply =
  | { id: number; ok: true; bytes: Uint8Array; pages: number | null; millis: number }
  | { id: number; ok: false; code: 'INVALID_STATEMENT' | 'INTERNAL'; message: string };
