// @vitest-environment jsdom
import { renderHook } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { useLoadOnEnd } from "./use-load-on-end.ts";

type Callback = (entries: { isIntersecting: boolean }[]) => void;

/** Records every IntersectionObserver made, so a test can report positions to it. */
function fakeObservers() {
  const made: { callback: Callback; options: unknown; observed: Element[]; disconnected: boolean }[] = [];
  class FakeObserver {
    record: (typeof made)[number];
    constructor(callback: Callback, options: unknown) {
      this.record = { callback, options, observed: [], disconnected: false };
      made.push(this.record);
    }
    observe(target: Element) {
      this.record.observed.push(target);
    }
    disconnect() {
      this.record.disconnected = true;
    }
  }
  vi.stubGlobal("IntersectionObserver", FakeObserver);
  return made;
}

function elements() {
  return {
    root: { current: document.createElement("div") },
    sentinel: { current: document.createElement("div") },
  };
}

describe("useLoadOnEnd", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it("watches the sentinel within 600 px of the container's end and loads more when it shows", () => {
    const made = fakeObservers();
    const { root, sentinel } = elements();
    const loadMore = vi.fn();
    const { unmount } = renderHook(() => useLoadOnEnd(root, sentinel, loadMore, true));
    expect(made).toHaveLength(1);
    const [observer] = made;
    expect(observer?.options).toEqual({ root: root.current, rootMargin: "0px 0px 600px 0px" });
    expect(observer?.observed).toEqual([sentinel.current]);
    observer?.callback([{ isIntersecting: false }]);
    expect(loadMore).not.toHaveBeenCalled();
    observer?.callback([{ isIntersecting: false }, { isIntersecting: true }]);
    expect(loadMore).toHaveBeenCalledTimes(1);
    unmount();
    expect(observer?.disconnected).toBe(true);
  });

  it("renews the observer when loadMore changes", () => {
    const made = fakeObservers();
    const { root, sentinel } = elements();
    const { rerender } = renderHook(({ load }) => useLoadOnEnd(root, sentinel, load, true), {
      initialProps: { load: () => {} },
    });
    rerender({ load: () => {} });
    expect(made).toHaveLength(2);
    expect(made[0]?.disconnected).toBe(true);
    expect(made[1]?.disconnected).toBe(false);
  });

  it("watches nothing while disabled, or without the container or the sentinel", () => {
    const made = fakeObservers();
    const { root, sentinel } = elements();
    renderHook(() => useLoadOnEnd(root, sentinel, () => {}, false));
    renderHook(() => useLoadOnEnd({ current: null }, sentinel, () => {}, true));
    renderHook(() => useLoadOnEnd(root, { current: null }, () => {}, true));
    expect(made).toHaveLength(0);
  });

  it("does nothing where the browser has no IntersectionObserver", () => {
    vi.stubGlobal("IntersectionObserver", undefined);
    const { root, sentinel } = elements();
    const loadMore = vi.fn();
    expect(() => renderHook(() => useLoadOnEnd(root, sentinel, loadMore, true))).not.toThrow();
    expect(loadMore).not.toHaveBeenCalled();
  });
});
