import { useEffect, useState } from 'react';
import type { Result } from '../../../core/ipc/result.ts';

/**
 * A record read from the library for a detail view, read again whenever the library changes
 * (revision). An answer that arrives after the view moved on is dropped.
 */
export function useLibraryRecord<R>(id: string, revision: number, load: (id: string) => Promise<Result<R>>): { record: R | null; error: string | null } {
  const [state, setState] = useState<{ id: string; record: R | null; error: string | null }>({ id, record: null, error: null });
  useEffect(() => {
    let current = true;
    void load(id).then((answer) => {
      if (current) setState(answer.ok ? { id, record: answer.value, error: null } : { id, record: null, error: answer.message });
    });
    return () => {
      current = false;
    };
  }, [id, revision, load]);
  // While another record loads, the previous one is not shown under the new id.
  return state.id === id ? state : { record: null, error: null };
}
