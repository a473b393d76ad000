import { describe, expect, it } from "vitest";
import { and, any, cond, count, or, special, todayOffset } from "../build.ts";
import type { Catalogue } from "../catalogue.ts";
import { BOOLEAN_OPERATORS, ORDERED_OPERATORS } from "../catalogue.ts";
import { fromFormEncoded, toFormEncoded } from "../form.ts";
import { fromJson, toJson } from "../json.ts";
import { parseAny } from "../parse-any.ts";
import { projects } from "./catalogues.ts";

describe("JSON", () => {
  it("writes the documented shapes", () => {
    expect(toJson(null)).toEqual([]);
    expect(toJson(cond("a", "isnull"))).toEqual([{ field: "a", op: "isnull" }]);
    expect(toJson(and(cond("a", "eq", special("today")), count("projects", "gte", 2)))).toEqual([
      { field: "a", op: "eq", value: "today" },
      { field: "projects.count", op: "gte", value: 2 },
    ]);
    expect(toJson(or(cond("a", "in", [todayOffset(-30), "x"]), any("projects")))).toEqual({
      or: [
        { field: "a", op: "in", value: ["today-30d", "x"] },
        { field: "projects", op: "any" },
      ],
    });
    expect(
      toJson(any("projects", and(cond("a", "eq", 1), or(cond("b", "eq", 2), cond("c", "eq", 3))))),
    ).toEqual([
      {
        field: "projects",
        op: "any",
        value: [
          { field: "a", op: "eq", value: 1 },
          {
            or: [
              { field: "b", op: "eq", value: 2 },
              { field: "c", op: "eq", value: 3 },
            ],
          },
        ],
      },
    ]);
  });

  it("reads leniently: case, aliases, single objects, nested arrays, empty groups", () => {
    expect(fromJson({ field: "a", op: "NotNull" })).toStrictEqual({ ok: true, ast: cond("a", "isnotnull") });
    expect(fromJson([{ field: "a", op: ">=", value: 1 }])).toStrictEqual({
      ok: true,
      ast: cond("a", "gte", 1),
    });
    expect(fromJson({ and: [] })).toStrictEqual({ ok: true, ast: null });
    expect(fromJson([[{ field: "a", op: "isnull" }], { or: [] }])).toStrictEqual({
      ok: true,
      ast: cond("a", "isnull"),
    });
    expect(fromJson([{ field: "a", op: "isnull", value: null }])).toStrictEqual({
      ok: true,
      ast: cond("a", "isnull"),
    });
    expect(fromJson([{ field: "projects", op: "none", value: [] }])).toStrictEqual({
      ok: true,
      ast: { type: "quantifier", field: "projects", quantifier: "none" },
    });
    expect(fromJson([{ field: "a", op: "eq", value: "me.id" }])).toStrictEqual({
      ok: true,
      ast: cond("a", "eq", special("me.id")),
    });
    expect(fromJson([{ field: "a", op: "eq", value: "Today" }])).toStrictEqual({
      ok: true,
      ast: cond("a", "eq", "Today"),
    });
    expect(fromJson([{ field: "a", op: "eq", value: -0 }])).toStrictEqual({
      ok: true,
      ast: cond("a", "eq", 0),
    });
  });

  it("reports problems with a path", () => {
    const cases: [unknown, string, (string | number)[]][] = [
      [
        [{ field: "a", op: "containz", value: "x" }],
        "[0].op: unknown operator 'containz' — did you mean 'contains'?",
        [0, "op"],
      ],
      [[{ field: "a", op: "eq" }], "[0]: 'eq' needs a value", [0]],
      [[{ field: "a", op: "isnull", value: 1 }], "[0].value: 'isnull' takes no value", [0, "value"]],
      [
        { or: [{ field: "a b", op: "eq", value: 1 }] },
        'or[0].field: expected a field name such as "name" or "primary_contact.id"',
        ["or", 0, "field"],
      ],
      [{ and: [], or: [] }, "a group has only the key 'and', found also 'or'", []],
      [
        [{ field: "a", op: "eq", value: { x: 1 } }],
        "[0].value: expected a string, number, boolean, null or a list of them",
        [0, "value"],
      ],
      [
        [{ field: "a", op: "in", value: [[1]] }],
        "[0].value[0]: a list cannot contain another list",
        [0, "value", 0],
      ],
      [
        [{ field: "p.count", op: "gte", value: "2" }],
        "[0].value: 'p.count' is compared with a number",
        [0, "value"],
      ],
      [
        [{ field: "a", op: "eq", value: 1, extra: true }],
        "[0].extra: unexpected key 'extra' (a condition has field, op and value)",
        [0, "extra"],
      ],
      ["name eq 1", 'expected a condition object, an array or an {"and"/"or": […]} group', []],
    ];
    for (const [value, message, path] of cases) {
      expect(fromJson(value)).toStrictEqual({ ok: false, error: { message, offset: 0, length: 0, path } });
    }
  });

  it("parseAny reads JSON or DSL", () => {
    expect(parseAny(' [{"field":"a","op":"eq","value":1}]')).toStrictEqual({
      ok: true,
      ast: cond("a", "eq", 1),
    });
    expect(parseAny("a eq 1")).toStrictEqual({ ok: true, ast: cond("a", "eq", 1) });
    expect(parseAny("")).toStrictEqual({ ok: true, ast: null });
    const broken = parseAny('[{"field":');
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.error).toMatchObject({ offset: 0, length: 10 });
  });
});

