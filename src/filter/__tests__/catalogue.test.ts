import { describe, expect, it } from "vitest";
import { any, cond, count } from "../build.ts";
import type { Catalogue, FieldSpec } from "../catalogue.ts";
import {
  BOOLEAN_OPERATORS,
  ENUM_OPERATORS,
  findField,
  ID_OPERATORS,
  ORDERED_OPERATORS,
  RELATION_ALL_OPERATORS,
  STRING_OPERATORS,
} from "../catalogue.ts";
import { validate } from "../validate.ts";

/** One field per published operator table; a refused operator's message lists the table. */
const text: FieldSpec = {
  name: "text",
  label: "Text",
  type: { kind: "string" },
  operators: STRING_OPERATORS,
};
const fields: readonly FieldSpec[] = [
  text,
  { name: "owner.id", label: "Owner", type: { kind: "id", of: "UserData" }, operators: ID_OPERATORS },
  { name: "tier", label: "Tier", type: { kind: "enum", values: ["x"] }, operators: ENUM_OPERATORS },
  { name: "flag", label: "Flag", type: { kind: "boolean" }, operators: BOOLEAN_OPERATORS },
  { name: "due", label: "Due", type: { kind: "date" }, operators: ORDERED_OPERATORS },
  {
    name: "items",
    label: "Items",
    type: { kind: "relation", fields: [text] },
    operators: RELATION_ALL_OPERATORS,
  },
];
const catalogue: Catalogue = { endpoint: "GET /things", fields, sorts: [], includes: [] };
const messages = (ast: Parameters<typeof validate>[0]) =>
  validate(ast, catalogue).map((issue) => issue.message);

describe("the published operator tables", () => {
  it("strings: set, equality, text and null operators, no ordering", () => {
    expect(messages(cond("text", "lt", "x"))).toEqual([
      "operator 'lt' is not allowed for 'text' — use one of in, nin, eq, ne, contains, like, startswith, endswith, isnull, isnotnull",
    ]);
  });

  it("ids and enums: equality, set and null operators", () => {
    expect(messages(cond("owner.id", "contains", "x"))).toEqual([
      "operator 'contains' is not allowed for 'owner.id' — use one of eq, ne, in, nin, isnull, isnotnull",
    ]);
    expect(messages(cond("tier", "gt", "x"))).toEqual([
      "operator 'gt' is not allowed for 'tier' — use one of eq, ne, in, nin, isnull, isnotnull",
    ]);
  });

  it("booleans: eq and ne only", () => {
    expect(messages(cond("flag", "in", [true]))).toEqual([
      "operator 'in' is not allowed for 'flag' — use one of eq, ne",
    ]);
  });

  it("dates and numbers: ordering, set and null operators", () => {
    expect(messages(cond("due", "startswith", "2025"))).toEqual([
      "operator 'startswith' is not allowed for 'due' — use one of eq, ne, lt, lte, gt, gte, in, nin, isnull, isnotnull",
    ]);
  });

  it("relations: any, none, all and count", () => {
    expect(messages(any("items"))).toEqual([]);
    expect(messages({ type: "quantifier", field: "items", quantifier: "none" })).toEqual([]);
    expect(messages({ type: "quantifier", field: "items", quantifier: "all" })).toEqual([]);
    expect(messages(count("items", "gte", 1))).toEqual([]);
  });
});

describe("findField", () => {
  it("finds a field by its exact name", () => {
    expect(findField(fields, "owner.id")?.label).toBe("Owner");
    expect(findField(fields, "items")?.label).toBe("Items");
    expect(findField(fields, "Owner.id")).toBeUndefined();
    expect(findField(fields, "owner")).toBeUndefined();
  });
});
