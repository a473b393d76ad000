/**
 * The moment a page's main content is on screen (the clients table's first rows, or the state
 * that stands in for them). Deferred code (`deferred.tsx`: controls, the mentions count, the
 * cross-tab channel) waits for it, so its chunks and requests do not compete with what a first visit
 * shows first. A page that never says so releases the wait after `maxWaitMs`.
 */
export interface FirstContent {
  /** The main content is shown: everything waiting starts now, and later calls to `after` at once. */
  mark: () => void;
  /** Runs `work` once the content is shown, or `maxWaitMs` after this call, whichever comes first. Returns a cancel. */
  after: (work: () => void) => () => void;
}

export function createFirstContent(maxWaitMs: number): FirstContent {
  let shown = false;
  const waiting = new Set<() => void>();
  return {
    mark() {
      if (shown) return;
      shown = true;
      const runs = [...waiting];
      waiting.clear();
      for (const run of runs) run();
    },
    after(work) {
      if (shown) {
        work();
        return () => {};
      }
      const run = () => {
        clearTimeout(timer);
        waiting.delete(run);
        work();
      };
      const timer = setTimeout(run, maxWaitMs);
      waiting.add(run);
      return () => {
        clearTimeout(timer);
        waiting.delete(run);
      };
    },
  };
}

/** The app's one signal. */
export const firstContent = createFirstContent(10_000);
