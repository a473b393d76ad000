import { describe, expect, it } from "vitest";
import { compileCondition } from "../../../backend/filter/compile-condition.ts";
import { type ColumnType, column } from "../../../backend/filter/field-map.ts";
import { SqlParams } from "../../../backend/filter/params.ts";
import type { Condition, ResolvedScalar } from "../../../src/filter/index.ts";

/** One condition on one column → the literal SQL text and the parameters it collects. */

function compiled(sql: string, type: ColumnType, node: Condition<ResolvedScalar>) {
  const params = new SqlParams();
  const where = compileCondition(node, column(sql, type), params);
  return { where, params: params.values };
}
const on = (op: Condition<ResolvedScalar>["op"], value?: ResolvedScalar | readonly ResolvedScalar[]) =>
  op === "isnull" || op === "isnotnull"
    ? { type: "condition" as const, field: "f", op }
    : { type: "condition" as const, field: "f", op, value: value ?? null };

describe("null tests", () => {
  it("isnull and isnotnull name the column only", () => {
    expect(compiled("c.name", "text", on("isnull"))).toEqual({ where: "c.name is null", params: [] });
    expect(compiled("c.name", "text", on("isnotnull"))).toEqual({ where: "c.name is not null", params: [] });
  });
});

describe("in / nin", () => {
  it("text compares lower-cased against one array parameter", () => {
    expect(compiled("c.name", "text", on("in", ["Acme", "b"]))).toEqual({
      where: "(lower(c.name) in (select lower(v) from unnest($1::text[]) v))",
      params: [["Acme", "b"]],
    });
    expect(compiled("c.name", "text", on("nin", ["a"]))).toEqual({
      where: "(c.name is not null and not (lower(c.name) in (select lower(v) from unnest($1::text[]) v)))",
      params: [["a"]],
    });
  });

  it("a single value counts as a list of one", () => {
    expect(compiled("c.segment", "enum", on("in", "A"))).toEqual({
      where: "(c.segment = any($1::text[]))",
      params: [["A"]],
    });
  });

  it("an empty list: in matches nothing, nin every non-null value", () => {
    expect(compiled("c.name", "text", on("in", []))).toEqual({ where: "false", params: [] });
    expect(compiled("c.name", "text", on("nin", []))).toEqual({ where: "c.name is not null", params: [] });
  });

  it("ids, enums, booleans and numbers compare exactly, typed", () => {
    expect(compiled("c.primary_contact_id", "id", on("in", ["u-1", "U-1"]))).toEqual({
      where: "(c.primary_contact_id = any($1::text[]))",
      params: [["u-1", "U-1"]],
    });
    expect(compiled("p.is_acquisition", "boolean", on("in", [true, false]))).toEqual({
      where: "(p.is_acquisition = any($1::boolean[]))",
      params: [[true, false]],
    });
    expect(compiled("x.n", "number", on("nin", [1, 2.5]))).toEqual({
      where: "(x.n is not null and not (x.n = any($1::float8[])))",
      params: [[1, 2.5]],
    });
  });

  it("dates are an OR of whole-day comparisons", () => {
    expect(compiled("t.due_date", "date", on("in", ["2025-03-01", "2025-03-02"]))).toEqual({
      where: "(t.due_date = $1::date or t.due_date = $2::date)",
      params: ["2025-03-01", "2025-03-02"],
    });
    expect(compiled("cm.created_at", "datetime", on("in", ["2025-03-01"]))).toEqual({
      where: "((cm.created_at >= $1::timestamptz and cm.created_at < $2::timestamptz))",
      params: ["2025-03-01T00:00:00.000Z", "2025-03-02T00:00:00.000Z"],
    });
  });

  it("a value of the wrong type is a server bug", () => {
    expect(() => compiled("c.name", "text", on("in", ["a", 5]))).toThrow("expected text, got 5");
    expect(() => compiled("p.b", "boolean", on("in", ["x"]))).toThrow('expected a boolean, got "x"');
    expect(() => compiled("x.n", "number", on("in", [true]))).toThrow("expected a number, got true");
  });
});

