import { describe, expect, it } from "vitest";
import { lookupOperator } from "../operators.ts";
import { parse } from "../parse.ts";
import { OPERATOR_WORDS } from "./operator-words.ts";

describe("lookupOperator", () => {
  it("knows every canonical comparison operator", () => {
    for (const op of ["eq", "ne", "lt", "lte", "gt", "gte", "contains", "like", "startswith", "endswith"])
      expect(lookupOperator(op)).toEqual({ kind: "comparison", op });
    for (const op of ["in", "nin", "isnull", "isnotnull"])
      expect(lookupOperator(op)).toEqual({ kind: "comparison", op });
  });

  it("maps every alias and symbol to its canonical name", () => {
    const aliases: [string, string][] = [
      ["neq", "ne"],
      ["le", "lte"],
      ["ge", "gte"],
      ["notin", "nin"],
      ["notnull", "isnotnull"],
      ["=", "eq"],
      ["==", "eq"],
      ["!=", "ne"],
      ["<>", "ne"],
      ["<", "lt"],
      ["<=", "lte"],
      [">", "gt"],
      [">=", "gte"],
      ["is null", "isnull"],
      ["is not null", "isnotnull"],
    ];
    for (const [spelling, op] of aliases)
      expect(lookupOperator(spelling)).toEqual({ kind: "comparison", op });
  });

  it("ignores case and surrounding or repeated white space", () => {
    expect(lookupOperator("StartsWith")).toEqual({ kind: "comparison", op: "startswith" });
    expect(lookupOperator(" NEQ ")).toEqual({ kind: "comparison", op: "ne" });
    expect(lookupOperator("Is  Not\tNull")).toEqual({ kind: "comparison", op: "isnotnull" });
  });

  it("knows the quantifiers, in any case", () => {
    expect(lookupOperator("any")).toEqual({ kind: "quantifier", op: "any" });
    expect(lookupOperator("NONE")).toEqual({ kind: "quantifier", op: "none" });
    expect(lookupOperator("All")).toEqual({ kind: "quantifier", op: "all" });
  });

  it("knows nothing else", () => {
    for (const spelling of ["", "count", "between", "isnull2", "is", "=<", "not in"])
      expect(lookupOperator(spelling)).toBeUndefined();
  });

  it("offers every word spelling, aliases after the canonical names, when an operator is missing", () => {
    const result = parse("name");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.expected).toEqual(OPERATOR_WORDS);
  });
});
