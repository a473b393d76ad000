import { describe, expect, it } from "vitest";
import { type FilterNode, parse } from "../../../filter/index.ts";
import { clientsFullCatalogue, tasksCatalogue } from "../../../kanbert/catalogue.ts";
import { describeFilter, topLevelParts } from "./describe.ts";

const ast = (text: string): FilterNode => {
  const parsed = parse(text);
  if (!parsed.ok) throw new Error(parsed.error.message);
  if (parsed.ast === null) throw new Error("empty");
  return parsed.ast;
};
const words = (text: string) => describeFilter(ast(text), clientsFullCatalogue);

describe("chip wording", () => {
  it.each([
    ['segment in ["A", "B"]', "Segment is A or B"],
    ['segment in ["A", "B", "C"]', "Segment is A, B or C"],
    ['segment nin ["A", "B"]', "Segment is neither A nor B"],
    ['segment eq "C"', "Segment is C"],
    ['name contains "Acme"', "Name contains “Acme”"],
    ['name startswith "Ac"', "Name starts with “Ac”"],
    ['shortcode ne "X1"', "Shortcode is not “X1”"],
    ['projects any (status eq "running" and is_acquisition eq true)', "Has a running acquisition project"],
    ['projects none (status eq "closed")', "Has no closed project"],
    ['projects all (status eq "running")', "All projects are running"],
    ["projects any (is_acquisition eq true)", "Has an acquisition project"],
    ['projects any (name contains "Audit")', "Has a project where name contains “Audit”"],
    ["projects none", "Has no projects"],
    ["projects any", "Has projects"],
    ["projects.count gte 2", "Has at least 2 projects"],
    ["projects.count eq 1", "Has exactly 1 project"],
    ["primary_contact.id eq me.id", "Primary contact is me"],
    ["primary_contact.id isnull", "Primary contact is empty"],
    ["origin_space.id isnotnull", "Shared with us"],
    ["origin_space.id isnull", "Not shared with us"],
    ['name contains "ac" or shortcode contains "ac"', "Name or shortcode contains “ac”"],
    ['segment eq "A" or name eq "x"', "Any of: Segment is A; Name is “x”"],
    [
      'segment eq "A" or (name eq "x" and shortcode eq "y")',
      "Any of: Segment is A; (All of: Name is “x”; Shortcode is “y”)",
    ],
  ])("%s → %s", (text, expected) => {
    expect(words(text)).toBe(expected);
  });

  it("names ids through the lookup", () => {
    const text = describeFilter(ast('primary_contact.id in ["u1", "u2"]'), clientsFullCatalogue, {
      nameOf: (_field, id) => (id === "u1" ? "Greta Petrov" : undefined),
    });
    expect(text).toBe("Primary contact is Greta Petrov or u2");
  });

  it("words dates and their macros", () => {
    const of = (text: string) => describeFilter(ast(text), tasksCatalogue);
    expect(of("due_date lt today-30d")).toBe("Due date is before 30 days ago");
    expect(of("due_date gte sow")).toBe("Due date is on or after the start of this week");
    expect(of('due_date eq "2025-03-12"')).toBe("Due date is 2025-03-12");
  });

  it("splits the top-level AND into chips", () => {
    expect(topLevelParts(null)).toEqual([]);
    expect(topLevelParts(ast('name eq "a" and segment eq "A"'))).toHaveLength(2);
    expect(topLevelParts(ast('name eq "a" or segment eq "A"'))).toHaveLength(1);
  });
});
