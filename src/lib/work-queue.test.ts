import { afterEach, describe, expect, it, vi } from "vitest";
import { CancelledError, createWorkQueue } from "./work-queue.ts";

function deferred() {
  let resolve: () => void = () => {};
  const promise = new Promise<void>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe("work queue", () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it("never runs more than 4 tasks at once by default, and runs them all", async () => {
    const queue = createWorkQueue();
    let running = 0;
    let most = 0;
    const gates = Array.from({ length: 10 }, () => deferred());
    const done = gates.map((gate) =>
      queue.add(async () => {
        running += 1;
        most = Math.max(most, running);
        await gate.promise;
        running -= 1;
      }),
    );
    await tick();
    expect(running).toBe(4);
    for (const gate of gates) {
      gate.resolve();
      await tick();
    }
    await Promise.all(done);
    expect(most).toBe(4);
  });

  it("waits the Retry-After a 429 asks for, then retries", async () => {
    const slept: number[] = [];
    const queue = createWorkQueue({
      retryDelay: (error) => (error instanceof Error && error.message === "429" ? 3000 : null),
      sleep: async (ms) => {
        slept.push(ms);
      },
    });
    let calls = 0;
    const answer = await queue.add(async () => {
      calls += 1;
      if (calls === 1) throw new Error("429");
      return "ok";
    });
    expect(answer).toBe("ok");
    expect(calls).toBe(2);
    expect(slept).toHaveLength(1);
    expect(slept[0]).toBeGreaterThan(2900);
    expect(slept[0]).toBeLessThanOrEqual(3000);
  });

  it("gives up when retryDelay says so, with the task's own error", async () => {
    const queue = createWorkQueue({
      retryDelay: (_e, attempt) => (attempt < 3 ? 0 : null),
      sleep: async () => {},
    });
    let calls = 0;
    await expect(
      queue.add(async () => {
        calls += 1;
        throw new Error("boom");
      }),
    ).rejects.toThrow("boom");
    expect(calls).toBe(3);
  });

  it("cancel stops scheduling: running tasks finish, waiting ones reject with CancelledError", async () => {
    const queue = createWorkQueue({ concurrency: 2 });
    const gate = deferred();
    const started: number[] = [];
    const results = [1, 2, 3, 4, 5].map((n) =>
      queue
        .add(async () => {
          started.push(n);
          await gate.promise;
          return n;
        })
        .then(
          (value) => `done ${value}`,
          (error: unknown) => (error instanceof CancelledError ? "cancelled" : "failed"),
        ),
    );
    await tick();
    queue.cancel();
    gate.resolve();
    expect(await Promise.all(results)).toEqual(["done 1", "done 2", "cancelled", "cancelled", "cancelled"]);
    expect(started).toEqual([1, 2]);
    expect(queue.cancelled).toBe(true);
  });

  it("without retryDelay a failed task is tried once and rejects with its own error", async () => {
    const queue = createWorkQueue({ sleep: async () => {} });
    let calls = 0;
    await expect(
      queue.add(async () => {
        calls += 1;
        throw new Error("once");
      }),
    ).rejects.toThrow("once");
    expect(calls).toBe(1);
  });

  it("a retry asked for after 0 ms does not sleep", async () => {
    vi.spyOn(Date, "now").mockReturnValue(1_000_000);
    const slept: number[] = [];
    const queue = createWorkQueue({
      retryDelay: (_e, attempt) => (attempt < 2 ? 0 : null),
      sleep: async (ms) => {
        slept.push(ms);
      },
    });
    let calls = 0;
    const answer = await queue.add(async () => {
      calls += 1;
      if (calls === 1) throw new Error("again");
      return "second";
    });
    expect(answer).toBe("second");
    expect(slept).toEqual([]);
  });

  it("without sleep it waits on real timers before retrying", async () => {
    vi.useFakeTimers();
    const queue = createWorkQueue({ retryDelay: (_e, attempt) => (attempt < 2 ? 5000 : null) });
    let calls = 0;
    const done = queue.add(async () => {
      calls += 1;
      if (calls === 1) throw new Error("429");
      return "later";
    });
    await vi.advanceTimersByTimeAsync(4000);
    expect(calls).toBe(1);
    await vi.advanceTimersByTimeAsync(1000);
    expect(await done).toBe("later");
    expect(calls).toBe(2);
  });

  it("a cancelled task rejects with a named, readable error", async () => {
    const queue = createWorkQueue();
    queue.cancel();
    const error = await queue.add(async () => "never").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CancelledError);
    expect(error).toMatchObject({ name: "CancelledError", message: "Cancelled before it started." });
  });
});
