import type { ColumnMapping } from '../../../core/signatories/csv/column-mapping.ts';
import type { ImportPreview } from '../../../core/signatories/csv/import-preview.ts';
import type { Roster } from '../../../core/signatories/roster.ts';
import type { Signatory } from '../../../core/signatories/signatory.ts';
import { messagesNow } from '../../i18n/messages.ts';
import { currentUiLocale } from '../../i18n/ui-locale-store.ts';
import { signOnImportMessages } from './messages.ts';
import { createImportWork, type FileSummary, type ImportRequest, type ImportResponse } from './import-work.ts';

export type Outcome<T> = { ok: true; value: T } | { ok: false; message: string };

/** Reading and previewing a sign-on file, answered later; one engine per import dialog. */
export type ImportEngine = {
  read(text: string): Promise<Outcome<FileSummary>>;
  preview(mapping: ColumnMapping, list: readonly Signatory[], roster: Roster): Promise<Outcome<ImportPreview>>;
  dispose(): void;
};

type Request = ImportRequest extends infer R ? (R extends ImportRequest ? Omit<R, 'id' | 'locale'> : never) : never;

/** Requests numbered and matched with their answers, whoever does the work. */
export function importEngine(send: (request: ImportRequest) => void, stop: () => void): { engine: ImportEngine; receive(response: ImportResponse): void; failAll(message: string): void } {
  let next = 0;
  const pending = new Map<number, (response: ImportResponse) => void>();
  const receive = (response: ImportResponse) => {
    pending.get(response.id)?.(response);
    pending.delete(response.id);
  };
  const failAll = (message: string) => {
    for (const id of [...pending.keys()]) receive({ id, ok: false, message });
  };
  const ask = (request: Request) =>
    new Promise<ImportResponse>((resolve) => {
      const id = ++next;
      pending.set(id, resolve);
      // The worker words its answers in the interface language of the moment the writer asks.
      send({ ...request, id, locale: currentUiLocale() } as ImportRequest);
    });
  const engine: ImportEngine = {
    read: async (text) => {
      const answer = await ask({ kind: 'read', text });
      if (!answer.ok) return { ok: false, message: answer.message };
      return answer.kind === 'read' ? { ok: true, value: answer.summary } : { ok: false, message: 'unexpected answer' };
    },
    preview: async (mapping, list, roster) => {
      const answer = await ask({ kind: 'preview', mapping, list, roster });
      if (!answer.ok) return { ok: false, message: answer.message };
      return answer.kind === 'preview' ? { ok: true, value: answer.preview } : { ok: false, message: 'unexpected answer' };
    },
    dispose: () => {
      failAll(messagesNow(signOnImportMessages).importClosed);
      stop();
    },
  };
  return { engine, receive, failAll };
}

/** The same work on this thread, after the window has painted: where no worker can start. */
export function inlineImportEngine(): ImportEngine {
  const handle = createImportWork();
  const { engine, receive } = importEngine(
    (request) => requestAnimationFrame(() => setTimeout(() => receive(handle(request)), 0)),
    () => {},
  );
  return engine;
}

/**
 * A worker of its own, so a 10,000-row file never freezes the window. Should the worker fail
 * to start, its requests are done on this thread instead.
 */
export function startImportEngine(): ImportEngine {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module', name: 'sign-on import' });
  } catch {
    return inlineImportEngine();
  }
  const unanswered = new Map<number, ImportRequest>();
  let answered = false;
  let inline: ((request: ImportRequest) => ImportResponse) | null = null;
  const { engine, receive, failAll } = importEngine(
    (request) => {
      unanswered.set(request.id, request);
      if (inline) {
        const handle = inline;
        setTimeout(() => settle(handle(request)), 0);
      } else worker.postMessage(request);
    },
    () => worker.terminate(),
  );
  const settle = (response: ImportResponse) => {
    answered = true;
    unanswered.delete(response.id);
    receive(response);
  };
  worker.onmessage = (event: MessageEvent<ImportResponse>) => settle(event.data);
  worker.onerror = (event) => {
    event.preventDefault();
    const m = messagesNow(signOnImportMessages);
    if (answered) return failAll(m.couldNotRead(`${event.message || m.importStopped}.`));
    worker.terminate();
    const handle = (inline = createImportWork());
    for (const request of unanswered.values()) setTimeout(() => settle(handle(request)), 0);
  };
  return engine;
}
