import { describe, expect, it } from "vitest";
import { clientsFullCatalogue } from "../../../kanbert/catalogue.ts";
import { memoryStorage } from "../../../lib/storage.ts";
import {
  importSummary,
  importViews,
  readSavedViews,
  SAVED_VIEWS_KEY,
  type SavedView,
  serialiseViews,
  writeSavedViews,
} from "./saved-views.ts";

const view = (name: string, filter = 'segment eq "A"'): SavedView => ({
  id: `id-${name}`,
  name,
  filter,
  sort: "name",
  columns: ["name", "segment"],
});

describe("saved views", () => {
  it("round-trips through storage and ignores broken entries", () => {
    const storage = memoryStorage();
    writeSavedViews(storage, [view("A clients")]);
    expect(readSavedViews(storage)).toEqual([view("A clients")]);
    storage.setItem(SAVED_VIEWS_KEY, JSON.stringify({ version: 1, views: [view("ok"), { name: 3 }] }));
    expect(readSavedViews(storage)).toEqual([view("ok")]);
    storage.setItem(SAVED_VIEWS_KEY, "{not json");
    expect(readSavedViews(storage)).toEqual([]);
    expect(readSavedViews(memoryStorage())).toEqual([]);
  });

  it("imports valid views, replaces same-named ones and reports what it skipped", () => {
    let n = 0;
    const file = serialiseViews([view("New"), view("Broken", 'segment eq "Z"'), view("Mine", "nme eq 1")]);
    const result = importViews(file, [view("Old")], clientsFullCatalogue, () => `new-${++n}`);
    expect(result.views.map((v) => v.name)).toEqual(["Old", "New"]);
    expect(result.views[1]?.id).toBe("new-1");
    expect(importSummary(result)).toMatch(
      /^Imported 1 view, skipped 2: 'Broken' — the filter is not valid \(.*"Z" is not a valid value.*\); 'Mine' — the filter is not valid/,
    );
    const again = importViews(
      serialiseViews([view("Old", "")]),
      [view("Old")],
      clientsFullCatalogue,
      () => "x",
    );
    expect(again.views).toEqual([{ ...view("Old"), filter: "" }]);
  });

  it("rejects files that are not exports, and bad sort keys", () => {
    const none = importViews('[1, {"name": "x"}]', [], clientsFullCatalogue, () => "x");
    expect(importSummary(none)).toBe(
      "Imported 0 views, skipped 2: 'view 1' — it is not a saved view (name, filter, sort, columns); 'x' — it is not a saved view (name, filter, sort, columns).",
    );
    expect(importSummary(importViews("nope", [], clientsFullCatalogue, () => "x"))).toContain(
      "it is not JSON",
    );
    const badSort = importViews(
      JSON.stringify([{ ...view("S"), sort: "-colour" }]),
      [],
      clientsFullCatalogue,
      () => "x",
    );
    expect(badSort.skipped).toEqual([{ name: "S", reason: "the sort key colour is unknown" }]);
  });
});
