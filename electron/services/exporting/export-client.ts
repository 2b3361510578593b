import { Worker } from 'node:worker_threads';
import type { ExportOptions } from '../../../core/export/export-request.ts';
import { fail, type Result } from '../../../core/ipc/result.ts';
import type { ExportJob, ExportReply } from './export-protocol.ts';

export type RenderedFile = { bytes: Uint8Array; pages: number | null; millis: number };

export type ExportClient = {
  render(statementJson: string, options: ExportOptions): Promise<Result<RenderedFile>>;
  close(): Promise<void>;
};

/** The worker's script: export-worker.ts beside this file from source, export-worker.js beside the main bundle when built. */
export function defaultExportWorkerUrl(moduleUrl: string = import.meta.url): URL {
  const extension = moduleUrl.endsWith('.ts') ? '.ts' : '.js';
  return new URL(`./export-worker${extension}`, moduleUrl);
}

/**
 * Runs exports in a worker thread, started on the first export and kept for the next. If
 * the worker dies (out of memory on an enormous statement), the jobs waiting for it fail
 * with a message and the next export starts a new worker.
 */
export function createExportClient(options: { workerUrl?: URL; fontDirectory?: string } = {}): ExportClient {
  const workerUrl = options.workerUrl ?? defaultExportWorkerUrl();
  let worker: Worker | null = null;
  let nextId = 1;
  const pending = new Map<number, (result: Result<RenderedFile>) => void>();

  const failAll = (message: string) => {
    for (const resolve of pending.values()) resolve(fail('INTERNAL', message));
    pending.clear();
  };
  const start = (): Worker => {
    // A smaller young generation keeps a 120-page export near 210 MiB instead of 270 (bench/pdf-export-bench.ts).
    const started = new Worker(workerUrl, {
      ...(options.fontDirectory !== undefined ? { workerData: { fontDirectory: options.fontDirectory } } : {}),
      resourceLimits: { maxYoungGenerationSizeMb: 48 },
    });
    started.on('message', (reply: ExportReply) => {
      const resolve = pending.get(reply.id);
      pending.delete(reply.id);
      if (!resolve) return;
      resolve(reply.ok ? { ok: true, value: { bytes: reply.bytes, pages: reply.pages, millis: reply.millis } } : fail(reply.code, reply.message));
    });
    started.on('error', (error) => failAll(`The export stopped: ${error.message}`));
    started.on('exit', (code) => {
      if (worker === started) worker = null;
      if (code !== 0) failAll(`The export stopped (exit code ${code}).`);
    });
    return started;
  };

  return {
    render(statementJson, exportOptions) {
      worker ??= start();
      const id = nextId++;
      const job: ExportJob = { id, statementJson, options: exportOptions, ...(options.fontDirectory !== undefined ? { fontDirectory: options.fontDirectory } : {}) };
      return new Promise((resolve) => {
        pending.set(id, resolve);
        worker!.postMessage(job);
      });
    },
    async close() {
      const current = worker;
      worker = null;
      failAll('The export was closed.');
      await current?.terminate();
    },
  };
}
