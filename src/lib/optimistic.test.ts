import { describe, expect, it } from "vitest";
import { runOptimistic, runOptimisticOne } from "./optimistic.ts";

/** A tiny "cache": a map of id → value, changed optimistically to "new". */
function setup(failing: readonly string[]) {
  const cache = new Map([
    ["a", "old-a"],
    ["b", "old-b"],
    ["c", "old-c"],
  ]);
  const log: string[] = [];
  const change = {
    snapshot: (id: string) => cache.get(id),
    apply: (id: string) => {
      log.push(`apply ${id}`);
      cache.set(id, "new");
    },
    call: async (id: string) => {
      log.push(`call ${id}`);
      if (failing.includes(id)) throw new Error(`no ${id}`);
      return `answer ${id}`;
    },
    commit: (id: string, answer: string) => cache.set(id, answer),
    rollback: (id: string, before: string | undefined) => {
      log.push(`rollback ${id}`);
      if (before !== undefined) cache.set(id, before);
    },
  };
  return { cache, log, change };
}

describe("runOptimistic", () => {
  it("applies every item before any call, rolls back only the failures, settles once", async () => {
    const { cache, log, change } = setup(["b"]);
    let settled = 0;
    const outcomes = await runOptimistic(change, ["a", "b", "c"], { settle: () => settled++ });
    expect(log.slice(0, 3)).toEqual(["apply a", "apply b", "apply c"]);
    expect(outcomes.map((o) => o.ok)).toEqual([true, false, true]);
    expect(Object.fromEntries(cache)).toEqual({ a: "answer a", b: "old-b", c: "answer c" });
    expect(log.filter((l) => l.startsWith("rollback"))).toEqual(["rollback b"]);
    expect(settled).toBe(1);
  });

  it("runs prepare before the snapshot and wraps each call with schedule", async () => {
    const { log, change } = setup([]);
    const scheduled: number[] = [];
    await runOptimistic(change, ["a", "b"], {
      prepare: async () => log.push("prepare"),
      schedule: (call) => {
        scheduled.push(1);
        return call();
      },
    });
    expect(log[0]).toBe("prepare");
    expect(scheduled).toHaveLength(2);
  });

  it("one item: rejects with the call's error after the rollback", async () => {
    const { cache, change } = setup(["a"]);
    await expect(runOptimisticOne(change, "a")).rejects.toThrow("no a");
    expect(cache.get("a")).toBe("old-a");
    await expect(runOptimisticOne(change, "b")).resolves.toBe("answer b");
  });

  it("a change without commit keeps the applied value and reports success", async () => {
    const { cache, change } = setup([]);
    const { commit: _unused, ...withoutCommit } = change;
    const outcomes = await runOptimistic(withoutCommit, ["a"]);
    expect(outcomes).toEqual([{ ok: true, item: "a", snapshot: "old-a", result: "answer a" }]);
    expect(cache.get("a")).toBe("new");
  });
});
