import { Worker } from 'node:worker_threads';
import type { ArchiveImportProgress } from '../../../core/archive/archive-api.ts';
import type { ArchiveChunk } from '../../../core/archive/archive-chunk.ts';
import { fail, type Result } from '../../../core/ipc/result.ts';
import type { ArchiveReadAck, ArchiveReadJob, ArchiveReadMessage } from './archive-read-protocol.ts';
import type { ArchiveRead } from './archive-reader.ts';
import type { UiLocale } from '../../../core/i18n/ui-locale.ts';

/**
 * The reader's script: archive-read-worker.ts beside this file from source, archive-read-worker.js
 * beside the main bundle (out/main/index.js) when built. Put together at run time so that the
 * bundler does not take it for an asset.
 */
export function defaultArchiveReadWorkerUrl(moduleUrl: string = import.meta.url): URL {
  const extension = moduleUrl.endsWith('.ts') ? '.ts' : '.js';
  return new URL(`./archive-read-worker${extension}`, moduleUrl);
}

export type ArchiveReadHandlers = {
  progress(progress: ArchiveImportProgress): void;
  /** Stores a chunk of statements (in order); a failure stops the reading and is the answer. */
  entries(chunk: ArchiveChunk): Promise<Result<unknown>>;
};

/**
 * Reads an archive in a worker thread of its own (archive-read-worker.ts), handing its
 * statements to `entries` a chunk at a time as they are read; the main process only passes
 * chunks on. Answers what was read, the first failure of `entries`, or why the reader stopped.
 */
export function readArchiveInWorker(path: string, handlers: ArchiveReadHandlers, workerUrl: URL = defaultArchiveReadWorkerUrl(), locale: UiLocale = 'en'): Promise<Result<ArchiveRead>> {
  return new Promise((resolve) => {
    const worker = new Worker(workerUrl, { workerData: { path, locale } satisfies ArchiveReadJob });
    let settled = false;
    let read: Result<ArchiveRead> | null = null;
    const storing: Array<Promise<unknown>> = [];
    const finish = (result: Result<ArchiveRead>) => {
      if (settled) return;
      settled = true;
      void worker.terminate();
      resolve(result);
    };
    worker.on('message', (message: ArchiveReadMessage) => {
      if (settled) return;
      if (message.type === 'progress') handlers.progress(message.progress);
      else if (message.type === 'entries') {
        // Called at once, so the chunks reach the library in the order they were read.
        const stored = handlers.entries(message.bytes).then(
          (answer) => {
            if (!answer.ok) finish(answer);
            else if (!settled) worker.postMessage({ type: 'ack' } satisfies ArchiveReadAck);
          },
          (error: unknown) => finish(fail('INTERNAL', `The statements could not be stored: ${error instanceof Error ? error.message : String(error)}`)),
        );
        storing.push(stored);
      } else {
        read = message.result;
        // The answer waits for the last chunks to be stored.
        void Promise.all(storing).then(() => finish(message.result));
      }
    });
    worker.on('error', (error) => finish(fail('INTERNAL', `The archive reader stopped: ${error.message}`)));
    worker.on('exit', (code) => {
      if (read === null) finish(fail('INTERNAL', `The archive reader stopped (exit code ${code}).`));
    });
  });
}
