import { describe, expect, it } from "vitest";
import { print } from "../../../filter/index.ts";
import { apiFilter, clientsSearchSchema, readView, writeView } from "./url-state.ts";

describe("clients view in the URL", () => {
  it("gives the defaults for an empty URL", () => {
    const view = readView(clientsSearchSchema.parse({}));
    expect(view).toMatchObject({ filter: null, archived: "without", notices: [] });
    expect(view.sort).toEqual([{ key: "name", desc: false }]);
    expect(view.columns[0]).toBe("name");
  });

  it("drops malformed params instead of throwing", () => {
    const search = clientsSearchSchema.parse({ archived: "maybe", sort: 42, filter: ["x"] });
    expect(search).toEqual({ archived: undefined, sort: undefined, filter: undefined, cols: undefined });
  });

  it("explains an invalid filter and shows everything instead", () => {
    const view = readView({ filter: "name containz 'a'" });
    expect(view.filter).toBeNull();
    expect(view.notices[0]).toMatch(/^The filter in this link is not valid \(.*containz.*\)/);
  });

  it("explains a filter on a field clients do not have", () => {
    const view = readView({ filter: "title eq 'x'" });
    expect(view.filter).toBeNull();
    expect(view.notices[0]).toContain("title");
  });

  it("keeps known columns, reports unknown ones, and always keeps the name column", () => {
    const view = readView({ cols: "segment,bogus,created_at" });
    expect(view.columns).toEqual(["name", "segment", "created_at"]);
    expect(view.notices).toEqual(["Unknown column bogus ignored."]);
  });

  it("moves archived out of the filter text into the archived mode", () => {
    const view = readView({ filter: 'archived eq "only" and segment eq "A"' });
    expect(view.archived).toBe("only");
    expect(print(view.filter)).toBe('segment eq "A"');
  });

  it("round-trips a view through the URL with defaults left out", () => {
    const view = readView({ filter: 'segment in ["A"]', sort: "-created_at,name", archived: "with" });
    const search = writeView(view);
    expect(search).toEqual({
      filter: 'segment in ["A"]',
      sort: "-created_at,name",
      archived: "with",
      cols: undefined,
    });
    expect(readView(search)).toEqual(view);
  });

  it("sends archived to the API as a top-level condition unless it is the default", () => {
    const view = readView({ filter: 'segment eq "A"', archived: "only" });
    expect(print(apiFilter(view))).toBe('archived eq "only" and segment eq "A"');
    expect(print(apiFilter({ filter: null, archived: "without" }))).toBe("");
  });
});
