/**
 * Writes a recovery copy at most `intervalMs` after the first change since the last copy.
 * A throttle, not a debounce: steady typing still gets a copy every second, so a crash
 * loses at most about a second of it. Serializing a long statement takes milliseconds, so
 * the copy is made in the next idle moment between keystrokes (within `idleTimeoutMs`).
 */
export function createRecoveryWriter(write: () => Promise<unknown>, intervalMs = 1000, idleTimeoutMs = 250) {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let idle: number | null = null;
  let writing: Promise<unknown> = Promise.resolve();
  const run = () => {
    idle = null;
    writing = writing.then(write, write);
  };
  return {
    changed(): void {
      if (timer !== null || idle !== null) return;
      timer = setTimeout(() => {
        timer = null;
        if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(run, { timeout: idleTimeoutMs });
        else run();
      }, intervalMs);
    },
    /** Drops a pending copy (after a clean save or close). */
    cancel(): void {
      if (timer !== null) clearTimeout(timer);
      if (idle !== null) cancelIdleCallback(idle);
      timer = null;
      idle = null;
    },
  };
}

export type RecoveryWriter = ReturnType<typeof createRecoveryWriter>;
