// @vitest-environment jsdom
import { observeElementRect, type Virtualizer } from "@tanstack/react-virtual";
import { afterEach, describe, expect, it, vi } from "vitest";
import { observeRectWithoutReflow, overscanRows } from "./observe-rect.ts";

type Callback = (entries: { contentBoxSize: { inlineSize: number; blockSize: number }[] }[]) => void;
let fire: Callback = () => {};
class FakeResizeObserver {
  constructor(callback: Callback) {
    fire = callback;
  }
  observe() {}
  disconnect() {}
  unobserve() {}
}

function instanceOver(element: HTMLDivElement): Virtualizer<HTMLDivElement, Element> {
  const probe = { scrollElement: element, targetWindow: window, options: {} };
  // A stand-in with the three fields the observers read; the rest of a Virtualizer is not used.
  return Object.assign(Object.create(null), probe);
}

/** Counts reads of the element's layout (each forces a layout while the DOM is dirty). */
function layoutReads(element: HTMLElement): () => number {
  const spies = [
    vi.spyOn(element, "getBoundingClientRect"),
    vi.spyOn(Element.prototype, "clientWidth", "get"),
    vi.spyOn(Element.prototype, "clientHeight", "get"),
    vi.spyOn(HTMLElement.prototype, "offsetHeight", "get"),
  ];
  return () => spies.reduce((sum, spy) => sum + spy.mock.calls.length, 0);
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe("observeRectWithoutReflow", () => {
  it("reads no layout when it starts, and reports the size the ResizeObserver gives", () => {
    vi.stubGlobal("ResizeObserver", FakeResizeObserver);
    const element = document.createElement("div");
    const layoutRead = layoutReads(element);
    const sizes: { width: number; height: number }[] = [];
    const stop = observeRectWithoutReflow(instanceOver(element), (rect) => sizes.push(rect));
    expect(layoutRead()).toBe(0);
    expect(sizes).toEqual([]);
    fire([{ contentBoxSize: [{ inlineSize: 1200.4, blockSize: 596.6 }] }]);
    expect(sizes).toEqual([{ width: 1200, height: 597 }]);
    expect(layoutRead()).toBe(0);
    stop?.();
  });

  it("the virtualizer's own observer does read layout when it starts (what this one avoids)", () => {
    vi.stubGlobal("ResizeObserver", FakeResizeObserver);
    const element = document.createElement("div");
    const layoutRead = layoutReads(element);
    observeElementRect(instanceOver(element), () => {})?.();
    expect(layoutRead()).toBeGreaterThan(0);
  });
});

describe("overscanRows", () => {
  it("in the browser keeps the rows rendered beyond the visible ones", () => {
    expect(overscanRows(8)).toBe(8);
  });
});
