import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createFirstContent } from "./first-content.ts";

describe("createFirstContent", () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("holds work back until the content is marked, then runs it once", () => {
    const signal = createFirstContent(3_000);
    const work = vi.fn();
    signal.after(work);
    vi.advanceTimersByTime(2_999);
    expect(work).not.toHaveBeenCalled();
    signal.mark();
    expect(work).toHaveBeenCalledTimes(1);
    signal.mark();
    vi.advanceTimersByTime(10_000);
    expect(work).toHaveBeenCalledTimes(1);
  });

  it("runs the work after the longest wait when nothing marks the content", () => {
    const signal = createFirstContent(3_000);
    const work = vi.fn();
    signal.after(work);
    vi.advanceTimersByTime(3_000);
    expect(work).toHaveBeenCalledTimes(1);
    signal.mark();
    expect(work).toHaveBeenCalledTimes(1);
  });

  it("runs work asked for after the mark at once", () => {
    const signal = createFirstContent(3_000);
    signal.mark();
    const work = vi.fn();
    signal.after(work);
    expect(work).toHaveBeenCalledTimes(1);
  });

  it("a cancelled wait never runs", () => {
    const signal = createFirstContent(3_000);
    const work = vi.fn();
    const cancel = signal.after(work);
    cancel();
    signal.mark();
    vi.advanceTimersByTime(10_000);
    expect(work).not.toHaveBeenCalled();
  });
});
