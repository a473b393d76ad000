import { describe, expect, it } from "vitest";
import { COUNT_OPERATORS, isCountOperator, isFieldName, isList, isSymbolic, QUANTIFIERS } from "../ast.ts";
import { special, todayOffset } from "../build.ts";

describe("the AST's tables and guards", () => {
  it("offers eq, ne, lt, lte, gt and gte for counts, any, none and all as quantifiers", () => {
    expect(COUNT_OPERATORS).toEqual(["eq", "ne", "lt", "lte", "gt", "gte"]);
    expect(QUANTIFIERS).toEqual(["any", "none", "all"]);
    expect(isCountOperator("gte")).toBe(true);
    expect(isCountOperator("in")).toBe(false);
    expect(isCountOperator("contains")).toBe(false);
  });

  it("tells lists and special values apart", () => {
    expect(isList(["a"])).toBe(true);
    expect(isList([])).toBe(true);
    expect(isList("a")).toBe(false);
    expect(isSymbolic(special("now"))).toBe(true);
    expect(isSymbolic(todayOffset(2))).toBe(true);
    expect(isSymbolic(null)).toBe(false);
    expect(isSymbolic("now")).toBe(false);
    expect(isSymbolic(3)).toBe(false);
  });

  it("accepts dotted identifiers as field names, nothing else", () => {
    for (const name of ["a", "_x", "Name", "primary_contact.id", "a1.b_2.C3", "A_"])
      expect(isFieldName(name)).toBe(true);
    for (const name of ["", "1a", "a.", ".a", "a..b", "a-b", "a b", " a", "a ", "a.1b", "é", "a.b-"])
      expect(isFieldName(name)).toBe(false);
  });
});
