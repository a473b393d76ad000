import { describe, expect, it } from "vitest";
import { compileNode } from "../../../backend/filter/compile-node.ts";
import { column, type FieldMap, members, mode, relation } from "../../../backend/filter/field-map.ts";
import { SqlParams } from "../../../backend/filter/params.ts";
import type { CountOperator, ResolvedNode } from "../../../src/filter/index.ts";

/** Groups, relations, counts, member sets and modes → the literal SQL text and parameters. */

const FIELDS: FieldMap = {
  name: column("c.name", "text"),
  archived: mode({ with: "true", only: "c.deleted_at is not null", "1": "c.flag" }),
  tags: members("(select x.tag as value from tags x where x.client_id = c.id) tg", "tg.value", "id"),
  projects: relation("projects p", "p.client_id = c.id", { status: column("p.status", "enum") }),
};

function compiled(node: ResolvedNode) {
  const params = new SqlParams();
  const where = compileNode(node, FIELDS, params);
  return { where, params: params.values };
}
const running: ResolvedNode = { type: "condition", field: "status", op: "eq", value: "running" };
const isNull = (field: string): ResolvedNode => ({ type: "condition", field, op: "isnull" });
const counted = (op: CountOperator, value: number): ResolvedNode => ({
  type: "count",
  field: "projects",
  op,
  value,
});
const EXISTS = "exists (select 1 from projects p where p.client_id = c.id offset 0)";
const TOTAL = "(select count(*) from projects p where p.client_id = c.id)";

describe("groups", () => {
  it("join their children with their kind, in parentheses", () => {
    expect(compiled({ type: "group", kind: "and", children: [isNull("name"), isNull("name")] }).where).toBe(
      "(c.name is null and c.name is null)",
    );
    expect(
      compiled({
        type: "group",
        kind: "or",
        children: [isNull("name"), { type: "condition", field: "name", op: "eq", value: "A" }],
      }),
    ).toEqual({ where: "(c.name is null or lower(c.name) = lower($1::text))", params: ["A"] });
  });
});

describe("quantifiers", () => {
  it("any and none are EXISTS probes, with the sub-condition when there is one", () => {
    expect(compiled({ type: "quantifier", field: "projects", quantifier: "any" })).toEqual({
      where: EXISTS,
      params: [],
    });
    expect(compiled({ type: "quantifier", field: "projects", quantifier: "any", where: running })).toEqual({
      where: "exists (select 1 from projects p where p.client_id = c.id and p.status = $1::text offset 0)",
      params: ["running"],
    });
    expect(compiled({ type: "quantifier", field: "projects", quantifier: "none", where: running })).toEqual({
      where:
        "not exists (select 1 from projects p where p.client_id = c.id and p.status = $1::text offset 0)",
      params: ["running"],
    });
    expect(compiled({ type: "quantifier", field: "projects", quantifier: "none" }).where).toBe(
      `not ${EXISTS}`,
    );
  });

  it("all: no related row fails the sub-condition (NULL counts as failing); without one, true", () => {
    expect(compiled({ type: "quantifier", field: "projects", quantifier: "all", where: running })).toEqual({
      where:
        "not exists (select 1 from projects p where p.client_id = c.id and not coalesce(p.status = $1::text, false) offset 0)",
      params: ["running"],
    });
    expect(compiled({ type: "quantifier", field: "projects", quantifier: "all" })).toEqual({
      where: "true",
      params: [],
    });
  });
});

describe("counts", () => {
  it("comparisons with 0 and 'gte 1' that mean has some / has none are EXISTS probes", () => {
    expect(compiled(counted("eq", 0))).toEqual({ where: `not ${EXISTS}`, params: [] });
    expect(compiled(counted("ne", 0))).toEqual({ where: EXISTS, params: [] });
    expect(compiled(counted("gt", 0))).toEqual({ where: EXISTS, params: [] });
    expect(compiled(counted("gte", 1))).toEqual({ where: EXISTS, params: [] });
  });

  it("every other count compares the related rows' count with a parameter", () => {
    expect(compiled(counted("eq", 1))).toEqual({ where: `${TOTAL} = $1::numeric`, params: [1] });
    expect(compiled(counted("ne", 1))).toEqual({ where: `${TOTAL} <> $1::numeric`, params: [1] });
    expect(compiled(counted("gt", 1))).toEqual({ where: `${TOTAL} > $1::numeric`, params: [1] });
    expect(compiled(counted("gte", 0))).toEqual({ where: `${TOTAL} >= $1::numeric`, params: [0] });
    expect(compiled(counted("gte", 2))).toEqual({ where: `${TOTAL} >= $1::numeric`, params: [2] });
    expect(compiled(counted("lt", 1))).toEqual({ where: `${TOTAL} < $1::numeric`, params: [1] });
    expect(compiled(counted("lte", 0))).toEqual({ where: `${TOTAL} <= $1::numeric`, params: [0] });
  });
});

describe("conditions", () => {
  it("on a member set: some member satisfies it", () => {
    expect(compiled({ type: "condition", field: "tags", op: "eq", value: "u-1" })).toEqual({
      where:
        "exists (select 1 from (select x.tag as value from tags x where x.client_id = c.id) tg where tg.value = $1::text offset 0)",
      params: ["u-1"],
    });
  });

  it("on a mode: 'eq' a known value selects its predicate", () => {
    expect(compiled({ type: "condition", field: "archived", op: "eq", value: "only" })).toEqual({
      where: "(c.deleted_at is not null)",
      params: [],
    });
  });

  it("a mode with another operator or an unknown value is a server bug", () => {
    const bad = "bad mode condition on 'archived'";
    expect(() => compiled({ type: "condition", field: "archived", op: "ne", value: "only" })).toThrow(bad);
    expect(() => compiled({ type: "condition", field: "archived", op: "eq", value: "maybe" })).toThrow(bad);
    expect(() => compiled({ type: "condition", field: "archived", op: "eq", value: "constructor" })).toThrow(
      bad,
    );
    expect(() => compiled({ type: "condition", field: "archived", op: "eq", value: true })).toThrow(bad);
    // only text names a mode: the number 1 does not select the predicate named "1"
    expect(() => compiled({ type: "condition", field: "archived", op: "eq", value: 1 })).toThrow(bad);
    expect(() => compiled(isNull("archived"))).toThrow(bad);
  });

  it("fields the map lacks, and relations used the wrong way, are server bugs", () => {
    expect(() => compiled(isNull("nope"))).toThrow("no SQL mapping for filter field 'nope'");
    expect(() => compiled(isNull("constructor"))).toThrow("no SQL mapping for filter field 'constructor'");
    expect(() => compiled(isNull("projects"))).toThrow("'projects' is a relation");
    expect(() => compiled({ type: "quantifier", field: "name", quantifier: "any" })).toThrow(
      "'name' is not a relation",
    );
    expect(() => compiled({ type: "count", field: "tags", op: "eq", value: 1 })).toThrow(
      "'tags' is not a relation",
    );
  });
});
