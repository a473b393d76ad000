import { describe, expect, it } from "vitest";
import {
  extendTo,
  followScope,
  isEmpty,
  isSelected,
  loadedState,
  NO_SELECTION,
  type SelectionScope,
  selectedCount,
  selectLoaded,
  selectMatching,
  toggle,
  withCount,
} from "./selection.ts";

const ids = ["a", "b", "c", "d", "e"];
const scope: SelectionScope = { filter: 'segment eq "B"', sort: "name", archived: "without" };
const picked = (s: Parameters<typeof isSelected>[0]) => ids.filter((id) => isSelected(s, id));

describe("selection model", () => {
  it("click toggles one row; Shift-click selects the range from the anchor, either direction", () => {
    const one = toggle(NO_SELECTION, "b");
    expect(picked(one)).toEqual(["b"]);
    expect(picked(extendTo(one, ids, "d"))).toEqual(["b", "c", "d"]);
    const back = extendTo(toggle(NO_SELECTION, "d"), ids, "a");
    expect(picked(back)).toEqual(["a", "b", "c", "d"]);
    expect(selectedCount(back)).toBe(4);
    expect(picked(toggle(one, "b"))).toEqual([]);
  });

  it("a range from an unticked anchor unticks the range", () => {
    const all = selectLoaded(ids);
    const off = toggle(all, "b");
    expect(picked(extendTo(off, ids, "d"))).toEqual(["a", "e"]);
  });

  it("without an anchor Shift-click toggles the one row", () => {
    expect(picked(extendTo(NO_SELECTION, ids, "c"))).toEqual(["c"]);
  });

  it("header state: none, some, all of the loaded rows", () => {
    expect(loadedState(NO_SELECTION, ids)).toBe("none");
    expect(loadedState(toggle(NO_SELECTION, "a"), ids)).toBe("some");
    expect(loadedState(selectLoaded(ids), ids)).toBe("all");
  });

  it("all matching: every row (even ones not loaded yet) minus the unticked; count unknown", () => {
    const all = toggle(toggle(selectMatching(scope), "b"), "d");
    expect(all).toMatchObject({ kind: "matching", scope });
    expect(all.kind === "matching" && [...all.excludedIds]).toEqual(["b", "d"]);
    expect(isSelected(all, "not-loaded-yet")).toBe(true);
    expect(picked(all)).toEqual(["a", "c", "e"]);
    expect(selectedCount(all)).toBeNull();
    expect(picked(toggle(all, "b"))).toEqual(["a", "b", "c", "e"]);
  });

  it("all matching takes the count a walk found, keeps it exact through unticks, ignores a stale walk", () => {
    const all = toggle(selectMatching(scope), "b");
    if (all.kind !== "matching") throw new Error("expected all matching");
    const counted = withCount(all, all.excludedIds, 148);
    expect(selectedCount(counted)).toBe(148);
    // Told the same count again (each step of a run), it stays the very same selection.
    expect(withCount(counted, all.excludedIds, 148)).toBe(counted);
    expect(selectedCount(toggle(counted, "c"))).toBe(147);
    expect(selectedCount(toggle(toggle(counted, "c"), "c"))).toBe(148);
    expect(selectedCount(toggle(counted, "b"))).toBe(149);
    // Unticked during the walk: the walk counted another selection, the count stays unknown.
    expect(selectedCount(withCount(toggle(all, "d"), all.excludedIds, 148))).toBeNull();
    // Some rows by id already know their count; a walk does not change it.
    const two = toggle(toggle(NO_SELECTION, "a"), "b");
    expect(selectedCount(withCount(two, new Set(), 148))).toBe(2);
  });

  it("kept across the same scope (scroll, pages, refetch); cleared on filter, sort or archived change", () => {
    const s = toggle(NO_SELECTION, "a");
    expect(followScope(s, scope, { ...scope })).toEqual({ selection: s, cleared: false });
    for (const next of [
      { ...scope, filter: "" },
      { ...scope, sort: "-name" },
      { ...scope, archived: "only" as const },
    ]) {
      const result = followScope(s, scope, next);
      expect(result.cleared).toBe(true);
      expect(isEmpty(result.selection)).toBe(true);
    }
    expect(followScope(NO_SELECTION, scope, { ...scope, filter: "" }).cleared).toBe(false);
  });
});
