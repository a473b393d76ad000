import { describe, expect, it } from "vitest";
import type { FilterNode } from "../ast.ts";
import { all, and, any, cond, count, none, or, special, todayOffset } from "../build.ts";
import type { FieldSpec } from "../catalogue.ts";
import { BOOLEAN_OPERATORS, ID_OPERATORS, ORDERED_OPERATORS, STRING_OPERATORS } from "../catalogue.ts";
import type { Row } from "../evaluate.ts";
import { evaluate } from "../evaluate.ts";

/** Every field type `evaluate` tells apart, including a relation with temporal sub-fields. */
const fields: readonly FieldSpec[] = [
  { name: "name", label: "Name", type: { kind: "string" }, operators: STRING_OPERATORS },
  { name: "budget", label: "Budget", type: { kind: "number" }, operators: ORDERED_OPERATORS },
  { name: "active", label: "Active", type: { kind: "boolean" }, operators: BOOLEAN_OPERATORS },
  { name: "owner.id", label: "Owner", type: { kind: "id", of: "UserData" }, operators: ID_OPERATORS },
  { name: "mentions.id", label: "Mentions", type: { kind: "id", of: "UserData" }, operators: ID_OPERATORS },
  { name: "due_date", label: "Due", type: { kind: "date" }, operators: ORDERED_OPERATORS },
  { name: "created_at", label: "Created", type: { kind: "datetime" }, operators: ORDERED_OPERATORS },
  {
    name: "projects",
    label: "Projects",
    type: {
      kind: "relation",
      fields: [
        { name: "title", label: "Title", type: { kind: "string" }, operators: STRING_OPERATORS },
        { name: "started_at", label: "Started", type: { kind: "datetime" }, operators: ORDERED_OPERATORS },
      ],
    },
    operators: ["any", "none", "all", "count"],
  },
];
const context = { fields, now: new Date("2025-03-12T10:00:00Z"), meId: "u-alice" };
const holds = (ast: FilterNode | null, row: Row): boolean => evaluate(ast, row, context);

describe("evaluate: groups and the empty filter", () => {
  it("lets every row through an empty filter", () => {
    expect(holds(null, {})).toBe(true);
    expect(holds(null, { name: "x" })).toBe(true);
  });

  it("needs every child of an and, one child of an or", () => {
    const yes = cond("name", "eq", "a");
    const no = cond("name", "eq", "b");
    const row = { name: "a" };
    expect(holds(and(yes, yes), row)).toBe(true);
    expect(holds(and(yes, no), row)).toBe(false);
    expect(holds(and(no, yes), row)).toBe(false);
    expect(holds(or(no, yes), row)).toBe(true);
    expect(holds(or(yes, no), row)).toBe(true);
    expect(holds(or(no, no), row)).toBe(false);
  });
});

describe("evaluate: null and missing cells", () => {
  it("isnull holds for null and absent cells only, isnotnull the opposite", () => {
    expect(holds(cond("name", "isnull"), { name: null })).toBe(true);
    expect(holds(cond("name", "isnull"), {})).toBe(true);
    expect(holds(cond("name", "isnull"), { name: "" })).toBe(false);
    expect(holds(cond("name", "isnotnull"), { name: null })).toBe(false);
    expect(holds(cond("name", "isnotnull"), {})).toBe(false);
    expect(holds(cond("name", "isnotnull"), { name: "" })).toBe(true);
  });

  it("never lets a null cell satisfy a comparison, ne and nin included", () => {
    expect(holds(cond("name", "ne", "x"), { name: null })).toBe(false);
    expect(holds(cond("name", "nin", ["x"]), { name: null })).toBe(false);
    expect(holds(cond("budget", "lt", 5), {})).toBe(false);
    expect(holds(cond("due_date", "ne", "2025-03-12"), { due_date: null })).toBe(false);
  });

  it("never matches a null value", () => {
    expect(holds(cond("name", "eq", null), { name: "x" })).toBe(false);
    expect(holds(cond("name", "ne", null), { name: "x" })).toBe(false);
    expect(holds(cond("due_date", "eq", null), { due_date: "2025-03-12" })).toBe(false);
    expect(holds(cond("due_date", "ne", null), { due_date: "2025-03-12" })).toBe(false);
  });
});

