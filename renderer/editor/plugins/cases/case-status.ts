import type { LexicalEditor, NodeKey } from 'lexical';
import type { CaseRecord } from '../../../../core/cases/person.ts';
import type { InsertedCase } from '../../../../core/cases/insert/inserted-case.ts';

/**
 * How each piece of case text in a statement stands against the library, as the
 * CasesPlugin last found it: current, stale (the library would now write other text),
 * missing (the case is no longer in the library), or unknown while the library has not
 * answered. `edited` is true when the writer changed the text by hand (a refresh must not
 * overwrite it without asking). Derived, never saved.
 */
export type CaseState = 'checking' | 'current' | 'stale' | 'missing';
export type CaseStatus = {
  key: NodeKey;
  inserted: InsertedCase;
  /** The text as it stands in the statement now. */
  text: string;
  state: CaseState;
  edited: boolean;
  /** The library's record, when it answered. */
  current: CaseRecord | null;
};

type Store = { statuses: readonly CaseStatus[]; listeners: Set<() => void> };
const stores = new WeakMap<LexicalEditor, Store>();

function storeOf(editor: LexicalEditor): Store {
  let store = stores.get(editor);
  if (!store) stores.set(editor, (store = { statuses: [], listeners: new Set() }));
  return store;
}

export function getCaseStatuses(editor: LexicalEditor): readonly CaseStatus[] {
  return storeOf(editor).statuses;
}

export function setCaseStatuses(editor: LexicalEditor, statuses: readonly CaseStatus[]): void {
  const store = storeOf(editor);
  store.statuses = statuses;
  for (const listener of store.listeners) listener();
}

export function subscribeCaseStatuses(editor: LexicalEditor, listener: () => void): () => void {
  const store = storeOf(editor);
  store.listeners.add(listener);
  return () => store.listeners.delete(listener);
}