describe("form encoding", () => {
  it("reads lists, specials and counts; coerces by catalogue", () => {
    expect(
      fromFormEncoded([
        ["page[size]", "10"],
        ["filter[1][field]", "projects.count"],
        ["filter[1][op]", "ge"],
        ["filter[1][value]", "2"],
        ["filter[0][field]", "a"],
        ["filter[0][op]", "in"],
        ["filter[0][value][]", "x"],
        ["filter[0][value][]", "me.id"],
      ]),
    ).toStrictEqual({
      ok: true,
      ast: and(cond("a", "in", ["x", special("me.id")]), count("projects", "gte", 2)),
    });
    const acquisition = [
      ["filter[0][field]", "is_acquisition"],
      ["filter[0][op]", "eq"],
      ["filter[0][value]", "true"],
    ] as const;
    expect(fromFormEncoded(acquisition, projects)).toStrictEqual({
      ok: true,
      ast: cond("is_acquisition", "eq", true),
    });
    expect(fromFormEncoded(acquisition)).toStrictEqual({
      ok: true,
      ast: cond("is_acquisition", "eq", "true"),
    });
    expect(fromFormEncoded([])).toStrictEqual({ ok: true, ast: null });
  });

  it("rejects what it cannot read or write", () => {
    expect(fromFormEncoded([["filter[0][nope]", "x"]]).ok).toBe(false);
    expect(
      fromFormEncoded([
        ["filter[0][field]", "a"],
        ["filter[0][op]", "eq"],
      ]).ok,
    ).toBe(false);
    expect(
      fromFormEncoded([
        ["filter[0][field]", "a"],
        ["filter[0][field]", "b"],
      ]).ok,
    ).toBe(false);
    expect(toFormEncoded(or(cond("a", "isnull"), cond("b", "isnull"))).ok).toBe(false);
    expect(toFormEncoded(cond("a", "in", [])).ok).toBe(false);
    expect(toFormEncoded(cond("a", "eq", null)).ok).toBe(false);
  });

  it("writes and reads back", () => {
    const ast = and(cond("a", "in", ["x", todayOffset(3)]), cond("b", "isnull"), cond("c", "eq", "y"));
    const written = toFormEncoded(ast);
    expect(written).toStrictEqual({
      ok: true,
      params: [
        ["filter[0][field]", "a"],
        ["filter[0][op]", "in"],
        ["filter[0][value][]", "x"],
        ["filter[0][value][]", "today+3d"],
        ["filter[1][field]", "b"],
        ["filter[1][op]", "isnull"],
        ["filter[2][field]", "c"],
        ["filter[2][op]", "eq"],
        ["filter[2][value]", "y"],
      ],
    });
    if (written.ok) expect(fromFormEncoded(written.params)).toStrictEqual({ ok: true, ast });
  });
});