describe("evaluate: strings", () => {
  it("compares case-insensitively", () => {
    expect(holds(cond("name", "eq", "ACME corp"), { name: "Acme Corp" })).toBe(true);
    expect(holds(cond("name", "eq", "Acme"), { name: "Acme Corp" })).toBe(false);
    expect(holds(cond("name", "ne", "acme"), { name: "ACME" })).toBe(false);
    expect(holds(cond("name", "ne", "acme"), { name: "Acmes" })).toBe(true);
  });

  it("contains, startswith, endswith and like ignore case", () => {
    const row = { name: "Acme Corp" };
    expect(holds(cond("name", "contains", "ME C"), row)).toBe(true);
    expect(holds(cond("name", "contains", "mec"), row)).toBe(false);
    expect(holds(cond("name", "startswith", "aCm"), row)).toBe(true);
    expect(holds(cond("name", "startswith", "corp"), row)).toBe(false);
    expect(holds(cond("name", "endswith", "CORP"), row)).toBe(true);
    expect(holds(cond("name", "endswith", "acme"), row)).toBe(false);
    expect(holds(cond("name", "like", "a_ME%"), row)).toBe(true);
    expect(holds(cond("name", "like", "%acme"), row)).toBe(false);
  });

  it("orders strings after lower-casing", () => {
    expect(holds(cond("name", "lt", "b"), { name: "Acme" })).toBe(true);
    expect(holds(cond("name", "lt", "b"), { name: "B" })).toBe(false);
    expect(holds(cond("name", "lte", "b"), { name: "B" })).toBe(true);
    expect(holds(cond("name", "gt", "B"), { name: "b" })).toBe(false);
    expect(holds(cond("name", "gte", "B"), { name: "b" })).toBe(true);
    expect(holds(cond("name", "gt", "a"), { name: "B" })).toBe(true);
  });

  it("in is case-insensitive membership, nin its negation", () => {
    expect(holds(cond("name", "in", ["x", "ACME"]), { name: "acme" })).toBe(true);
    expect(holds(cond("name", "in", ["x", "y"]), { name: "acme" })).toBe(false);
    expect(holds(cond("name", "nin", ["x", "ACME"]), { name: "acme" })).toBe(false);
    expect(holds(cond("name", "nin", ["x", "y"]), { name: "acme" })).toBe(true);
  });

  it("an empty in matches nothing, an empty nin everything", () => {
    expect(holds(cond("name", "in", []), { name: "a" })).toBe(false);
    expect(holds(cond("name", "nin", []), { name: "a" })).toBe(true);
  });

  it("a value of another type than the cell never matches", () => {
    expect(holds(cond("name", "eq", 5), { name: "5" })).toBe(false);
    expect(holds(cond("name", "ne", 5), { name: "5" })).toBe(false);
    expect(holds(cond("name", "eq", "5"), { name: 5 })).toBe(false);
    expect(holds(cond("name", "eq", true), { name: "true" })).toBe(false);
    expect(holds(cond("name", "eq", special("today")), { name: "2025-03-12" })).toBe(false);
  });

  it("ne never holds between a cell and a value of different types", () => {
    expect(holds(cond("budget", "ne", "10"), { budget: 10 })).toBe(false);
    expect(holds(cond("budget", "ne", true), { budget: 1 })).toBe(false);
    expect(holds(cond("active", "ne", "true"), { active: true })).toBe(false);
    expect(holds(cond("name", "ne", true), { name: "true" })).toBe(false);
    expect(holds(cond("name", "ne", false), { name: 0 })).toBe(false);
  });

  it("resolves me.id to the signed-in user", () => {
    expect(holds(cond("owner.id", "eq", special("me.id")), { "owner.id": "u-alice" })).toBe(true);
    expect(holds(cond("owner.id", "eq", special("me.id")), { "owner.id": "u-bob" })).toBe(false);
  });
});

