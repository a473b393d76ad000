import { describe, expect, it } from "vitest";
import {
  all,
  and,
  any,
  cond,
  count,
  none,
  normalize,
  or,
  quantified,
  special,
  todayOffset,
} from "../build.ts";

describe("constructors", () => {
  it("build conditions, a null operator without a value", () => {
    expect(cond("a", "isnull")).toStrictEqual({ type: "condition", field: "a", op: "isnull" });
    expect(cond("a", "isnotnull")).toStrictEqual({ type: "condition", field: "a", op: "isnotnull" });
    expect(cond("a", "eq", 5)).toStrictEqual({ type: "condition", field: "a", op: "eq", value: 5 });
    expect(cond("a", "in", ["x", 2])).toStrictEqual({
      type: "condition",
      field: "a",
      op: "in",
      value: ["x", 2],
    });
  });

  it("turn -0 into 0, in values, lists, counts and day offsets", () => {
    expect(cond("a", "eq", -0)).toStrictEqual({ type: "condition", field: "a", op: "eq", value: 0 });
    expect(cond("a", "in", [-0, -1])).toStrictEqual({
      type: "condition",
      field: "a",
      op: "in",
      value: [0, -1],
    });
    expect(count("p", "eq", -0)).toStrictEqual({ type: "count", field: "p", op: "eq", value: 0 });
    expect(count("p", "gt", 3)).toStrictEqual({ type: "count", field: "p", op: "gt", value: 3 });
    expect(todayOffset(-0)).toStrictEqual({ kind: "today-offset", days: 0 });
    expect(todayOffset(-4)).toStrictEqual({ kind: "today-offset", days: -4 });
    expect(special("eom")).toStrictEqual({ kind: "special", name: "eom" });
  });

  it("build groups and quantifiers, a bare quantifier without a where key", () => {
    const a = cond("a", "isnull");
    expect(and(a, a)).toStrictEqual({ type: "group", kind: "and", children: [a, a] });
    expect(or(a)).toStrictEqual({ type: "group", kind: "or", children: [a] });
    expect(any("p")).toStrictEqual({ type: "quantifier", field: "p", quantifier: "any" });
    expect(none("p", a)).toStrictEqual({ type: "quantifier", field: "p", quantifier: "none", where: a });
    expect(all("p", a)).toStrictEqual({ type: "quantifier", field: "p", quantifier: "all", where: a });
    expect(quantified("p", "all")).toStrictEqual({ type: "quantifier", field: "p", quantifier: "all" });
  });
});

describe("normalize", () => {
  const a = cond("a", "isnull");
  const b = cond("b", "isnull");

  it("makes nothing of nothing and of empty groups", () => {
    expect(normalize(null)).toBeNull();
    expect(normalize(undefined)).toBeNull();
    expect(normalize(and())).toBeNull();
    expect(normalize(or(and(), or()))).toBeNull();
  });

  it("replaces a one-child group by its child, dropping empty children", () => {
    expect(normalize(and(a))).toStrictEqual(a);
    expect(normalize(or(and(), a))).toStrictEqual(a);
    expect(normalize(and(a, or(), b))).toStrictEqual(and(a, b));
  });

  it("keeps the kind and nested same-kind groups", () => {
    expect(normalize(or(a, b))).toStrictEqual(or(a, b));
    expect(normalize(and(a, and(a, b)))).toStrictEqual(and(a, and(a, b)));
  });

  it("normalizes a relation's sub-expression; an empty one makes it bare", () => {
    expect(normalize(any("p", and(a)))).toStrictEqual(any("p", a));
    expect(normalize(none("p", or()))).toStrictEqual(none("p"));
    expect(normalize(all("p"))).toStrictEqual(all("p"));
    expect(normalize(and(any("p", or(and(b))), count("p", "gte", 1)))).toStrictEqual(
      and(any("p", b), count("p", "gte", 1)),
    );
  });

  it("leaves conditions and counts as they are", () => {
    expect(normalize(a)).toBe(a);
    const c = count("p", "lt", 2);
    expect(normalize(c)).toBe(c);
  });
});
