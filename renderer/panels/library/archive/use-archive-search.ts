import { useEffect, useState } from 'react';
import type { ArchiveHit, ArchiveSearch } from '../../../../core/archive/archive-api.ts';
import { studio } from '../../../studio.ts';

/** Milliseconds of quiet typing before the archive is asked: one query per pause, not per key. */
const TYPING_PAUSE = 120;

/** The archive's answer to the search as typed; an answer to an older search is dropped. */
export function useArchiveSearch(search: ArchiveSearch, revision: number): { hits: ArchiveHit[] | null; error: string | null } {
  const [state, setState] = useState<{ hits: ArchiveHit[] | null; error: string | null }>({ hits: null, error: null });
  const key = JSON.stringify(search);
  useEffect(() => {
    let current = true;
    const timer = setTimeout(() => {
      void studio.archive.search(JSON.parse(key) as ArchiveSearch).then((answer) => {
        if (!current) return;
        setState(answer.ok ? { hits: answer.value, error: null } : { hits: null, error: answer.message });
      });
    }, TYPING_PAUSE);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [key, revision]);
  return state;
}