describe("evaluate: numbers and booleans", () => {
  it("compares numbers with each operator, at the boundary", () => {
    const row = { budget: 10 };
    expect(holds(cond("budget", "eq", 10), row)).toBe(true);
    expect(holds(cond("budget", "eq", 11), row)).toBe(false);
    expect(holds(cond("budget", "ne", 10), row)).toBe(false);
    expect(holds(cond("budget", "ne", 11), row)).toBe(true);
    expect(holds(cond("budget", "lt", 10), row)).toBe(false);
    expect(holds(cond("budget", "lt", 11), row)).toBe(true);
    expect(holds(cond("budget", "lte", 10), row)).toBe(true);
    expect(holds(cond("budget", "lte", 9), row)).toBe(false);
    expect(holds(cond("budget", "gt", 10), row)).toBe(false);
    expect(holds(cond("budget", "gt", 9), row)).toBe(true);
    expect(holds(cond("budget", "gte", 10), row)).toBe(true);
    expect(holds(cond("budget", "gte", 11), row)).toBe(false);
  });

  it("has no string operators for numbers", () => {
    expect(holds(cond("budget", "contains", 1), { budget: 1 })).toBe(false);
    expect(holds(cond("budget", "like", 1), { budget: 1 })).toBe(false);
  });

  it("compares booleans with eq and ne", () => {
    expect(holds(cond("active", "eq", true), { active: true })).toBe(true);
    expect(holds(cond("active", "eq", true), { active: false })).toBe(false);
    expect(holds(cond("active", "ne", true), { active: false })).toBe(true);
    expect(holds(cond("active", "ne", false), { active: false })).toBe(false);
    expect(holds(cond("active", "contains", true), { active: true })).toBe(false);
    expect(holds(cond("active", "eq", "true"), { active: true })).toBe(false);
  });
});

describe("evaluate: a set of scalars", () => {
  it("holds when some member satisfies the condition", () => {
    const row = { "mentions.id": ["u-bob", "u-alice"] };
    expect(holds(cond("mentions.id", "eq", "u-alice"), row)).toBe(true);
    expect(holds(cond("mentions.id", "eq", special("me.id")), row)).toBe(true);
    expect(holds(cond("mentions.id", "eq", "u-gina"), row)).toBe(false);
    expect(holds(cond("mentions.id", "in", ["u-gina", "U-BOB"]), row)).toBe(true);
    expect(holds(cond("mentions.id", "ne", "u-bob"), { "mentions.id": ["u-bob"] })).toBe(false);
    expect(holds(cond("mentions.id", "eq", "u-bob"), { "mentions.id": [] })).toBe(false);
  });
});