describe("one value", () => {
  it("a list for a single-value operator is a server bug", () => {
    expect(() => compiled("c.name", "text", on("eq", ["a"]))).toThrow("'eq' takes one value");
  });

  it("text compares lower-cased on both sides", () => {
    expect(compiled("c.name", "text", on("eq", "Acme"))).toEqual({
      where: "lower(c.name) = lower($1::text)",
      params: ["Acme"],
    });
    expect(compiled("c.name", "text", on("ne", "Acme"))).toEqual({
      where: "lower(c.name) <> lower($1::text)",
      params: ["Acme"],
    });
  });

  it("substring tests escape the value; like passes the user's pattern", () => {
    expect(compiled("c.name", "text", on("contains", "50%_\\"))).toEqual({
      where: "lower(c.name) like lower($1::text) escape '\\'",
      params: ["%50\\%\\_\\\\%"],
    });
    expect(compiled("c.name", "text", on("startswith", "a_"))).toEqual({
      where: "lower(c.name) like lower($1::text) escape '\\'",
      params: ["a\\_%"],
    });
    expect(compiled("c.name", "text", on("endswith", "a"))).toMatchObject({ params: ["%a"] });
    expect(compiled("c.name", "text", on("like", "a_%\\%"))).toEqual({
      where: "lower(c.name) like lower($1::text) escape '\\'",
      params: ["a_%\\%"],
    });
  });

  it("ids compare exactly, even in a substring test", () => {
    expect(compiled("c.primary_contact_id", "id", on("eq", "U-1"))).toEqual({
      where: "c.primary_contact_id = $1::text",
      params: ["U-1"],
    });
    expect(compiled("c.primary_contact_id", "id", on("contains", "U"))).toEqual({
      where: "c.primary_contact_id like $1::text escape '\\'",
      params: ["%U%"],
    });
  });

  it("booleans and numbers are typed parameters", () => {
    expect(compiled("p.is_acquisition", "boolean", on("eq", true))).toEqual({
      where: "p.is_acquisition = $1::boolean",
      params: [true],
    });
    expect(compiled("x.n", "number", on("gt", 2))).toEqual({ where: "x.n > $1::float8", params: [2] });
    expect(compiled("x.n", "number", on("lte", -1))).toEqual({ where: "x.n <= $1::float8", params: [-1] });
  });

  it("a value of the wrong type is a server bug", () => {
    expect(() => compiled("c.name", "text", on("eq", 5))).toThrow("expected text, got 5");
    expect(() => compiled("c.name", "text", on("like", null))).toThrow("expected text, got null");
    expect(() => compiled("p.b", "boolean", on("eq", "true"))).toThrow('expected a boolean, got "true"');
    expect(() => compiled("x.n", "number", on("eq", "1"))).toThrow('expected a number, got "1"');
  });
});

describe("dates and date-times", () => {
  it("a date column compares dates, each comparison with its operator", () => {
    const day = "2025-03-12";
    expect(compiled("t.due_date", "date", on("eq", day))).toEqual({
      where: "t.due_date = $1::date",
      params: [day],
    });
    expect(compiled("t.due_date", "date", on("ne", day)).where).toBe("t.due_date <> $1::date");
    expect(compiled("t.due_date", "date", on("lt", day)).where).toBe("t.due_date < $1::date");
    expect(compiled("t.due_date", "date", on("lte", day)).where).toBe("t.due_date <= $1::date");
    expect(compiled("t.due_date", "date", on("gt", day)).where).toBe("t.due_date > $1::date");
    expect(compiled("t.due_date", "date", on("gte", day)).where).toBe("t.due_date >= $1::date");
  });

  it("a date column compared with an instant uses its UTC date", () => {
    expect(compiled("t.due_date", "date", on("lt", "2025-03-12T23:30:00-02:00"))).toEqual({
      where: "t.due_date < $1::date",
      params: ["2025-03-13"],
    });
    expect(
      compiled("t.due_date", "date", on("gte", { kind: "instant", iso: "2025-03-14T10:00:00.000Z" })),
    ).toEqual({ where: "t.due_date >= $1::date", params: ["2025-03-14"] });
  });

  it("a date-time column compared with a day covers the whole day", () => {
    const at = "cm.created_at";
    const start = "2025-03-12T00:00:00.000Z";
    const end = "2025-03-13T00:00:00.000Z";
    expect(compiled(at, "datetime", on("eq", { kind: "day", date: "2025-03-12" }))).toEqual({
      where: "(cm.created_at >= $1::timestamptz and cm.created_at < $2::timestamptz)",
      params: [start, end],
    });
    expect(compiled(at, "datetime", on("ne", "2025-03-12"))).toEqual({
      where: "(cm.created_at < $1::timestamptz or cm.created_at >= $2::timestamptz)",
      params: [start, end],
    });
    expect(compiled(at, "datetime", on("lt", "2025-03-12"))).toEqual({
      where: "cm.created_at < $1::timestamptz",
      params: [start],
    });
    expect(compiled(at, "datetime", on("lte", "2025-03-12"))).toEqual({
      where: "cm.created_at < $1::timestamptz",
      params: [end],
    });
    expect(compiled(at, "datetime", on("gt", "2025-03-12"))).toEqual({
      where: "cm.created_at >= $1::timestamptz",
      params: [end],
    });
    expect(compiled(at, "datetime", on("gte", "2025-03-12"))).toEqual({
      where: "cm.created_at >= $1::timestamptz",
      params: [start],
    });
  });

  it("a date-time column compared with an instant compares instants", () => {
    expect(compiled("cm.created_at", "datetime", on("gt", "2025-03-12T10:00:00+01:00"))).toEqual({
      where: "cm.created_at > $1::timestamptz",
      params: ["2025-03-12T09:00:00.000Z"],
    });
  });

  it("text operators and non-dates are server bugs", () => {
    expect(() => compiled("t.due_date", "date", on("contains", "2025"))).toThrow(
      "'contains' does not apply to dates",
    );
    expect(() => compiled("cm.created_at", "datetime", on("like", "2025%"))).toThrow(
      "'like' does not apply to dates",
    );
    expect(() => compiled("t.due_date", "date", on("eq", "soon"))).toThrow("not a date value: soon");
    expect(() => compiled("t.due_date", "date", on("eq", 5))).toThrow("not a date value: 5");
    expect(() => compiled("t.due_date", "date", on("eq", true))).toThrow("not a date value: true");
    expect(() => compiled("t.due_date", "date", on("eq", null))).toThrow("not a date value: null");
  });
});
