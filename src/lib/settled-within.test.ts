import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { settledWithin } from "./settled-within.ts";

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

/** Whether `promise` has resolved once pending callbacks have run. */
async function isDone(promise: Promise<void>): Promise<boolean> {
  let done = false;
  void promise.then(() => {
    done = true;
  });
  await vi.advanceTimersByTimeAsync(0);
  return done;
}

describe("settledWithin", () => {
  it("resolves as soon as the promise resolves", async () => {
    let finish: (value: string) => void = () => undefined;
    const waited = settledWithin(new Promise<string>((resolve) => (finish = resolve)), 300);
    await vi.advanceTimersByTimeAsync(100);
    expect(await isDone(waited)).toBe(false);
    finish("page");
    expect(await isDone(waited)).toBe(true);
  });

  it("resolves as soon as the promise rejects, without passing the rejection on", async () => {
    let fail: (reason: Error) => void = () => undefined;
    const waited = settledWithin(new Promise<string>((_, reject) => (fail = reject)), 300);
    fail(new Error("offline"));
    expect(await isDone(waited)).toBe(true);
  });

  it("resolves after the time given when the promise is still pending", async () => {
    const waited = settledWithin(new Promise<string>(() => undefined), 300);
    await vi.advanceTimersByTimeAsync(299);
    expect(await isDone(waited)).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await isDone(waited)).toBe(true);
  });
});
