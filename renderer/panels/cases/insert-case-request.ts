/**
 * "Insert into the statement" from a case opened in the Library panel: the panel knows the
 * case, the Cases panel owns the Insert Case dialog and the editor. A small request line
 * between the two, so neither imports the other.
 */
type Listener = (caseId: string) => void;
const listeners = new Set<Listener>();

export function requestCaseInsert(caseId: string): void {
  for (const listener of listeners) listener(caseId);
}

export function onCaseInsertRequest(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
