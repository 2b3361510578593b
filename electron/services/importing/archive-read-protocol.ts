import type { ArchiveImportProgress } from '../../../core/archive/archive-api.ts';
import type { ArchiveChunk } from '../../../core/archive/archive-chunk.ts';
import type { Result } from '../../../core/ipc/result.ts';
import type { ArchiveRead } from './archive-reader.ts';
import type { UiLocale } from '../../../core/i18n/ui-locale.ts';

/**
 * The messages between the archive reader's thread (archive-read-worker.ts) and the main
 * process (archive-read-client.ts). The worker is started with the path to read; it sends
 * progress, the statements read in chunks of about a megabyte (their JSON as bytes, transferred:
 * core/archive/archive-chunk.ts), and at the end what was read.
 * The main process answers each chunk with an ack once the library has it: the worker keeps
 * at most a couple of chunks unanswered, so they never pile up in the main process's queue
 * (Node delivers queued messages in one task, and a pile would be one long stall).
 */
export type ArchiveReadJob = { path: string; locale?: UiLocale };

export type ArchiveReadMessage =
  | { type: 'progress'; progress: ArchiveImportProgress }
  | { type: 'entries'; bytes: ArchiveChunk }
  | { type: 'done'; result: Result<ArchiveRead> };

export type ArchiveReadAck = { type: 'ack' };
