import { describe, expect, it } from "vitest";
import { all, and, any, cond, count, none, or, special, todayOffset } from "../build.ts";
import type { FilterError } from "../errors.ts";
import { parse } from "../parse.ts";
import { print } from "../print.ts";
import { spanOf } from "../spans.ts";
import { OPERATOR_WORDS } from "./operator-words.ts";

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

describe("parse error values", () => {
  const VALUE_EXPECTED = [
    "a quoted string",
    "a number",
    "true",
    "false",
    "null",
    "a [list]",
    "a special value",
  ];
  const cases: [string, FilterError][] = [
    ["a eq 1)", { message: "unexpected ')' — there is no '(' to close", offset: 6, length: 1 }],
    [
      "a eq 1 b eq 2",
      {
        message: "expected 'and', 'or' or the end of the filter, found 'b'",
        offset: 7,
        length: 1,
        expected: ["and", "or", "the end of the filter"],
      },
    ],
    [
      "a eq 1 'x'",
      {
        message: `expected 'and', 'or' or the end of the filter, found the string "x"`,
        offset: 7,
        length: 3,
        expected: ["and", "or", "the end of the filter"],
      },
    ],
    [
      "a eq 1 and )",
      {
        message: "expected a condition (a field name or '('), found ')'",
        offset: 11,
        length: 1,
        expected: ["a field name", "("],
      },
    ],
    [
      "a eq 1 or",
      {
        message: "expected a condition (a field name or '('), found the end of the filter",
        offset: 9,
        length: 0,
        expected: ["a field name", "("],
      },
    ],
    [
      "a eq 1 and and",
      {
        message: "expected a condition (a field name or '('), found 'and'",
        offset: 11,
        length: 3,
        expected: ["a field name", "("],
      },
    ],
    [
      "or (a eq 1)",
      {
        message: "expected a condition (a field name or '('), found 'or'",
        offset: 0,
        length: 2,
        expected: ["a field name", "("],
      },
    ],
    [
      "and and b eq 1",
      {
        message: "expected a condition (a field name or '('), found 'and'",
        offset: 0,
        length: 3,
        expected: ["a field name", "("],
      },
    ],
    ["()", { message: "expected a condition inside '()'", offset: 1, length: 1, expected: ["a condition"] }],
    [
      "projects any ()",
      {
        message: "expected a condition on the related rows inside '()'",
        offset: 14,
        length: 1,
        expected: ["a condition on the related rows"],
      },
    ],
    ["(a eq 1", { message: "missing ')' to close the '(' at 0", offset: 7, length: 0, expected: [")"] }],
    [
      "x eq 2 and (a eq 1]",
      {
        message: "expected 'and', 'or' or ')' to close the '(' at 11, found ']'",
        offset: 18,
        length: 1,
        expected: ["and", "or", ")"],
      },
    ],
    [
      "projects.count eq 'two'",
      {
        message: `expected a number after 'eq' ('projects.count' counts related rows), found the string "two"`,
        offset: 18,
        length: 5,
        expected: ["a number"],
      },
    ],
    [
      "projects.count  >=",
      {
        message: "expected a number after '>=' ('projects.count' counts related rows)",
        offset: 18,
        length: 0,
        expected: ["a number"],
      },
    ],
    [
      "a 5",
      {
        message: "expected an operator after 'a', found '5'",
        offset: 2,
        length: 1,
        expected: OPERATOR_WORDS,
      },
    ],
    [
      "name",
      { message: "expected an operator after 'name'", offset: 4, length: 0, expected: OPERATOR_WORDS },
    ],
    [
      "a ( b",
      {
        message: "expected an operator after 'a', found '('",
        offset: 2,
        length: 1,
        expected: OPERATOR_WORDS,
      },
    ],
    [
      "and 'x'",
      {
        message: "expected a condition (a field name or '('), found 'and'",
        offset: 0,
        length: 3,
        expected: ["a field name", "("],
      },
    ],
    [
      "or 5",
      {
        message: "expected a condition (a field name or '('), found 'or'",
        offset: 0,
        length: 2,
        expected: ["a field name", "("],
      },
    ],
    [
      "and",
      {
        message: "expected a condition (a field name or '('), found 'and'",
        offset: 0,
        length: 3,
        expected: ["a field name", "("],
      },
    ],
    [
      "a is 5",
      {
        message: "expected 'null' or 'not null' after 'is'",
        offset: 5,
        length: 1,
        expected: ["null", "not null"],
      },
    ],
    [
      "a IS  NOT x",
      { message: "expected 'null' after 'IS  NOT'", offset: 10, length: 1, expected: ["null"] },
    ],
    ["a xyzzy 1", { message: "unknown operator 'xyzzy'", offset: 2, length: 5, expected: OPERATOR_WORDS }],
    [
      "a eq1 1",
      {
        message: "unknown operator 'eq1' — did you mean 'eq'?",
        offset: 2,
        length: 3,
        expected: OPERATOR_WORDS,
      },
    ],
    ["a eq", { message: "expected a value after 'eq'", offset: 4, length: 0, expected: VALUE_EXPECTED }],
    [
      "a  ==  foo",
      {
        message: `expected a value after '==', found 'foo' — text needs quotes, e.g. "foo"`,
        offset: 7,
        length: 3,
        expected: VALUE_EXPECTED,
      },
    ],
    [
      "a NotIn )",
      {
        message: "expected a value after 'NotIn', found ')'",
        offset: 8,
        length: 1,
        expected: VALUE_EXPECTED,
      },
    ],
    ["a in [[1]]", { message: "a list cannot contain another list", offset: 6, length: 1 }],
    ["a eq [1, [2]]", { message: "a list cannot contain another list", offset: 9, length: 1 }],
    [
      "a in [)",
      { message: "expected a value after '[', found ')'", offset: 6, length: 1, expected: VALUE_EXPECTED },
    ],
    ["a in [", { message: "expected a value after '['", offset: 6, length: 0, expected: VALUE_EXPECTED }],
    [
      "a in [1, )",
      { message: "expected a value after ',', found ')'", offset: 9, length: 1, expected: VALUE_EXPECTED },
    ],
    [
      "a in [1, x]",
      {
        message: `expected a value after ',', found 'x' — text needs quotes, e.g. "x"`,
        offset: 9,
        length: 1,
        expected: VALUE_EXPECTED,
      },
    ],
    [
      "x eq 0 or a in [1, 2",
      { message: "missing ']' to close the '[' at 15", offset: 20, length: 0, expected: ["]"] },
    ],
    [
      "a in [1 2]",
      { message: "expected ',' or ']' in the list, found '2'", offset: 8, length: 1, expected: [",", "]"] },
    ],
    ["a eq 'x", { message: "unclosed string: the ' at 5 has no closing '", offset: 5, length: 2 }],
  ];
  it.each(cases)("%s", (text, expected) => {
    expect(parse(text)).toStrictEqual({ ok: false, error: expected });
  });

  it("counts nesting depth, not the number of parenthesised groups", () => {
    const siblings = Array.from({ length: 150 }, (_, i) => `(a eq ${i})`).join(" and ");
    expect(parse(siblings).ok).toBe(true);
    const deep = `${"(".repeat(101)}a eq 1${")".repeat(101)}`;
    expect(parse(deep)).toStrictEqual({
      ok: false,
      error: { message: "the filter is nested too deeply (over 100 levels)", offset: 100, length: 1 },
    });
    const relations = `${"r any (".repeat(100)}a eq 1${")".repeat(100)}`;
    expect(parse(relations).ok).toBe(true);
    expect(parse(`(${relations})`)).toStrictEqual({
      ok: false,
      error: { message: "the filter is nested too deeply (over 100 levels)", offset: 700, length: 1 },
    });
  });
});

