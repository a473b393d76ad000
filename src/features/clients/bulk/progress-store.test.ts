import { describe, expect, it } from "vitest";
import { createProgressStore } from "./progress-store.ts";

describe("a run's progress store", () => {
  it("starts at nothing done, tells each subscriber of each step, forgets one that left", () => {
    const store = createProgressStore();
    expect(store.get()).toEqual({ done: 0, failed: 0, total: null });
    const seen: number[] = [];
    const leave = store.subscribe(() => seen.push(store.get().done));
    store.set({ done: 1, failed: 0, total: 3 });
    store.set({ done: 2, failed: 1, total: 3 });
    leave();
    store.set({ done: 3, failed: 1, total: 3 });
    expect(seen).toEqual([1, 2]);
    expect(store.get()).toEqual({ done: 3, failed: 1, total: 3 });
  });
});