describe("JSON: every shape and every refusal", () => {
  const a = cond("a", "isnull");
  const b = cond("b", "eq", true);

  it("writes nested groups and relation sub-expressions in the same shapes as the top level", () => {
    expect(toJson(or(and(a, b), cond("c", "eq", special("me.id"))))).toEqual({
      or: [
        {
          and: [
            { field: "a", op: "isnull" },
            { field: "b", op: "eq", value: true },
          ],
        },
        { field: "c", op: "eq", value: "me.id" },
      ],
    });
    expect(toJson(any("p", or(a, b)))).toEqual([
      {
        field: "p",
        op: "any",
        value: {
          or: [
            { field: "a", op: "isnull" },
            { field: "b", op: "eq", value: true },
          ],
        },
      },
    ]);
    expect(toJson(and(a, or()))).toEqual([{ field: "a", op: "isnull" }]);
  });

  it("reads relations with or without a sub-expression", () => {
    expect(fromJson({ field: "p", op: "all", value: null })).toStrictEqual({
      ok: true,
      ast: { type: "quantifier", field: "p", quantifier: "all" },
    });
    expect(
      fromJson({ field: "p", op: "ANY", value: { or: [{ field: "a", op: "isnull" }, { and: [] }] } }),
    ).toStrictEqual({
      ok: true,
      ast: any("p", a),
    });
  });

  it("reads a count only for count operators on a .count field", () => {
    expect(fromJson({ field: "p.count", op: "lte", value: -0 })).toStrictEqual({
      ok: true,
      ast: count("p", "lte", 0),
    });
    expect(fromJson({ field: "p.count", op: "in", value: [1] })).toStrictEqual({
      ok: true,
      ast: cond("p.count", "in", [1]),
    });
    expect(fromJson({ field: "p.count", op: "gte", value: Number.POSITIVE_INFINITY })).toStrictEqual({
      ok: false,
      error: { message: "value: 'p.count' is compared with a number", offset: 0, length: 0, path: ["value"] },
    });
  });

  it("reads scalars as they are, specials from their tokens", () => {
    expect(fromJson({ field: "a", op: "in", value: [false, null, 1.5, "today+2d", "now"] })).toStrictEqual({
      ok: true,
      ast: cond("a", "in", [false, null, 1.5, todayOffset(2), special("now")]),
    });
    expect(
      fromJson({ field: "a", op: "in", value: ["me.id", "today", "sow", "eow", "som", "eom"] }),
    ).toStrictEqual({
      ok: true,
      ast: cond("a", "in", [
        special("me.id"),
        special("today"),
        special("sow"),
        special("eow"),
        special("som"),
        special("eom"),
      ]),
    });
    expect(fromJson({ field: "a", op: "eq", value: "today-100000d" })).toStrictEqual({
      ok: true,
      ast: cond("a", "eq", todayOffset(-100000)),
    });
    expect(fromJson({ field: "a", op: "eq", value: "today+100001d" })).toStrictEqual({
      ok: true,
      ast: cond("a", "eq", "today+100001d"),
    });
  });

  it("reads 100 levels of nesting and refuses 101", () => {
    let deep: unknown = { field: "a", op: "isnull" };
    for (let i = 0; i < 100; i++) deep = [deep];
    expect(fromJson(deep)).toStrictEqual({ ok: true, ast: a });
    const path = Array.from({ length: 101 }, () => 0);
    expect(fromJson([deep])).toStrictEqual({
      ok: false,
      error: {
        message: `${"[0]".repeat(101)}: the filter is nested too deeply (over 100 levels)`,
        offset: 0,
        length: 0,
        path,
      },
    });
  });

  it("counts a relation's sub-expression as a level of nesting", () => {
    let deep: unknown = { field: "a", op: "isnull" };
    for (let i = 0; i < 100; i++) deep = { field: "p", op: "any", value: deep };
    const read = fromJson(deep);
    expect(read.ok).toBe(true);
    expect(fromJson({ field: "p", op: "any", value: deep })).toStrictEqual({
      ok: false,
      error: {
        message: `value${".value".repeat(100)}: the filter is nested too deeply (over 100 levels)`,
        offset: 0,
        length: 0,
        path: Array.from({ length: 101 }, () => "value"),
      },
    });
  });

  it("reads a relation without a value as bare", () => {
    expect(fromJson([{ field: "p", op: "none" }])).toStrictEqual({
      ok: true,
      ast: { type: "quantifier", field: "p", quantifier: "none" },
    });
  });

  it("names the place of each problem", () => {
    const cases: [unknown, string, (string | number)[]][] = [
      [{ and: {} }, "and: 'and' needs an array", ["and"]],
      [{ or: [], field: "a" }, "a group has only the key 'or', found also 'field'", []],
      [
        { or: [{ and: [{ op: "eq", value: 1 }] }] },
        'or[0].and[0].field: expected a field name such as "name" or "primary_contact.id"',
        ["or", 0, "and", 0, "field"],
      ],
      [[{ field: "a", op: 3, value: 1 }], '[0].op: expected an operator name such as "eq"', [0, "op"]],
      [
        [{ field: "a", op: "eq", value: Number.NaN }],
        "[0].value: expected a string, number, boolean, null or a list of them",
        [0, "value"],
      ],
      [[{ field: "a", op: "notnull", value: false }], "[0].value: 'isnotnull' takes no value", [0, "value"]],
      [[{ field: "a", op: "between" }], "[0].op: unknown operator 'between'", [0, "op"]],
      [[null], '[0]: expected a condition object, an array or an {"and"/"or": […]} group', [0]],
    ];
    for (const [value, message, path] of cases)
      expect(fromJson(value)).toStrictEqual({ ok: false, error: { message, offset: 0, length: 0, path } });
  });

  it("turns anything thrown while reading into an error value", () => {
    const hostile = {
      get field(): string {
        throw new Error("boom");
      },
      op: "eq",
    };
    expect(fromJson([hostile])).toStrictEqual({
      ok: false,
      error: { message: "unreadable JSON filter: Error: boom", offset: 0, length: 0 },
    });
  });
});

