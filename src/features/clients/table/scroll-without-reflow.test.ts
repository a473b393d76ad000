// @vitest-environment jsdom
import type { Virtualizer } from "@tanstack/react-virtual";
import { describe, expect, it, vi } from "vitest";
import { scrollWithoutNeedlessWrite } from "./scroll-without-reflow.ts";

function scrollerAt(known: number | null) {
  const element = document.createElement("div");
  const scrollTo = vi.fn();
  element.scrollTo = scrollTo;
  const probe = { scrollElement: element, scrollOffset: known, options: { horizontal: false, isRtl: false } };
  // A stand-in with the fields the scroll write reads; the rest of a Virtualizer is not used.
  const instance: Virtualizer<HTMLDivElement, Element> = Object.assign(Object.create(null), probe);
  return { instance, scrollTo };
}

describe("scrollWithoutNeedlessWrite", () => {
  it("leaves out the mount-time write of 0 to a scroller the virtualizer knows is at 0", () => {
    const { instance, scrollTo } = scrollerAt(0);
    scrollWithoutNeedlessWrite(0, {}, instance);
    expect(scrollTo).not.toHaveBeenCalled();
  });

  it("writes every offset that moves the scroller", () => {
    const fresh = scrollerAt(null);
    scrollWithoutNeedlessWrite(640, {}, fresh.instance);
    expect(fresh.scrollTo).toHaveBeenCalledWith({ top: 640, behavior: undefined });

    const scrolled = scrollerAt(500);
    scrollWithoutNeedlessWrite(0, { behavior: "auto" }, scrolled.instance);
    expect(scrolled.scrollTo).toHaveBeenCalledWith({ top: 0, behavior: "auto" });

    const adjusted = scrollerAt(0);
    scrollWithoutNeedlessWrite(0, { adjustments: 36 }, adjusted.instance);
    expect(adjusted.scrollTo).toHaveBeenCalledWith({ top: 36, behavior: undefined });
  });
});
