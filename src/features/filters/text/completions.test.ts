import { describe, expect, it } from "vitest";
import { clientsFullCatalogue } from "../../../kanbert/catalogue.ts";
import { completionsAt } from "./completions.ts";

const labels = (text: string, caret = text.length) =>
  completionsAt(text, caret, clientsFullCatalogue).items.map((item) => item.label);

describe("completions", () => {
  it("completes field names at the start and after and/or", () => {
    expect(labels("seg")).toEqual(["segment"]);
    expect(labels('name eq "a" and pr')).toEqual(["primary_contact.id", "projects"]);
    expect(labels("")).toContain("origin_space.id");
  });

  it("completes the operators the field allows", () => {
    expect(labels("segment ")).toEqual(["eq", "ne", "in", "nin", "isnull", "isnotnull"]);
    expect(labels("name sta")).toEqual(["startswith"]);
    expect(labels("projects ")).toEqual(["any", "none", "all"]);
    expect(labels("projects.count ")).toEqual(["eq", "ne", "lt", "lte", "gt", "gte"]);
  });

  it("completes enum values, booleans and me.id", () => {
    expect(labels("segment eq ")).toEqual(["A", "B", "C"]);
    expect(labels('segment in ["A", ')).toEqual(["A", "B", "C"]);
    expect(labels('segment eq "B')).toEqual(["B"]);
    expect(labels("primary_contact.id eq ")).toEqual(["me.id"]);
  });

  it("uses the relation's fields inside its parentheses", () => {
    expect(labels("projects any (")).toEqual(["shortcode", "name", "is_acquisition", "status"]);
    expect(labels("projects any (is_acquisition eq ")).toEqual(["true", "false"]);
    expect(labels('projects any (status eq "running") and na')).toEqual(["name"]);
  });

  it("offers and/or after a complete condition and replaces only the word at the caret", () => {
    expect(labels('name eq "a" ')).toEqual(["and", "or"]);
    const result = completionsAt("segmen eq", 6, clientsFullCatalogue);
    expect(result).toMatchObject({ from: 0, to: 6, items: [{ label: "segment", insert: "segment " }] });
  });
});