describe("parse, more shapes", () => {
  it("reads special values in any case and words that are not connectors", () => {
    expect(ast("a eq NOW or a eq Me.Id or a eq TODAY or a eq Eom")).toStrictEqual(
      or(
        cond("a", "eq", special("now")),
        cond("a", "eq", special("me.id")),
        cond("a", "eq", special("today")),
        cond("a", "eq", special("eom")),
      ),
    );
    expect(ast("a eq [true, FALSE, null]")).toStrictEqual(cond("a", "eq", [true, false, null]));
    expect(ast("and = 1 and or IS null and and in [2] and or > 3")).toStrictEqual(
      and(cond("and", "eq", 1), cond("or", "isnull"), cond("and", "in", [2]), cond("or", "gt", 3)),
    );
    expect(ast("And NotNull")).toStrictEqual(cond("And", "isnotnull"));
    expect(ast("or any")).toStrictEqual(any("or"));
  });

  it("reads relations followed by more conditions and counts with every comparison", () => {
    expect(ast("projects all or x eq 1")).toStrictEqual(or(all("projects"), cond("x", "eq", 1)));
    expect(ast("projects.count lt 3 and p.count <= 0 and q.count != 1")).toStrictEqual(
      and(count("projects", "lt", 3), count("p", "lte", 0), count("q", "ne", 1)),
    );
    expect(ast("projects.count eq -0")).toStrictEqual(count("projects", "eq", 0));
    expect(ast("projects.count isnull")).toStrictEqual(cond("projects.count", "isnull"));
    expect(ast("projects.count contains 'x'")).toStrictEqual(cond("projects.count", "contains", "x"));
  });
});

