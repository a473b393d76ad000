import { useSyncExternalStore } from "react";
import type { BulkProgress } from "./run-bulk.ts";

/**
 * A run's done / failed / remaining, outside React state: each answer updates it, and only the
 * progress bar (which subscribes) re-renders, not the whole clients view with its table.
 */
export interface ProgressStore {
  get: () => BulkProgress;
  set: (progress: BulkProgress) => void;
  subscribe: (listener: () => void) => () => void;
}

export const NO_PROGRESS: BulkProgress = { done: 0, failed: 0, total: null };

export function createProgressStore(): ProgressStore {
  let current = NO_PROGRESS;
  const listeners = new Set<() => void>();
  return {
    get: () => current,
    set: (progress) => {
      current = progress;
      for (const listener of listeners) listener();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export function useProgress(store: ProgressStore): BulkProgress {
  return useSyncExternalStore(store.subscribe, store.get, store.get);
}
