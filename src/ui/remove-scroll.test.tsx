// @vitest-environment jsdom
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { RemoveScroll } from "./remove-scroll.tsx";

afterEach(cleanup);

const root = () => document.documentElement;

describe("RemoveScroll (the CSP-safe scroll lock)", () => {
  it("locks the page by a class, adds no <style>, and unlocks after the last of nested locks", () => {
    const outer = render(<RemoveScroll>outer dialog</RemoveScroll>);
    expect(root().classList.contains("scroll-locked")).toBe(true);
    const inner = render(<RemoveScroll>inner confirm</RemoveScroll>);
    inner.unmount();
    expect(root().classList.contains("scroll-locked")).toBe(true);
    outer.unmount();
    expect(root().classList.contains("scroll-locked")).toBe(false);
    expect(document.querySelectorAll("style")).toHaveLength(0);
  });

  it("does nothing while disabled, and keeps its options off the DOM", () => {
    render(
      <RemoveScroll enabled={false} allowPinchZoom shards={[]}>
        <span>content</span>
      </RemoveScroll>,
    );
    expect(root().classList.contains("scroll-locked")).toBe(false);
    const container = screen.getByText("content").parentElement;
    expect(container?.getAttributeNames()).toEqual([]);
  });
});
