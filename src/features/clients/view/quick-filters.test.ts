import { describe, expect, it } from "vitest";
import { type FilterNode, parse, print } from "../../../filter/index.ts";
import { readQuickFilters, withMine, withSearch, withSegments, withShared } from "./quick-filters.ts";

function ast(text: string): FilterNode | null {
  const result = parse(text);
  if (!result.ok) throw new Error(result.error.message);
  return result.ast;
}

describe("quick filters over the filter AST", () => {
  it("reads nothing from an empty filter", () => {
    expect(readQuickFilters(null)).toEqual({ search: "", segments: [], mine: false, shared: false });
  });

  it("writes each quick filter as one child of the top-level AND, in the order they were set", () => {
    let filter = withSearch(null, "acme");
    filter = withSegments(filter, ["B", "A"]);
    filter = withMine(filter, true);
    filter = withShared(filter, true);
    expect(print(filter)).toBe(
      '(name contains "acme" or shortcode contains "acme") and segment in ["A", "B"] and primary_contact.id eq me.id and origin_space.id isnotnull',
    );
    expect(readQuickFilters(filter)).toEqual({
      search: "acme",
      segments: ["A", "B"],
      mine: true,
      shared: true,
    });
  });

  it("replaces a quick filter in place and keeps the rest of a hand-made filter untouched", () => {
    const filter = ast('projects any (status eq "running") and segment eq "C" and name startswith "X"');
    const next = withSegments(filter, ["A"]);
    expect(print(next)).toBe(
      'projects any (status eq "running") and segment in ["A"] and name startswith "X"',
    );
  });

  it("removes a quick filter, collapsing a one-child group", () => {
    const filter = withMine(withShared(null, true), true);
    expect(print(withShared(filter, false))).toBe("primary_contact.id eq me.id");
    expect(withMine(withShared(filter, false), false)).toBeNull();
  });

  it("treats all three segments as no segment filter", () => {
    expect(withSegments(null, ["A", "B", "C"])).toBeNull();
  });

  it("recognises segment eq as a one-segment selection", () => {
    expect(readQuickFilters(ast('segment eq "B"')).segments).toEqual(["B"]);
  });

  it("does not mistake an OR at the top for quick filters", () => {
    const filter = ast('segment eq "A" or origin_space.id isnotnull');
    expect(readQuickFilters(filter)).toEqual({ search: "", segments: [], mine: false, shared: false });
    expect(print(withMine(filter, true))).toBe(
      '(segment eq "A" or origin_space.id isnotnull) and primary_contact.id eq me.id',
    );
  });

  it("clears the search when the text is blank and trims it otherwise", () => {
    const filter = withSearch(null, "  acme  ");
    expect(readQuickFilters(filter).search).toBe("acme");
    expect(withSearch(filter, "   ")).toBeNull();
  });
});
