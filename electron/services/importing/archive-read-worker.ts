import { parentPort, workerData } from 'node:worker_threads';
import type { ArchiveEntryToStore, ArchiveImportProgress } from '../../../core/archive/archive-api.ts';
import { encodeArchiveChunk } from '../../../core/archive/archive-chunk.ts';
import { fail } from '../../../core/ipc/result.ts';
import type { ArchiveReadAck, ArchiveReadJob, ArchiveReadMessage } from './archive-read-protocol.ts';
import { readArchive } from './archive-reader.ts';

/**
 * The archive reader's thread: reading, splitting and importing a thousand statements is
 * seconds of work that the main process (and with it the window) must not spend. One job per
 * worker: started with the path, it ends when the main process has the result.
 *
 * Runs as TypeScript from source (tests, the command line) and as out/main/archive-read-worker.js,
 * an entry of the main build (electron.vite.config.ts), in the app; erasable TypeScript only.
 */
const port = parentPort;
if (!port) throw new Error('archive-read-worker must run as a worker thread');

/** Characters of text and statement JSON per chunk (about a megabyte of bytes to pass on). */
const CHUNK_CHARS = 1_000_000;
/** Chunks sent and not yet acknowledged before the reader waits. */
const IN_FLIGHT = 2;
/** Progress messages at most this often. */
const PROGRESS_MS = 40;

const send = (message: ArchiveReadMessage, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);

let chunk: ArchiveEntryToStore[] = [];
let chunkChars = 0;
let unanswered = 0;
let answered: (() => void) | null = null;
port.on('message', (message: ArchiveReadAck) => {
  if (message.type !== 'ack') return;
  unanswered--;
  answered?.();
  answered = null;
});

async function flush(): Promise<void> {
  if (chunk.length === 0) return;
  const bytes = encodeArchiveChunk(chunk);
  send({ type: 'entries', bytes }, [bytes.buffer as ArrayBuffer]);
  chunk = [];
  chunkChars = 0;
  unanswered++;
  while (unanswered >= IN_FLIGHT) await new Promise<void>((resolve) => (answered = resolve));
}

let lastProgress = 0;
const progress = (next: ArchiveImportProgress) => {
  const now = performance.now();
  if (now - lastProgress < PROGRESS_MS && next.done !== next.total) return;
  lastProgress = now;
  send({ type: 'progress', progress: next });
};

async function read({ path, locale }: ArchiveReadJob): Promise<void> {
  const sink = {
    progress,
    async entry(entry: ArchiveEntryToStore) {
      chunk.push(entry);
      chunkChars += entry.fullText.length + entry.statementJson.length;
      if (chunkChars >= CHUNK_CHARS) await flush();
    },
  };
  const result = await readArchive(path, sink, locale);
  if (result.ok && result.value.failures.length === 0) await flush();
  send({ type: 'done', result });
}

read(workerData as ArchiveReadJob).catch((error: unknown) => {
  send({ type: 'done', result: fail('INTERNAL', `The archive could not be read: ${error instanceof Error ? error.message : String(error)}`) });
});
