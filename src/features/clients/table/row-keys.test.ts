import { describe, expect, it } from "vitest";
import { targetRow } from "./row-keys.ts";

describe("targetRow", () => {
  it("moves one row with the arrows, stopping at both ends", () => {
    expect(targetRow("ArrowDown", 3, 10, 5)).toBe(4);
    expect(targetRow("ArrowDown", 9, 10, 5)).toBe(9);
    expect(targetRow("ArrowUp", 3, 10, 5)).toBe(2);
    expect(targetRow("ArrowUp", 0, 10, 5)).toBe(0);
  });

  it("jumps to the first and last loaded row, and by a page", () => {
    expect(targetRow("Home", 7, 10, 5)).toBe(0);
    expect(targetRow("End", 2, 10, 5)).toBe(9);
    expect(targetRow("PageDown", 2, 10, 5)).toBe(7);
    expect(targetRow("PageDown", 8, 10, 5)).toBe(9);
    expect(targetRow("PageUp", 3, 10, 5)).toBe(0);
  });

  it("ignores other keys and empty tables", () => {
    expect(targetRow("a", 3, 10, 5)).toBeNull();
    expect(targetRow("ArrowDown", 0, 0, 5)).toBeNull();
  });
});
