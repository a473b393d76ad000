import { describe, expect, it } from "vitest";
import { cond } from "../../../filter/index.ts";
import { searchOf, snapshotOf } from "./view-search.ts";

describe("saved view snapshots", () => {
  it("keeps the archived mode inside the filter text, and sort and columns as the URL spells them", () => {
    const snapshot = snapshotOf({
      filter: cond("segment", "eq", "A"),
      archived: "only",
      sort: [
        { key: "created_at", desc: true },
        { key: "name", desc: false },
      ],
      columns: ["name", "segment"],
    });
    expect(snapshot).toEqual({
      filter: 'archived eq "only" and segment eq "A"',
      sort: "-created_at,name",
      columns: ["name", "segment"],
    });
    expect(searchOf(snapshot)).toEqual({
      filter: 'archived eq "only" and segment eq "A"',
      sort: "-created_at,name",
      cols: "name,segment",
    });
  });

  it("leaves out what is empty", () => {
    const snapshot = snapshotOf({ filter: null, archived: "without", sort: [], columns: [] });
    expect(searchOf(snapshot)).toEqual({
      filter: undefined,
      sort: undefined,
      cols: undefined,
    });
  });
});
