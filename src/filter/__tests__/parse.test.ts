import { describe, expect, it } from "vitest";
import { all, and, any, cond, count, none, or, special, todayOffset } from "../build.ts";
import type { FilterError } from "../errors.ts";
import { parse } from "../parse.ts";
import { print } from "../print.ts";
import { spanOf } from "../spans.ts";

function ast(text: string) {
  const result = parse(text);
  if (!result.ok) throw new Error(`${text}: ${result.error.message}`);
  return result.ast;
}
function error(text: string): FilterError {
  const result = parse(text);
  if (result.ok) throw new Error(`${text} parsed`);
  return result.error;
}

describe("parse", () => {
  it("reads empty and blank text as no filter", () => {
    expect(parse("")).toStrictEqual({ ok: true, ast: null });
    expect(parse("  \n\t ")).toStrictEqual({ ok: true, ast: null });
  });

  it("accepts every operator spelling, case-insensitively", () => {
    const spellings: [string, string][] = [
      ["=", "eq"],
      ["==", "eq"],
      ["EQ", "eq"],
      ["!=", "ne"],
      ["<>", "ne"],
      ["NEQ", "ne"],
      ["<", "lt"],
      ["<=", "lte"],
      ["le", "lte"],
      [">", "gt"],
      [">=", "gte"],
      ["Ge", "gte"],
      ["Contains", "contains"],
      ["LIKE", "like"],
      ["StartsWith", "startswith"],
      ["endsWith", "endswith"],
    ];
    for (const [spelling, op] of spellings) expect(print(ast(`a ${spelling} 1`))).toBe(`a ${op} 1`);
    expect(ast("a NotIn [1]")).toStrictEqual(cond("a", "nin", [1]));
    expect(ast("a IN []")).toStrictEqual(cond("a", "in", []));
    for (const text of ["a isnull", "a IS NULL", "a is  null", "a ISNULL"])
      expect(ast(text)).toStrictEqual(cond("a", "isnull"));
    for (const text of ["a isnotnull", "a notnull", "a is not null", "a Is Not Null"]) {
      expect(ast(text)).toStrictEqual(cond("a", "isnotnull"));
    }
  });

  it("reads values", () => {
    expect(ast(`a eq "x\\"y\\\\z\\n"`)).toStrictEqual(cond("a", "eq", 'x"y\\zn'));
    expect(ast("a eq 'it''s'".replace("''", "\\'"))).toStrictEqual(cond("a", "eq", "it's"));
    expect(ast("a eq -1.5")).toStrictEqual(cond("a", "eq", -1.5));
    expect(ast("a eq 2e3")).toStrictEqual(cond("a", "eq", 2000));
    expect(ast("a eq TRUE or a eq false or a eq Null")).toStrictEqual(
      or(cond("a", "eq", true), cond("a", "eq", false), cond("a", "eq", null)),
    );
    expect(ast("a in [me.id, 'x', 3, today-30d, today+5d, now, sow, eow, som, eom, today]")).toStrictEqual(
      cond("a", "in", [
        special("me.id"),
        "x",
        3,
        todayOffset(-30),
        todayOffset(5),
        special("now"),
        special("sow"),
        special("eow"),
        special("som"),
        special("eom"),
        special("today"),
      ]),
    );
    expect(ast("a eq 'today'")).toStrictEqual(cond("a", "eq", "today"));
    expect(ast("a eq today-0d")).toStrictEqual(cond("a", "eq", todayOffset(0)));
  });

  it("binds and tighter than or, left to right, and keeps parenthesised nesting", () => {
    const [a, b, c, d] = ["a", "b", "c", "d"].map((f) => cond(f, "eq", 1));
    if (a === undefined || b === undefined || c === undefined || d === undefined)
      throw new Error("unreachable");
    expect(ast("a eq 1 or b eq 1 and c eq 1 or d eq 1")).toStrictEqual(or(a, and(b, c), d));
    expect(ast("a eq 1 && b eq 1 || c eq 1")).toStrictEqual(or(and(a, b), c));
    expect(ast("a eq 1 AND b eq 1 And c eq 1")).toStrictEqual(and(a, b, c));
    expect(ast("a eq 1 and (b eq 1 and c eq 1)")).toStrictEqual(and(a, and(b, c)));
    expect(ast("(a eq 1 and b eq 1) and c eq 1")).toStrictEqual(and(and(a, b), c));
    expect(ast("((a eq 1))")).toStrictEqual(a);
  });

  it("reads relations", () => {
    expect(ast("projects any")).toStrictEqual(any("projects"));
    expect(ast("projects ANY and x eq 1")).toStrictEqual(and(any("projects"), cond("x", "eq", 1)));
    expect(ast("projects none (a eq 1 or b eq 2)")).toStrictEqual(
      none("projects", or(cond("a", "eq", 1), cond("b", "eq", 2))),
    );
    expect(ast("projects all (tags any (title eq 'x'))")).toStrictEqual(
      all("projects", any("tags", cond("title", "eq", "x"))),
    );
    expect(ast("projects.count >= 2")).toStrictEqual(count("projects", "gte", 2));
    expect(ast("a.b.count <> 0")).toStrictEqual(count("a.b", "ne", 0));
    expect(ast("projects.count in [1]")).toStrictEqual(cond("projects.count", "in", [1]));
  });

  it("takes and/or as field names where a condition must start", () => {
    expect(ast("and eq 1 or or isnull")).toStrictEqual(or(cond("and", "eq", 1), cond("or", "isnull")));
  });

  it("records spans in a side-table", () => {
    const node = ast("name  containS 'x'");
    expect(node).toStrictEqual(cond("name", "contains", "x"));
    if (node === null) throw new Error("unreachable");
    expect(spanOf(node)).toEqual({
      offset: 0,
      length: 18,
      field: { offset: 0, length: 4 },
      op: { offset: 6, length: 8 },
      value: { offset: 15, length: 3 },
    });
    const list = ast("a in [1, 'b']");
    if (list === null) throw new Error("unreachable");
    expect(spanOf(list)?.items).toEqual([
      { offset: 6, length: 1 },
      { offset: 9, length: 3 },
    ]);
  });
});

