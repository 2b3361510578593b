/**
 * Requests from the Archive tab to the window: the tab knows the archived statement, the
 * window owns the open document and its dialogs. A small request line between the two (as
 * for "Insert into the statement", see ../../cases/insert-case-request.ts), so that neither
 * imports the other. Also the line the other way: an import or its undo tells the Archive tab
 * and the case mentions to read the archive again.
 */
import type { Statement } from '../../../../core/statement/schema.ts';

/** draft: open as a new untitled statement; edition: the New Edition dialog on it; template: a new draft, then Save as Template. */
export type ArchiveUse = 'draft' | 'edition' | 'template';
export type ArchiveUseRequest = { use: ArchiveUse; statement: Statement };

type Listener<T> = (value: T) => void;
function requestLine<T>() {
  const listeners = new Set<Listener<T>>();
  return {
    send: (value: T) => listeners.forEach((listener) => listener(value)),
    listen: (listener: Listener<T>) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}

const uses = requestLine<ArchiveUseRequest>();
export const requestArchiveUse = uses.send;
export const onArchiveUseRequest = uses.listen;

const changes = requestLine<null>();
/** The archive changed (an import stored or undone). */
export const archiveChanged = () => changes.send(null);
export const onArchiveChanged = changes.listen;
