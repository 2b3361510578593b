import { createImportWork, type ImportRequest, type ImportResponse } from './import-work.ts';

/** The sign-on import's worker: reads and previews off the window's thread (see import-work.ts). */
const scope = self as unknown as { onmessage: ((event: MessageEvent<ImportRequest>) => void) | null; postMessage(message: ImportResponse): void };
const handle = createImportWork();
scope.onmessage = (event) => scope.postMessage(handle(event.data));
