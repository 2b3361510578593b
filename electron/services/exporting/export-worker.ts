import { parentPort, workerData } from 'node:worker_threads';
import { parseStatement } from '../../../core/statement/parse.ts';
import type { ExportJob, ExportReply } from './export-protocol.ts';
import { renderExport } from './render-export.ts';
import { preparePdfExport } from '../export/pdf/warm-up.ts';

/**
 * The export worker thread: laying out a long statement takes most of a second, which the
 * main process (and with it every window) must not spend. One job at a time, in order.
 */
const port = parentPort;
if (!port) throw new Error('export-worker must run as a worker thread');

// Fonts parsed, patterns loaded, code compiled while the writer is still choosing options:
// the first export then takes as long as the next ones.
const { fontDirectory } = (workerData ?? {}) as { fontDirectory?: string };
const ready = preparePdfExport(fontDirectory !== undefined ? { fontDirectory } : {}).catch(() => undefined);

port.on('message', (job: ExportJob) => {
  void ready.then(() => run(job)).then((reply) => port.postMessage(reply, reply.ok ? [reply.bytes.buffer as ArrayBuffer] : []));
});

async function run(job: ExportJob): Promise<ExportReply> {
  const started = performance.now();
  const parsed = parseStatement(job.statementJson);
  if (!parsed.ok) return { id: job.id, ok: false, code: 'INVALID_STATEMENT', message: parsed.message };
  try {
    const { bytes, pages } = await renderExport(parsed.value, job.options, job.fontDirectory !== undefined ? { fontDirectory: job.fontDirectory } : {});
    return { id: job.id, ok: true, bytes, pages, millis: performance.now() - started };
  } catch (error) {
    return { id: job.id, ok: false, code: 'INTERNAL', message: error instanceof Error ? error.message : String(error) };
  }
}
