import { Worker } from 'node:worker_threads';
import { fail, type Result } from '../../../core/ipc/result.ts';
import type { UiLocale } from '../../../core/i18n/ui-locale.ts';
import type { LibraryInfo } from '../../../core/library/api.ts';
import { LIBRARY_METHODS, type LibraryMethod, type LibraryRequest, type LibraryResponse, type WorkerOptions } from './library-protocol.ts';
import { libraryMessages } from './library-messages.ts';
import type { LibraryService } from './library-service.ts';

/** The service's methods, answered asynchronously from the worker. */
type Remote<S> = { [K in keyof S]: S[K] extends (...args: infer A) => infer R ? (...args: A) => Promise<R> : never };

export type LibraryClient = Remote<Omit<LibraryService, 'close'>> & {
  /** Whether the library opened (and its info), or why not; every call answers with that failure too. */
  ready(): Promise<Result<LibraryInfo>>;
  /** Closes the database and ends the worker. */
  close(): Promise<Result<null>>;
};

export type LibraryClientOptions = Omit<WorkerOptions, 'path'> & {
  /** The worker's script; by default the library-worker file beside this module (see defaultWorkerUrl). */
  workerUrl?: URL;
  /** The interface language of the moment, sent with each request for the words of a refusal (English by default). */
  locale?: () => UiLocale;
};

/**
 * Where the worker script is. Run from source (tests, Node's type stripping) this module is
 * library-client.ts and the worker is library-worker.ts beside it; in the built app this module
 * is bundled into out/main/index.js and the worker is the main build's second entry,
 * out/main/library-worker.js, beside it. The file name is put together at run time so that the
 * bundler does not mistake it for an asset to copy.
 */
export function defaultWorkerUrl(moduleUrl: string = import.meta.url): URL {
  const extension = moduleUrl.endsWith('.ts') ? '.ts' : '.js';
  const file = `./library-worker${extension}`;
  return new URL(file, moduleUrl);
}

/**
 * Starts the library's worker thread for the database at dbPath and returns its client. Calls
 * queue in the worker and are answered in order. If the worker dies (a bug, out of memory),
 * the calls waiting for it fail with INTERNAL and the next call starts a new one.
 */
export function createLibraryClient(dbPath: string, options: LibraryClientOptions = {}): LibraryClient {
  const { workerUrl = defaultWorkerUrl(), locale = () => 'en', ...serviceOptions } = options;
  const workerOptions: WorkerOptions = { ...serviceOptions, path: dbPath };
  let worker: Worker | null = null;
  let ready: Promise<Result<LibraryInfo>> = Promise.resolve(fail('INTERNAL', 'The library has not started.'));
  let nextId = 1;
  let closed = false;
  const pending = new Map<number, (result: Result<unknown>) => void>();
  let waitingForReady = false;

  /** The worker keeps the process alive only while someone waits for an answer, never when idle. */
  function updateRef(): void {
    if (worker === null) return;
    if (pending.size > 0 || waitingForReady) worker.ref();
    else worker.unref();
  }

  function start(): Worker {
    const started = new Worker(workerUrl, { workerData: workerOptions });
    let settleReady: (result: Result<LibraryInfo>) => void = () => undefined;
    waitingForReady = true;
    ready = new Promise((resolve) => {
      settleReady = (result) => {
        waitingForReady = false;
        resolve(result);
        updateRef();
      };
    });
    const stopped = (message: string) => {
      if (worker === started) worker = null;
      const failure = fail('INTERNAL', message);
      settleReady(failure);
      for (const resolve of pending.values()) resolve(failure);
      pending.clear();
    };
    started.on('message', (response: LibraryResponse) => {
      if (response.id === 0) {
        settleReady(response.result as Result<LibraryInfo>);
        return;
      }
      const resolve = pending.get(response.id);
      pending.delete(response.id);
      updateRef();
      resolve?.(response.result);
    });
    started.on('error', (error) => stopped(`The library stopped working: ${error.message}`));
    started.on('exit', (code) => stopped(closed ? 'The library is closed.' : `The library stopped working (exit code ${code}).`));
    return started;
  }

  function call(method: LibraryMethod, args: unknown[]): Promise<Result<unknown>> {
    if (closed) return Promise.resolve(fail('IO_ERROR', libraryMessages[locale()].closed));
    worker ??= start();
    const target = worker;
    const id = nextId++;
    return new Promise((resolve) => {
      pending.set(id, resolve);
      updateRef();
      try {
        target.postMessage({ id, method, args, locale: locale() } satisfies LibraryRequest);
      } catch (error) {
        pending.delete(id);
        updateRef();
        resolve(fail('BAD_ARGUMENTS', `These arguments cannot be sent to the library: ${(error as Error).message}`));
      }
    });
  }

  const client: Record<string, unknown> = {};
  for (const method of LIBRARY_METHODS) client[method] = (...args: unknown[]) => call(method, args);
  client.ready = () => {
    if (!closed) worker ??= start();
    return ready;
  };
  client.close = async () => {
    if (closed) return fail('IO_ERROR', 'The library is closed.');
    if (worker === null) {
      closed = true;
      return { ok: true, value: null };
    }
    const target = worker;
    const result = await call('close', []);
    closed = true;
    await target.terminate();
    return result;
  };
  worker = start();
  return client as LibraryClient;
}