describe("parse errors", () => {
  const cases: [string, Partial<FilterError>][] = [
    [
      "name containz 'x'",
      { message: "unknown operator 'containz' — did you mean 'contains'?", offset: 5, length: 8 },
    ],
    ["name eq", { message: "expected a value after 'eq'", offset: 7, length: 0 }],
    ["name eq 'abc", { offset: 8, length: 4 }],
    ['name eq "a\\"', { offset: 8, length: 4 }],
    ["(a eq 1", { message: "missing ')' to close the '(' at 0", offset: 7, length: 0 }],
    [
      "(a eq 1 b",
      { message: "expected 'and', 'or' or ')' to close the '(' at 0, found 'b'", offset: 8, length: 1 },
    ],
    ["name eq 'Acme' and (segment eq 'A'", { message: "missing ')' to close the '(' at 19", offset: 34 }],
    ["projects.count >= 'two'", { offset: 18, length: 5 }],
    ["a eq 1)", { offset: 6, length: 1 }],
    ["a eq 1 b eq 2", { offset: 7, length: 1 }],
    ["name", { message: "expected an operator after 'name'", offset: 4, length: 0 }],
    ["name eq foo", { offset: 8, length: 3 }],
    ["name is", { message: "expected 'null' or 'not null' after 'is'", offset: 7 }],
    ["name is not", { message: "expected 'null' after 'is not'", offset: 11 }],
    ["a in [1, 2", { message: "missing ']' to close the '[' at 5", offset: 10 }],
    ["a in [1 2]", { offset: 8, length: 1 }],
    ["a in [[1]]", { offset: 6, length: 1 }],
    ["a eq 1 and", { offset: 10, length: 0 }],
    ["()", { offset: 1, length: 1 }],
    ["projects any ()", { offset: 14, length: 1 }],
    ["a eq 12abc", { message: "invalid number '12abc'", offset: 5, length: 5 }],
    ["a eq today+5", { offset: 5 }],
    ["a eq today+999999d", { offset: 5 }],
    ["a. eq 1", { offset: 0, length: 2 }],
    ["a eq 1 & b eq 2", { message: "unexpected character '&'", offset: 7, length: 1 }],
    ["a eq 😀", { message: "unexpected character '😀'", offset: 5, length: 2 }],
    ["a eq 1e999", { offset: 5 }],
    ["'a' eq 1", { offset: 0, length: 3 }],
  ];
  it.each(cases)("%s", (text, expected) => {
    expect(error(text)).toMatchObject(expected);
  });

  it("refuses absurd nesting instead of overflowing the stack", () => {
    expect(error(`${"(".repeat(100_000)}a eq 1${")".repeat(100_000)}`).message).toMatch(/nested too deeply/);
    expect(parse(`${"(".repeat(100)}a eq 1${")".repeat(100)}`).ok).toBe(true);
  });
});
