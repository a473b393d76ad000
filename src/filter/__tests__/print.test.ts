import { describe, expect, it } from "vitest";
import { and, any, cond, count, none, or, special, todayOffset } from "../build.ts";
import { print, printScalar } from "../print.ts";

describe("print", () => {
  it("prints nothing for no filter and for empty groups", () => {
    expect(print(null)).toBe("");
    expect(print(undefined)).toBe("");
    expect(print(and(or()))).toBe("");
  });

  it("prints conditions with and without a value", () => {
    expect(print(cond("name", "contains", "Acme"))).toBe('name contains "Acme"');
    expect(print(cond("a.b", "isnull"))).toBe("a.b isnull");
    expect(print(cond("a", "isnotnull"))).toBe("a isnotnull");
    expect(print(cond("a", "in", [1, "x", null]))).toBe('a in [1, "x", null]');
    expect(print(cond("a", "nin", []))).toBe("a nin []");
  });

  it("prints counts and relations", () => {
    expect(print(count("projects", "gte", 2))).toBe("projects.count gte 2");
    expect(print(any("projects"))).toBe("projects any");
    expect(print(none("projects", cond("status", "eq", "closed")))).toBe(
      'projects none (status eq "closed")',
    );
    expect(print(any("p", and(cond("a", "eq", 1), cond("b", "eq", 2))))).toBe("p any (a eq 1 and b eq 2)");
  });

  it("puts parentheses around every group inside a group, and only there", () => {
    expect(print(and(cond("a", "eq", 1), cond("b", "eq", 2), cond("c", "eq", 3)))).toBe(
      "a eq 1 and b eq 2 and c eq 3",
    );
    expect(print(or(cond("a", "eq", 1), and(cond("b", "eq", 2), cond("c", "eq", 3))))).toBe(
      "a eq 1 or (b eq 2 and c eq 3)",
    );
    expect(print(and(or(cond("a", "eq", 1), cond("b", "eq", 2)), any("p")))).toBe(
      "(a eq 1 or b eq 2) and p any",
    );
  });
});

describe("printScalar", () => {
  it("prints each kind of value as the DSL writes it", () => {
    expect(printScalar(null)).toBe("null");
    expect(printScalar(true)).toBe("true");
    expect(printScalar(false)).toBe("false");
    expect(printScalar(-1.5)).toBe("-1.5");
    expect(printScalar(2e21)).toBe("2e+21");
    expect(printScalar("")).toBe('""');
    expect(printScalar(`it's "x" \\ y`)).toBe(`"it's \\"x\\" \\\\ y"`);
    expect(printScalar('""')).toBe('"\\"\\""');
    expect(printScalar(special("me.id"))).toBe("me.id");
    expect(printScalar(todayOffset(-30))).toBe("today-30d");
    expect(printScalar(todayOffset(5))).toBe("today+5d");
  });
});
