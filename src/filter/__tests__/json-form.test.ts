import { describe, expect, it } from "vitest";
import { and, any, cond, count, or, special, todayOffset } from "../build.ts";
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
