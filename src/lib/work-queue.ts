/**
 * A work queue with bounded concurrency: at most `concurrency` tasks run at once; a failed task is
 * retried when `retryDelay` says so (e.g. 429 with its Retry-After, network and 5xx with backoff);
 * `cancel()` stops scheduling — what is running finishes, what waits rejects with CancelledError.
 * Pure: no DOM, no React; time comes through `sleep` so tests control it.
 */

export class CancelledError extends Error {
  constructor() {
    super("Cancelled before it started.");
    this.name = "CancelledError";
  }
}

export interface WorkQueueOptions {
  concurrency?: number;
  /** Milliseconds to wait before trying again after `error` on try number `attempt` (1…), or null to give up. */
  retryDelay?: (error: unknown, attempt: number) => number | null;
  sleep?: (ms: number) => Promise<void>;
}

export interface WorkQueue {
  add<T>(task: () => Promise<T>): Promise<T>;
  cancel(): void;
  readonly cancelled: boolean;
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function createWorkQueue(options: WorkQueueOptions = {}): WorkQueue {
  const concurrency = Math.max(1, options.concurrency ?? 4);
  const retryDelay = options.retryDelay ?? (() => null);
  const sleep = options.sleep ?? realSleep;
  const waiting: (() => void)[] = [];
  let running = 0;
  let cancelled = false;
  /** Until this time (ms, from Date.now) nothing new starts: a 429 holds the whole queue. */
  let holdUntil = 0;

  function next() {
    while (running < concurrency && waiting.length > 0) {
      const start = waiting.shift();
      running += 1;
      // Stryker disable next-line OptionalChaining: the loop runs only while `waiting` holds a task, so `start` is defined
      start?.();
    }
  }

  async function attempt<T>(task: () => Promise<T>): Promise<T> {
    for (let tries = 1; ; tries += 1) {
      const hold = holdUntil - Date.now();
      if (hold > 0) await sleep(hold);
      try {
        return await task();
      } catch (error) {
        const delay = cancelled ? null : retryDelay(error, tries);
        if (delay === null) throw error;
        holdUntil = Math.max(holdUntil, Date.now() + delay);
      }
    }
  }

  return {
    add<T>(task: () => Promise<T>): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        waiting.push(() => {
          if (cancelled) {
            running -= 1;
            reject(new CancelledError());
            next();
            return;
          }
          attempt(task)
            .then(resolve, reject)
            .finally(() => {
              running -= 1;
              next();
            });
        });
        next();
      });
    },
    cancel() {
      cancelled = true;
    },
    get cancelled() {
      return cancelled;
    },
  };
}
