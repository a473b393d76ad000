import { describe, expect, it } from "vitest";
import { and, any, cond, or } from "../build.ts";
import { takeTopLevel } from "../placement.ts";

describe("takeTopLevel", () => {
  const archived = cond("archived", "eq", "with");
  const name = cond("name", "eq", "x");
  const segment = cond("segment", "eq", "A");

  it("takes the field when it is the whole filter", () => {
    expect(takeTopLevel(archived, "archived")).toStrictEqual({ taken: archived, rest: null });
    expect(takeTopLevel(and(archived), "archived")).toStrictEqual({
      taken: archived,
      rest: { type: "group", kind: "and", children: [] },
    });
    expect(takeTopLevel(null, "archived")).toStrictEqual({ rest: null });
  });

  it("takes it out of the top-level AND, keeping the others", () => {
    expect(takeTopLevel(and(name, archived), "archived")).toStrictEqual({ taken: archived, rest: name });
    expect(takeTopLevel(and(archived, name, segment), "archived")).toStrictEqual({
      taken: archived,
      rest: and(name, segment),
    });
  });

  it("leaves a filter without it at the top level untouched", () => {
    const filter = and(name, segment);
    expect(takeTopLevel(filter, "archived")).toStrictEqual({ rest: filter });
    expect(takeTopLevel(name, "archived")).toStrictEqual({ rest: name });
    expect(takeTopLevel(or(archived, name), "archived")).toStrictEqual({ rest: or(archived, name) });
    expect(takeTopLevel(any("archived"), "archived")).toStrictEqual({ rest: any("archived") });
    expect(takeTopLevel(and(any("archived"), name), "archived")).toStrictEqual({
      rest: and(any("archived"), name),
    });
  });
});
