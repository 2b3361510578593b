import { parentPort, workerData } from 'node:worker_threads';
import { resolve } from 'node:path';
import { isUiLocale, type UiLocale } from '../../../core/i18n/ui-locale.ts';
import { fail, ok, type Result } from '../../../core/ipc/result.ts';
import { defaultBackupDir, listBackups } from './backups.ts';
import { LIBRARY_METHODS, type LibraryRequest, type LibraryResponse, type WorkerOptions } from './library-protocol.ts';
import { openLibrary, type LibraryService } from './library-service.ts';
import { restoreOverDamaged } from './restore-over-damaged.ts';

/**
 * The library's thread. node:sqlite is synchronous, so the database lives here and the
 * Electron main process stays free to answer the window while a search or an import runs.
 *
 * This file runs as TypeScript under Node 24's type stripping (in tests, through
 * library-client.ts) and as out/main/library-worker.js, its own entry of the main build
 * (electron.vite.config.ts), in the app. So it and everything it imports use only erasable
 * TypeScript: no enums, namespaces or parameter properties, and `import type` for types.
 */
if (!parentPort) throw new Error('library-worker.ts must run as a worker thread');
const port = parentPort;

/** The language of the request being answered: the service words its refusals in it. */
let requestLocale: UiLocale = 'en';
const serviceOptions = { ...(workerData as WorkerOptions), locale: () => requestLocale };
let opened = openLibrary(serviceOptions);
let service: LibraryService | null = opened.ok ? opened.value : null;
const methods = new Set<string>(LIBRARY_METHODS);

function answer(request: LibraryRequest): Result<unknown> {
  if (!opened.ok) {
    // A refused library still shows its backups (read-only) and can be replaced by one,
    // since the refusal tells the writer to restore one.
    const options = workerData as WorkerOptions;
    const backupDir = options.backupDir ?? defaultBackupDir(resolve(options.path));
    if (request.method === 'listBackups') return ok(listBackups(backupDir));
    if (request.method !== 'restoreBackup') return opened;
    const restored = restoreOverDamaged(resolve(options.path), backupDir, request.args[0] as string);
    if (!restored.ok) return restored;
    opened = openLibrary(serviceOptions);
    service = opened.ok ? opened.value : null;
    return opened.ok ? opened.value.info() : opened;
  }
  if (!methods.has(request.method) || !Array.isArray(request.args)) return fail('BAD_ARGUMENTS', `The library has no operation “${String(request.method)}”.`);
  const method = service![request.method] as (...args: unknown[]) => Result<unknown>;
  return method(...request.args);
}

port.postMessage({ id: 0, result: opened.ok ? opened.value.info() : opened } satisfies LibraryResponse);
port.on('message', (request: LibraryRequest) => {
  let result: Result<unknown>;
  requestLocale = isUiLocale(request.locale) ? request.locale : 'en';
  try {
    result = answer(request);
  } catch (error) {
    result = fail('INTERNAL', `The library failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  try {
    port.postMessage({ id: request.id, result } satisfies LibraryResponse);
  } catch (error) {
    port.postMessage({ id: request.id, result: fail('INTERNAL', `The library’s answer could not be sent: ${(error as Error).message}`) } satisfies LibraryResponse);
  }
  if (request.method === 'close') port.close();
});
