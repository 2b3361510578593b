/**
 * An undo/redo history of whole values (the statement's signatory list): each step keeps the
 * value from before it and what it was ("Import 12 signers"), so one confirmed import, one
 * reorder or one status change is undone in one step, whatever it touched. Immutable: every
 * operation returns a new history. Values are shared, not copied, since the list is never
 * changed in place.
 */

export type UndoStep<T> = { value: T; label: string };
export type UndoHistory<T> = { past: ReadonlyArray<UndoStep<T>>; future: ReadonlyArray<UndoStep<T>> };

/** Steps kept; the oldest go first. A list of 1,000 signers shared between steps costs little. */
export const MAX_UNDO_STEPS = 100;

export function emptyHistory<T>(): UndoHistory<T> {
  return { past: [], future: [] };
}

/** After a change labelled `label` from `before`: the step can be undone; what was undone can no longer be redone. */
export function recordChange<T>(history: UndoHistory<T>, before: T, label: string, limit = MAX_UNDO_STEPS): UndoHistory<T> {
  const past = [...history.past, { value: before, label }];
  return { past: past.length > limit ? past.slice(past.length - limit) : past, future: [] };
}

export type Travel<T> = { history: UndoHistory<T>; value: T; label: string };

/** Back one step from `current`: the value to restore and the step undone; null when there is nothing to undo. */
export function undoChange<T>(history: UndoHistory<T>, current: T): Travel<T> | null {
  const step = history.past.at(-1);
  if (step === undefined) return null;
  return { history: { past: history.past.slice(0, -1), future: [...history.future, { value: current, label: step.label }] }, value: step.value, label: step.label };
}

/** Forward one undone step; null when nothing was undone since the last change. */
export function redoChange<T>(history: UndoHistory<T>, current: T): Travel<T> | null {
  const step = history.future.at(-1);
  if (step === undefined) return null;
  return { history: { past: [...history.past, { value: current, label: step.label }], future: history.future.slice(0, -1) }, value: step.value, label: step.label };
}

/** What the Undo and Redo buttons would do, in words, or null when they cannot. */
export type HistoryLabels = { undo: string | null; redo: string | null };

export function historyLabels(history: UndoHistory<unknown>): HistoryLabels {
  return { undo: history.past.at(-1)?.label ?? null, redo: history.future.at(-1)?.label ?? null };
}
