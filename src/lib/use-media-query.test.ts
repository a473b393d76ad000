// @vitest-environment jsdom
import { act, renderHook } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { useMediaQuery } from "./use-media-query.ts";

/** A controllable matchMedia: `set(true)` flips the match and tells the listeners. */
function fakeMatchMedia(initial: boolean) {
  let matches = initial;
  const listeners = new Set<() => void>();
  const asked: string[] = [];
  const matchMedia = (query: string) => {
    asked.push(query);
    return {
      get matches() {
        return matches;
      },
      addEventListener: (type: string, listener: () => void) => {
        if (type === "change") listeners.add(listener);
      },
      removeEventListener: (type: string, listener: () => void) => {
        if (type === "change") listeners.delete(listener);
      },
    };
  };
  const set = (next: boolean) => {
    matches = next;
    for (const listener of listeners) listener();
  };
  return { matchMedia, set, listeners, asked };
}

describe("useMediaQuery", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it("tells whether the query matches now and follows its changes", () => {
    const media = fakeMatchMedia(false);
    vi.stubGlobal("matchMedia", media.matchMedia);
    const { result, unmount } = renderHook(() => useMediaQuery("(max-width: 640px)"));
    expect(result.current).toBe(false);
    expect(media.asked).toContain("(max-width: 640px)");
    act(() => media.set(true));
    expect(result.current).toBe(true);
    unmount();
    expect(media.listeners.size).toBe(0);
  });

  it("is false where the browser has no matchMedia", () => {
    vi.stubGlobal("matchMedia", undefined);
    const { result, unmount } = renderHook(() => useMediaQuery("(prefers-color-scheme: dark)"));
    expect(result.current).toBe(false);
    expect(() => unmount()).not.toThrow();
  });
});