describe("parse spans", () => {
  function spans(text: string) {
    const node = ast(text);
    if (node === null) throw new Error("no filter");
    return spanOf(node);
  }

  it("spans a group from its first to its last token", () => {
    expect(spans("  a eq 1 and b eq 22  ")).toStrictEqual({ offset: 2, length: 18 });
    expect(spans("x isnull or (y eq 1 and z eq 2)")).toStrictEqual({ offset: 0, length: 31 });
    const outer = ast("x isnull or (y eq 1 and z eq 2)");
    if (outer?.type !== "group") throw new Error("not a group");
    const inner = outer.children[1];
    if (inner === undefined) throw new Error("no second child");
    expect(spanOf(inner)).toStrictEqual({ offset: 13, length: 17 });
  });

  it("spans each condition of a group from its own field", () => {
    const group = ast("x isnull or  y eq 1");
    if (group?.type !== "group") throw new Error("not a group");
    const second = group.children[1];
    if (second === undefined) throw new Error("no second child");
    expect(spanOf(second)).toStrictEqual({
      offset: 13,
      length: 6,
      field: { offset: 13, length: 1 },
      op: { offset: 15, length: 2 },
      value: { offset: 18, length: 1 },
    });
  });

  it("spans conditions without a value, relations and counts", () => {
    expect(spans("abc is  not null")).toStrictEqual({
      offset: 0,
      length: 16,
      field: { offset: 0, length: 3 },
      op: { offset: 4, length: 12 },
    });
    expect(spans("p any (q eq 1)")).toStrictEqual({
      offset: 0,
      length: 14,
      field: { offset: 0, length: 1 },
      op: { offset: 2, length: 3 },
    });
    expect(spans("p none")).toStrictEqual({
      offset: 0,
      length: 6,
      field: { offset: 0, length: 1 },
      op: { offset: 2, length: 4 },
    });
    expect(spans("p.count >= 12")).toStrictEqual({
      offset: 0,
      length: 13,
      field: { offset: 0, length: 7 },
      op: { offset: 8, length: 2 },
      value: { offset: 11, length: 2 },
    });
  });

  it("spans a list value and each of its items", () => {
    expect(spans("a in [ 1 , 'bc' ]")).toStrictEqual({
      offset: 0,
      length: 17,
      field: { offset: 0, length: 1 },
      op: { offset: 2, length: 2 },
      value: { offset: 5, length: 12 },
      items: [
        { offset: 7, length: 1 },
        { offset: 11, length: 4 },
      ],
    });
    expect(spans("a in []")).toStrictEqual({
      offset: 0,
      length: 7,
      field: { offset: 0, length: 1 },
      op: { offset: 2, length: 2 },
      value: { offset: 5, length: 2 },
      items: [],
    });
    expect(spans("a eq today-3d")).toStrictEqual({
      offset: 0,
      length: 13,
      field: { offset: 0, length: 1 },
      op: { offset: 2, length: 2 },
      value: { offset: 5, length: 8 },
    });
  });
});