describe("form encoding: every shape and every refusal", () => {
  const numbers: Catalogue = {
    endpoint: "GET /budgets",
    fields: [
      { name: "amount", label: "Amount", type: { kind: "number" }, operators: ORDERED_OPERATORS },
      { name: "flag", label: "Flag", type: { kind: "boolean" }, operators: BOOLEAN_OPERATORS },
    ],
    sorts: [],
    includes: [],
  };
  const one = (field: string, op: string, value: string): [string, string][] => [
    ["filter[0][field]", field],
    ["filter[0][op]", op],
    ["filter[0][value]", value],
  ];

  it("orders conditions by their index as a number", () => {
    expect(
      fromFormEncoded([
        ["filter[10][field]", "c"],
        ["filter[10][op]", "isnull"],
        ["filter[9][field]", "b"],
        ["filter[9][op]", "isnull"],
        ["filter[2][field]", "a"],
        ["filter[2][op]", "isnull"],
      ]),
    ).toStrictEqual({ ok: true, ast: and(cond("a", "isnull"), cond("b", "isnull"), cond("c", "isnull")) });
  });

  it("reads indexed list items and ignores other parameters", () => {
    expect(
      fromFormEncoded([
        ["xfilter[0][field]", "z"],
        ["filter[0][field]", "a"],
        ["filter[0][op]", "nin"],
        ["filter[0][value][0]", "x"],
        ["filter[0][value][1]", "today-1d"],
      ]),
    ).toStrictEqual({ ok: true, ast: cond("a", "nin", ["x", todayOffset(-1)]) });
  });

  it("coerces numerals on number fields and counts, booleans on boolean fields, nothing else", () => {
    expect(fromFormEncoded(one("amount", "gt", "-1.5"), numbers)).toStrictEqual({
      ok: true,
      ast: cond("amount", "gt", -1.5),
    });
    expect(fromFormEncoded(one("amount", "gt", "10.25"), numbers)).toStrictEqual({
      ok: true,
      ast: cond("amount", "gt", 10.25),
    });
    expect(fromFormEncoded(one("amount", "gt", "1.x"), numbers)).toStrictEqual({
      ok: true,
      ast: cond("amount", "gt", "1.x"),
    });
    expect(fromFormEncoded(one("p.count", "eq", "12"))).toStrictEqual({
      ok: true,
      ast: count("p", "eq", 12),
    });
    expect(fromFormEncoded(one("amount", "gt", "1e3"), numbers)).toStrictEqual({
      ok: true,
      ast: cond("amount", "gt", "1e3"),
    });
    expect(fromFormEncoded(one("amount", "gt", "1."), numbers)).toStrictEqual({
      ok: true,
      ast: cond("amount", "gt", "1."),
    });
    expect(fromFormEncoded(one("flag", "eq", "false"), numbers)).toStrictEqual({
      ok: true,
      ast: cond("flag", "eq", false),
    });
    expect(fromFormEncoded(one("flag", "eq", "TRUE"), numbers)).toStrictEqual({
      ok: true,
      ast: cond("flag", "eq", "TRUE"),
    });
    expect(fromFormEncoded(one("amount", "eq", "true"), numbers)).toStrictEqual({
      ok: true,
      ast: cond("amount", "eq", "true"),
    });
    expect(fromFormEncoded(one("flag", "eq", "1"), numbers)).toStrictEqual({
      ok: true,
      ast: cond("flag", "eq", "1"),
    });
    expect(fromFormEncoded(one("name", "eq", "12"), numbers)).toStrictEqual({
      ok: true,
      ast: cond("name", "eq", "12"),
    });
    expect(fromFormEncoded(one("amount", "eq", "12"))).toStrictEqual({
      ok: true,
      ast: cond("amount", "eq", "12"),
    });
    expect(fromFormEncoded(one("p.count", "lt", "3"))).toStrictEqual({ ok: true, ast: count("p", "lt", 3) });
  });

  it("refuses with a sentence", () => {
    const refusal = (message: string) => ({ ok: false, error: { message, offset: 0, length: 0 } });
    expect(
      fromFormEncoded([
        ["filter[0][field]", "a"],
        ["filter[0][op]", "eq"],
      ]),
    ).toStrictEqual({
      ok: false,
      error: { message: "filter[0]: 'eq' needs a value", offset: 0, length: 0, path: [0] },
    });
    expect(fromFormEncoded([["filter[0][nope]", "x"]])).toStrictEqual(
      refusal("unrecognised parameter 'filter[0][nope]'"),
    );
    expect(fromFormEncoded([["filter[1234567][field]", "a"]])).toStrictEqual(
      refusal("unrecognised parameter 'filter[1234567][field]'"),
    );
    expect(fromFormEncoded([["filter[0][op][]", "eq"]])).toStrictEqual(
      refusal("unrecognised parameter 'filter[0][op][]'"),
    );
    expect(fromFormEncoded([["filter[0][field]x", "a"]])).toStrictEqual(
      refusal("unrecognised parameter 'filter[0][field]x'"),
    );
    expect(fromFormEncoded([["filter[x]filter[0][field]", "a"]])).toStrictEqual(
      refusal("unrecognised parameter 'filter[x]filter[0][field]'"),
    );
    expect(
      fromFormEncoded([
        ["filter[0][op]", "eq"],
        ["filter[0][op]", "ne"],
      ]),
    ).toStrictEqual(refusal("'filter[0][op]' is given twice"));
    expect(
      fromFormEncoded([
        ["filter[3][field]", "a"],
        ["filter[3][op]", "in"],
        ["filter[3][value]", "x"],
        ["filter[3][value][]", "y"],
      ]),
    ).toStrictEqual(refusal("filter[3] has both a value and a list"));
    expect(fromFormEncoded(one("p.count", "gte", "two"))).toStrictEqual({
      ok: false,
      error: {
        message: "filter[0].value: 'p.count' is compared with a number",
        offset: 0,
        length: 0,
        path: [0, "value"],
      },
    });
  });

  it("writes counts, specials, numbers and booleans as text", () => {
    expect(
      toFormEncoded(
        and(
          count("p", "gte", 2),
          cond("d", "lt", todayOffset(-30)),
          cond("f", "eq", false),
          cond("n", "ne", 1.5),
        ),
      ),
    ).toStrictEqual({
      ok: true,
      params: [
        ["filter[0][field]", "p.count"],
        ["filter[0][op]", "gte"],
        ["filter[0][value]", "2"],
        ["filter[1][field]", "d"],
        ["filter[1][op]", "lt"],
        ["filter[1][value]", "today-30d"],
        ["filter[2][field]", "f"],
        ["filter[2][op]", "eq"],
        ["filter[2][value]", "false"],
        ["filter[3][field]", "n"],
        ["filter[3][op]", "ne"],
        ["filter[3][value]", "1.5"],
      ],
    });
    expect(toFormEncoded(cond("u", "eq", special("me.id")))).toStrictEqual({
      ok: true,
      params: [
        ["filter[0][field]", "u"],
        ["filter[0][op]", "eq"],
        ["filter[0][value]", "me.id"],
      ],
    });
    expect(toFormEncoded(null)).toStrictEqual({ ok: true, params: [] });
    expect(toFormEncoded(and())).toStrictEqual({ ok: true, params: [] });
  });

  it("refuses what the form cannot say", () => {
    const refusal = (message: string) => ({ ok: false, error: { message, offset: 0, length: 0 } });
    const onlyAnd = refusal("only conditions joined by 'and' can be form-encoded");
    expect(toFormEncoded(or(cond("a", "isnull"), cond("b", "isnull")))).toStrictEqual(onlyAnd);
    expect(toFormEncoded(and(cond("a", "isnull"), any("p")))).toStrictEqual(onlyAnd);
    expect(
      toFormEncoded(and(cond("a", "isnull"), or(cond("b", "isnull"), cond("c", "isnull")))),
    ).toStrictEqual(onlyAnd);
    expect(toFormEncoded(cond("a", "in", []))).toStrictEqual(refusal("an empty list cannot be form-encoded"));
    expect(toFormEncoded(cond("a", "in", ["x", null]))).toStrictEqual(refusal("null cannot be form-encoded"));
    expect(toFormEncoded(cond("a", "eq", null))).toStrictEqual(refusal("null cannot be form-encoded"));
  });
});