describe("evaluate: dates", () => {
  it("compares a date column with a day, at the boundary", () => {
    const row = { due_date: "2025-03-12" };
    expect(holds(cond("due_date", "eq", "2025-03-12"), row)).toBe(true);
    expect(holds(cond("due_date", "eq", "2025-03-13"), row)).toBe(false);
    expect(holds(cond("due_date", "ne", "2025-03-12"), row)).toBe(false);
    expect(holds(cond("due_date", "lt", "2025-03-12"), row)).toBe(false);
    expect(holds(cond("due_date", "lte", "2025-03-12"), row)).toBe(true);
    expect(holds(cond("due_date", "gt", "2025-03-11"), row)).toBe(true);
    expect(holds(cond("due_date", "gte", "2025-03-13"), row)).toBe(false);
    expect(holds(cond("due_date", "in", ["2025-01-01", "2025-03-12"]), row)).toBe(true);
    expect(holds(cond("due_date", "nin", ["2025-01-01", "2025-03-12"]), row)).toBe(false);
  });

  it("resolves today and today±Nd against the clock", () => {
    expect(holds(cond("due_date", "eq", special("today")), { due_date: "2025-03-12" })).toBe(true);
    expect(holds(cond("due_date", "eq", todayOffset(-2)), { due_date: "2025-03-10" })).toBe(true);
    expect(holds(cond("due_date", "gt", todayOffset(5)), { due_date: "2025-03-17" })).toBe(false);
  });

  it("uses the date part of an instant on a date column", () => {
    expect(holds(cond("due_date", "eq", "2025-03-12T23:00:00Z"), { due_date: "2025-03-12" })).toBe(true);
    expect(holds(cond("due_date", "lt", special("now")), { due_date: "2025-03-12" })).toBe(false);
    expect(holds(cond("due_date", "lte", special("now")), { due_date: "2025-03-12" })).toBe(true);
  });

  it("spans the whole day for a day on a datetime column (half-open)", () => {
    const on = (at: string) => ({ created_at: at });
    expect(holds(cond("created_at", "eq", "2025-03-12"), on("2025-03-12T00:00:00Z"))).toBe(true);
    expect(holds(cond("created_at", "eq", "2025-03-12"), on("2025-03-12T23:59:59Z"))).toBe(true);
    expect(holds(cond("created_at", "eq", "2025-03-12"), on("2025-03-13T00:00:00Z"))).toBe(false);
    expect(holds(cond("created_at", "eq", "2025-03-12"), on("2025-03-11T23:59:59Z"))).toBe(false);
    expect(holds(cond("created_at", "ne", "2025-03-12"), on("2025-03-12T12:00:00Z"))).toBe(false);
    expect(holds(cond("created_at", "ne", "2025-03-12"), on("2025-03-13T00:00:00Z"))).toBe(true);
    expect(holds(cond("created_at", "lte", "2025-03-12"), on("2025-03-12T23:59:59Z"))).toBe(true);
    expect(holds(cond("created_at", "gt", "2025-03-12"), on("2025-03-12T23:59:59Z"))).toBe(false);
  });

  it("compares instants on a datetime column, whatever their zone", () => {
    const row = { created_at: "2025-03-12T09:30:00Z" };
    expect(holds(cond("created_at", "gt", "2025-03-12T10:00:00+01:00"), row)).toBe(true);
    expect(holds(cond("created_at", "lt", "2025-03-12T10:00:00+01:00"), row)).toBe(false);
    expect(holds(cond("created_at", "eq", "2025-03-12T10:30:00+01:00"), row)).toBe(true);
    expect(holds(cond("created_at", "lt", special("now")), row)).toBe(true);
    expect(holds(cond("created_at", "gte", special("sow")), row)).toBe(true);
    expect(
      holds(cond("created_at", "eq", "2025-03-12T09:30:00.000Z"), {
        created_at: "2025-03-12T10:30:00+01:00",
      }),
    ).toBe(true);
  });

  it("reads only the date part of a date column's cell", () => {
    expect(holds(cond("due_date", "eq", "2025-03-12"), { due_date: "2025-03-12T00:00:00.000Z" })).toBe(true);
    expect(holds(cond("due_date", "lt", "2025-03-13"), { due_date: "2025-03-12T23:00:00Z" })).toBe(true);
    expect(holds(cond("due_date", "eq", "2025-03-12"), { due_date: "2025-03-12T10:00:00Z" })).toBe(true);
    expect(holds(cond("due_date", "gt", "2025-03-12"), { due_date: "2025-03-12T10:00:00Z" })).toBe(false);
  });

  it("matches nothing with a value or cell that is not a date", () => {
    expect(holds(cond("due_date", "eq", "soon"), { due_date: "2025-03-12" })).toBe(false);
    expect(holds(cond("due_date", "ne", "soon"), { due_date: "2025-03-12" })).toBe(false);
    expect(holds(cond("due_date", "ne", 5), { due_date: "2025-03-12" })).toBe(false);
    expect(holds(cond("due_date", "ne", "2025-03-12"), { due_date: 20250312 })).toBe(false);
    expect(holds(cond("due_date", "contains", "2025"), { due_date: "2025-03-12" })).toBe(false);
    expect(holds(cond("created_at", "gte", "2025-01-01"), { created_at: "not a date" })).toBe(false);
    expect(holds(cond("created_at", "eq", "2025-01-01"), { created_at: "not a date" })).toBe(false);
  });
});

