import { ok } from '../../../core/ipc/result.ts';
import type { HandlerDeps } from '../../../electron/main/ipc/handlers.ts';

export type Call = { service: string; method: string; args: unknown[] };

/** An object whose every method records its call and answers ok(null) (false for questions like `wrote`). */
function recorder<T>(service: string, calls: Call[]): T {
  return new Proxy({} as Record<string, unknown>, {
    get(_target, method) {
      if (typeof method !== 'string' || method === 'then') return undefined;
      return (...args: unknown[]) => {
        calls.push({ service, method, args });
        // Synchronous yes/no questions (exports.service.wrote) answer no; everything else succeeds.
        return method === 'wrote' ? false : Promise.resolve(ok(null));
      };
    },
  }) as T;
}

/** Every dependency of the handler table as a recorder: any call reaching a service shows up in `calls`. */
export function recordingDeps(): { deps: HandlerDeps; calls: Call[] } {
  const calls: Call[] = [];
  const deps: HandlerDeps = {
    documents: recorder('documents', calls),
    window: recorder('window', calls),
    shell: recorder('shell', calls),
    library: recorder('library', calls),
    libraryDialogs: recorder('libraryDialogs', calls),
    exports: { service: recorder('exports.service', calls), reveal: (...args: unknown[]) => void calls.push({ service: 'exports', method: 'reveal', args }) },
    templates: recorder('templates', calls),
    importDialogs: recorder('importDialogs', calls),
    printing: recorder('printing', calls),
  };
  return { deps, calls };
}
