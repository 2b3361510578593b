/**
 * Runs tasks with the same key one after another. Saving, writing the recovery copy and
 * closing a document all read then write its files; interleaved, a recovery copy could
 * reappear after a clean save, or two saves could both pass the external-change check.
 */
export type KeyedQueue = { run<T>(key: string, task: () => Promise<T>): Promise<T> };

export function createKeyedQueue(): KeyedQueue {
  const tails = new Map<string, Promise<unknown>>();
  return {
    run<T>(key: string, task: () => Promise<T>): Promise<T> {
      const previous = tails.get(key) ?? Promise.resolve();
      const result = previous.then(task);
      // The tail never rejects, so one failed task does not block the ones after it.
      const tail = result.catch(() => undefined);
      tails.set(key, tail);
      void tail.then(() => {
        if (tails.get(key) === tail) tails.delete(key);
      });
      return result;
    },
  };
}
