import { describe, expect, it } from "vitest";
import { clientsFullCatalogue } from "../../../kanbert/catalogue.ts";
import { memoryStorage } from "../../../lib/storage.ts";
import {
  importSummary,
  importViews,
  readSavedViews,
  type SavedView,
  serialiseViews,
  writeSavedViews,
} from "./saved-views.ts";
import { SAVED_COMMENT_VIEWS_KEY, SAVED_VIEWS_KEY } from "./storage-keys.ts";

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
    writeSavedViews(storage, SAVED_VIEWS_KEY, [view("A clients")]);
    expect(readSavedViews(storage, SAVED_VIEWS_KEY)).toEqual([view("A clients")]);
    storage.setItem(SAVED_VIEWS_KEY, JSON.stringify({ version: 1, views: [view("ok"), { name: 3 }] }));
    expect(readSavedViews(storage, SAVED_VIEWS_KEY)).toEqual([view("ok")]);
    storage.setItem(SAVED_VIEWS_KEY, "{not json");
    expect(readSavedViews(storage, SAVED_VIEWS_KEY)).toEqual([]);
    expect(readSavedViews(memoryStorage(), SAVED_VIEWS_KEY)).toEqual([]);
  });

  it("keeps each page's views apart; the clients table still reads its views from the old key", () => {
    const storage = memoryStorage();
    storage.setItem("kanbert.savedViews.v1", JSON.stringify({ version: 1, views: [view("Old clients")] }));
    writeSavedViews(storage, SAVED_COMMENT_VIEWS_KEY, [view("Internal", "is_public eq false")]);
    expect(readSavedViews(storage, SAVED_VIEWS_KEY).map((v) => v.name)).toEqual(["Old clients"]);
    expect(readSavedViews(storage, SAVED_COMMENT_VIEWS_KEY).map((v) => v.name)).toEqual(["Internal"]);
    expect(SAVED_COMMENT_VIEWS_KEY).not.toBe("kanbert.savedViews.v1");
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
      "Imported 0 views, skipped 2: 'view 1' — it is not a saved view (name, filter, sort, columns); 'x' — its filter is missing.",
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

  it("imports views without an id, assigning one, and names why a view is skipped", () => {
    let n = 0;
    const result = importViews(
      JSON.stringify({
        version: 1,
        views: [
          { name: "No id", filter: 'segment eq "B"', sort: "", columns: [] },
          { name: "Empty list", filter: "segment in []", sort: "", columns: [] },
          { name: "No filter", sort: "", columns: [] },
          { name: "Bad columns", filter: "", sort: "", columns: "name" },
        ],
      }),
      [],
      clientsFullCatalogue,
      () => `new-${++n}`,
    );
    expect(result.views).toEqual([
      { id: "new-1", name: "No id", filter: 'segment eq "B"', sort: "", columns: [] },
    ]);
    expect(result.skipped).toEqual([
      {
        name: "Empty list",
        reason: `the filter is not valid ('in' needs at least one value, e.g. segment in ["a"])`,
      },
      { name: "No filter", reason: "its filter is missing" },
      { name: "Bad columns", reason: expect.stringMatching(/^its columns is not valid \(/) },
    ]);
  });
});
