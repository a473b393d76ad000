/**
 * Archive and restore of one client run one after the other, in the order they were asked for: a
 * Restore clicked while the Delete is still on the wire waits for it, instead of racing it and
 * being overridden when the Delete lands last.
 */
const tails = new Map<string, Promise<unknown>>();
const waiting = new Map<string, number>();

export function inClientOrder<T>(id: string, task: () => Promise<T>): Promise<T> {
  const before = tails.get(id) ?? Promise.resolve();
  waiting.set(id, (waiting.get(id) ?? 0) + 1);
  const run = before.then(task, task).finally(() => {
    const left = (waiting.get(id) ?? 1) - 1;
    if (left === 0) {
      waiting.delete(id);
      tails.delete(id);
    } else waiting.set(id, left);
  });
  tails.set(id, run);
  return run;
}

/** How many archive/restore calls of this client are still running or waiting. */
export function queuedFor(id: string): number {
  return waiting.get(id) ?? 0;
}
