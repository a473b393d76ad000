import { describe, expect, it } from "vitest";
import { columnsForMenu, moveColumn, showColumn } from "./column-list.ts";

describe("column list edits", () => {
  it("shows a column at the end and hides it again, never hiding the name", () => {
    expect(showColumn(["name", "segment"], "created_at", true)).toEqual(["name", "segment", "created_at"]);
    expect(showColumn(["name", "segment"], "segment", false)).toEqual(["name"]);
    expect(showColumn(["name", "segment"], "name", false)).toEqual(["name", "segment"]);
  });

  it("moves a column one place, staying inside the list", () => {
    expect(moveColumn(["name", "segment", "shortcode"], "shortcode", -1)).toEqual([
      "name",
      "shortcode",
      "segment",
    ]);
    expect(moveColumn(["name", "segment"], "name", -1)).toEqual(["name", "segment"]);
    expect(moveColumn(["name", "segment"], "segment", 1)).toEqual(["name", "segment"]);
  });

  it("lists visible columns first, then the hidden ones", () => {
    const menu = columnsForMenu(["segment", "name"]);
    expect(menu.slice(0, 3)).toEqual([
      { id: "segment", visible: true },
      { id: "name", visible: true },
      { id: "shortcode", visible: false },
    ]);
    expect(menu).toHaveLength(9);
  });
});
