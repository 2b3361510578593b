/**
 * Writes a recovery copy at most `intervalMs` after the first change since the last copy.
 * A throttle, not a debounce: steady typing still gets a copy every second, so a crash
 * loses at most about a second of it.
 */
export function createRecoveryWriter(write: () => Promise<unknown>, intervalMs = 1000) {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let writing: Promise<unknown> = Promise.resolve();
  return {
    changed(): void {
      if (timer !== null) return;
      timer = setTimeout(() => {
        timer = null;
        writing = writing.then(write, write);
      }, intervalMs);
    },
    /** Drops a pending copy (after a clean save or close). */
    cancel(): void {
      if (timer !== null) clearTimeout(timer);
      timer = null;
    },
    /** Resolves when the copy being written, if any, is on disk. */
    settled(): Promise<unknown> {
      return writing;
    },
  };
}

export type RecoveryWriter = ReturnType<typeof createRecoveryWriter>;