describe("evaluate: relations", () => {
  const project = (title: string, startedAt: string | null = null) => ({ title, started_at: startedAt });
  const row = { projects: [project("Alpha", "2025-03-12T08:00:00Z"), project("Beta")] };
  const empty = { projects: [] };

  it("counts the related rows with each operator", () => {
    expect(holds(count("projects", "eq", 2), row)).toBe(true);
    expect(holds(count("projects", "eq", 1), row)).toBe(false);
    expect(holds(count("projects", "ne", 2), row)).toBe(false);
    expect(holds(count("projects", "lt", 2), row)).toBe(false);
    expect(holds(count("projects", "lte", 2), row)).toBe(true);
    expect(holds(count("projects", "gt", 1), row)).toBe(true);
    expect(holds(count("projects", "gt", 2), row)).toBe(false);
    expect(holds(count("projects", "gte", 3), row)).toBe(false);
  });

  it("counts only row objects, and none when the key is missing or not a list", () => {
    expect(holds(count("projects", "eq", 1), { projects: [project("A"), null, "B", 3] })).toBe(true);
    expect(holds(count("projects", "eq", 0), {})).toBe(true);
    expect(holds(count("projects", "eq", 0), { projects: "Alpha" })).toBe(true);
  });

  it("any: some related row matches; bare: there is one", () => {
    expect(holds(any("projects", cond("title", "eq", "beta")), row)).toBe(true);
    expect(holds(any("projects", cond("title", "eq", "Gamma")), row)).toBe(false);
    expect(holds(any("projects"), row)).toBe(true);
    expect(holds(any("projects"), empty)).toBe(false);
  });

  it("none: no related row matches; bare: there is none", () => {
    expect(holds(none("projects", cond("title", "eq", "beta")), row)).toBe(false);
    expect(holds(none("projects", cond("title", "eq", "Gamma")), row)).toBe(true);
    expect(holds(none("projects"), row)).toBe(false);
    expect(holds(none("projects"), empty)).toBe(true);
  });

  it("all: every related row matches, vacuously true without rows", () => {
    expect(holds(all("projects", cond("title", "contains", "a")), row)).toBe(true);
    expect(holds(all("projects", cond("title", "startswith", "a")), row)).toBe(false);
    expect(holds(all("projects", cond("title", "eq", "x")), empty)).toBe(true);
    expect(holds(all("projects"), row)).toBe(true);
  });

  it("reads the sub-expression with the relation's field types", () => {
    expect(holds(any("projects", cond("started_at", "eq", "2025-03-12")), row)).toBe(true);
    expect(holds(any("projects", cond("started_at", "eq", special("today"))), row)).toBe(true);
    expect(holds(all("projects", cond("started_at", "isnull")), row)).toBe(false);
  });
});

describe("evaluate: fields the catalogue does not list", () => {
  const untyped = { fields: [], now: new Date("2025-03-12T10:00:00Z"), meId: "u-alice" };

  it("compares them as plain values, a list cell as a set, a relation's rows still by quantifier", () => {
    expect(
      evaluate(cond("due_date", "eq", "2025-03-12"), { due_date: "2025-03-12T10:00:00Z" }, untyped),
    ).toBe(false);
    expect(evaluate(cond("due_date", "eq", "2025-03-12"), { due_date: "2025-03-12" }, untyped)).toBe(true);
    expect(evaluate(cond("tags", "eq", "x"), { tags: ["y", "X"] }, untyped)).toBe(true);
    expect(evaluate(any("projects", cond("title", "eq", "a")), { projects: [{ title: "A" }] }, untyped)).toBe(
      true,
    );
    expect(evaluate(count("projects", "eq", 1), { projects: [{ title: "A" }] }, untyped)).toBe(true);
  });
});
