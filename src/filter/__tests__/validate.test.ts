import { describe, expect, it } from "vitest";
import { and, any, cond, count, or, special, todayOffset } from "../build.ts";
import type { Catalogue, FieldSpec } from "../catalogue.ts";
import { ENUM_OPERATORS, ID_OPERATORS, ORDERED_OPERATORS } from "../catalogue.ts";
import { describeField } from "../describe-field.ts";
import { parse } from "../parse.ts";
import { takeTopLevel } from "../placement.ts";
import type { ValidationIssue } from "../validate.ts";
import { validate } from "../validate.ts";
import { scalarProblem } from "../validate-value.ts";
import { catalogues, clientsFull, projects, tasks } from "./catalogues.ts";
import type { Endpoint } from "./vectors.ts";

function issues(endpoint: Endpoint, text: string): ValidationIssue[] {
  const result = parse(text);
  if (!result.ok) throw new Error(result.error.message);
  return validate(result.ast, catalogues[endpoint]);
}

describe("validate with positions", () => {
  const cases: [string, Endpoint, string, Partial<ValidationIssue>][] = [
    [
      "C1",
      "clients/full",
      "title contains 'Acme'",
      { message: "unknown field 'title' on GET /clients/full", offset: 0, length: 5 },
    ],
    [
      "C2",
      "clients/full",
      "segment contains 'A'",
      {
        message:
          "operator 'contains' is not allowed for 'segment' — use one of eq, ne, in, nin, isnull, isnotnull",
        offset: 8,
        length: 8,
      },
    ],
    ["C3", "clients/full", "archived ne 'only'", { offset: 9, length: 2 }],
    [
      "C4",
      "clients/full",
      "archived eq 'maybe'",
      {
        message: "\"maybe\" is not a valid value for 'archived' — use one of with, only, without",
        offset: 12,
        length: 7,
      },
    ],
    [
      "C6",
      "clients/full",
      "name eq me.id",
      { message: "me.id can only be used on id fields, and 'name' is not one", offset: 8, length: 5 },
    ],
    ["C7", "clients/full", "shortcode in 'ACME'", { offset: 13, length: 6 }],
    [
      "B2a",
      "clients",
      "segment eq 'A'",
      { message: "unknown field 'segment' on GET /clients", offset: 0, length: 7 },
    ],
    ["B2b", "clients", "archived eq 'only'", { offset: 0, length: 8 }],
    [
      "B3",
      "clients",
      "primary_contact_id eq me.id",
      {
        message: "unknown field 'primary_contact_id' on GET /clients — did you mean 'primary_contact.id'?",
        offset: 0,
        length: 18,
      },
    ],
    ["D15", "tasks", "status contains 'W'", { offset: 7, length: 8 }],
    [
      "list to eq",
      "clients/full",
      "name eq ['a']",
      { message: "'eq' takes one value, not a list — use 'in'", offset: 8 },
    ],
    [
      "null literal",
      "clients/full",
      "name eq null",
      {
        message:
          "to test for a missing value write 'name isnull' (or isnotnull) instead of comparing with null",
      },
    ],
    [
      "number on string",
      "clients/full",
      "name eq 5",
      { message: "'name' needs text in quotes, not 5", offset: 8, length: 1 },
    ],
    ["list item", "clients/full", "segment in ['A', 'Z']", { offset: 17, length: 3 }],
    ["date macro on id", "tasks", "assignee.id eq today", { offset: 15, length: 5 }],
    ["bad date", "tasks", "due_date lt '2025-02-30'", { offset: 12 }],
    [
      "boolean",
      "projects",
      "is_acquisition eq 'yes'",
      { message: "'is_acquisition' needs true or false, not \"yes\"" },
    ],
    ["negative count", "clients/full", "projects.count gte -1", { offset: 19, length: 2 }],
    [
      "fractional count",
      "clients/full",
      "projects.count gte 1.5",
      { message: "a count is a whole number of 0 or more, not 1.5" },
    ],
    ["relation compared", "clients/full", "projects eq 'x'", { offset: 9, length: 2 }],
    ["quantifier on non-relation", "clients/full", "name any", { offset: 5, length: 3 }],
    [
      "sub-field unknown",
      "clients/full",
      "projects any (title eq 'x')",
      { message: "unknown field 'title' in the 'projects' relation", path: ["where"], offset: 14 },
    ],
    ["archived in or", "clients/full", "archived eq 'with' or name eq 'x'", { path: [0] }],
    [
      "archived twice",
      "clients/full",
      "archived eq 'with' and archived eq 'only'",
      { message: "'archived' may appear only once", path: [1] },
    ],
    [
      "archived nested",
      "clients/full",
      "name eq 'x' and (archived eq 'with' and name eq 'y')",
      { path: [1, 0] },
    ],
  ];
  it.each(cases)("%s", (_, endpoint, text, expected) => {
    const found = issues(endpoint, text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject(expected);
  });

  it("rejects an empty list for in and nin, pointing at the list", () => {
    expect(issues("clients/full", "segment in []")).toEqual([
      { message: `'in' needs at least one value, e.g. segment in ["a"]`, path: [], offset: 11, length: 2 },
    ]);
    expect(issues("clients/full", "projects any (status nin [ ])")).toEqual([
      {
        message: `'nin' needs at least one value, e.g. status nin ["a"]`,
        path: ["where"],
        offset: 25,
        length: 3,
      },
    ]);
  });

  it("accepts valid values of every type", () => {
    const ok: [Endpoint, string][] = [
      ["tasks", "due_date eq '2025-03-12' or due_date lt '2025-03-12T10:00:00Z' or due_date gte today-3d"],
      ["tasks", "due_date in [today, '2025-01-01'] and assignee.id in [me.id, 'u-bob']"],
      [
        "projects",
        "created_at gte sow and created_at lte eow and created_at gt som and created_at lt eom and created_at ne now",
      ],
      ["clients/full", "archived eq 'only' and (segment in ['A'] or projects none)"],
      ["clients/full", "projects any (is_acquisition ne true and status in ['running'])"],
    ];
    for (const [endpoint, text] of ok) expect(issues(endpoint, text)).toEqual([]);
  });

  it("works on built ASTs without spans, giving paths", () => {
    const ast = and(
      cond("name", "eq", "x"),
      or(cond("segmnt", "eq", "A"), any("projects", cond("status", "eq", "z"))),
    );
    expect(validate(ast, clientsFull)).toEqual([
      { message: "unknown field 'segmnt' on GET /clients/full — did you mean 'segment'?", path: [1, 0] },
      {
        message: "\"z\" is not a valid value for 'status' — use one of running, closed",
        path: [1, 1, "where"],
      },
    ]);
    expect(validate(count("projects", "gte", 1), clientsFull)).toEqual([]);
    expect(validate(cond("due_date", "eq", todayOffset(2)), tasks)).toEqual([]);
    expect(validate(cond("created_by", "eq", special("me.id")), projects)).toEqual([]);
    expect(validate(null, clientsFull)).toEqual([]);
  });
});

describe("builder helpers", () => {
  it("describes fields", () => {
    const [, , archived, segment] = clientsFull.fields;
    if (archived === undefined || segment === undefined) throw new Error("catalogue changed");
    expect(describeField(segment)).toMatchObject({
      editor: "enum",
      enumValues: ["A", "B", "C"],
      noValue: ["isnull", "isnotnull"],
      listValue: ["in", "nin"],
    });
    expect(describeField(archived).operators).toEqual(["eq"]);
    const dueDate = tasks.fields.find((field) => field.name === "due_date");
    if (dueDate === undefined) throw new Error("catalogue changed");
    expect(describeField(dueDate).specials).toContain("today");
  });

  it("takes the archived condition out of the top-level and", () => {
    const archived = cond("archived", "eq", "with");
    const name = cond("name", "eq", "x");
    expect(takeTopLevel(and(archived, name), "archived")).toStrictEqual({ taken: archived, rest: name });
    expect(takeTopLevel(archived, "archived")).toStrictEqual({ taken: archived, rest: null });
    expect(takeTopLevel(or(archived, name), "archived")).toStrictEqual({ rest: or(archived, name) });
    expect(takeTopLevel(null, "archived")).toStrictEqual({ rest: null });
  });
});

/** What the shared catalogues lack: a number field, a relation allowing only `any`, a placed field inside it. */
const amount: FieldSpec = {
  name: "amount",
  label: "Amount",
  type: { kind: "number" },
  operators: ORDERED_OPERATORS,
};
const budgets: Catalogue = {
  endpoint: "GET /budgets",
  fields: [
    amount,
    { name: "owner.id", label: "Owner", type: { kind: "id", of: "UserData" }, operators: ID_OPERATORS },
    {
      name: "lines",
      label: "Lines",
      type: {
        kind: "relation",
        fields: [
          amount,
          {
            name: "archived",
            label: "Archived",
            type: { kind: "enum", values: ["with", "only", "without"] },
            operators: ENUM_OPERATORS,
            placement: "top-level-and",
          },
        ],
      },
      operators: ["any"],
    },
  ],
  sorts: [],
  includes: [],
};

describe("validate: the whole message, on built ASTs (no positions)", () => {
  it("an unknown relation is one issue", () => {
    expect(validate(any("projets"), clientsFull)).toEqual([
      { message: "unknown field 'projets' on GET /clients/full — did you mean 'projects'?", path: [] },
    ]);
  });

  it("a quantifier or a count on a field that is not a relation", () => {
    expect(validate(any("name"), clientsFull)).toEqual([
      {
        message: "'name' is not a relation, so 'any' does not apply — compare it with an operator such as eq",
        path: [],
      },
    ]);
    expect(validate(count("name", "gte", 1), clientsFull)).toEqual([
      {
        message:
          "'name' is not a relation, so 'count' does not apply — compare it with an operator such as eq",
        path: [],
      },
    ]);
  });

  it("a relation compared like a value", () => {
    expect(validate(cond("projects", "eq", "x"), clientsFull)).toEqual([
      { message: "'projects' is a relation: filter it with any, none, all or projects.count", path: [] },
    ]);
  });

  it("an operator the field does not allow, relations included", () => {
    expect(validate(cond("segment", "contains", "A"), clientsFull)).toEqual([
      {
        message:
          "operator 'contains' is not allowed for 'segment' — use one of eq, ne, in, nin, isnull, isnotnull",
        path: [],
      },
    ]);
    expect(validate(count("lines", "gte", 1), budgets)).toEqual([
      { message: "operator 'count' is not allowed for 'lines' — use one of any", path: [] },
    ]);
    expect(validate(any("lines", cond("amount", "gt", 5)), budgets)).toEqual([]);
  });

  it("a count that is not a whole number of 0 or more", () => {
    expect(validate(count("projects", "gte", -1), clientsFull)).toEqual([
      { message: "a count is a whole number of 0 or more, not -1", path: [] },
    ]);
    expect(validate(count("projects", "eq", 0), clientsFull)).toEqual([]);
  });

  it("a top-level-only field inside a relation, or nested in the top-level and", () => {
    expect(validate(any("lines", cond("archived", "eq", "with")), budgets)).toEqual([
      {
        message: "'archived' may only be a condition of the top-level 'and' (not inside 'or' or a relation)",
        path: ["where"],
      },
    ]);
    expect(
      validate(
        and(cond("name", "eq", "x"), or(cond("archived", "eq", "with"), cond("name", "eq", "y"))),
        clientsFull,
      ),
    ).toEqual([
      {
        message: "'archived' may only be a condition of the top-level 'and' (not inside 'or' or a relation)",
        path: [1, 0],
      },
    ]);
  });

  it("a list where one value is wanted, and the other way round", () => {
    expect(validate(cond("segment", "in", "A"), clientsFull)).toEqual([
      { message: `'in' needs a list, e.g. segment in ["a", "b"]`, path: [] },
    ]);
    expect(validate(cond("segment", "ne", ["A"]), clientsFull)).toEqual([
      { message: "'ne' takes one value, not a list — use 'nin'", path: [] },
    ]);
    expect(validate(cond("amount", "lt", [1]), budgets)).toEqual([
      { message: "'lt' takes one value, not a list", path: [] },
    ]);
    expect(validate(cond("segment", "nin", []), clientsFull)).toEqual([
      { message: `'nin' needs at least one value, e.g. segment nin ["a"]`, path: [] },
    ]);
  });

  it("one issue per bad list item", () => {
    expect(validate(cond("segment", "in", ["Z", "A", 3]), clientsFull)).toEqual([
      { message: `"Z" is not a valid value for 'segment' — use one of A, B, C`, path: [] },
      { message: "3 is not a valid value for 'segment' — use one of A, B, C", path: [] },
    ]);
  });
});

describe("validate: a value of the field's type", () => {
  const problems = (catalogue: Catalogue, ast: Parameters<typeof validate>[0]) =>
    validate(ast, catalogue).map((issue) => issue.message);

  it("ids take text or me.id", () => {
    expect(problems(budgets, cond("owner.id", "eq", "u-1"))).toEqual([]);
    expect(problems(budgets, cond("owner.id", "eq", special("me.id")))).toEqual([]);
    expect(problems(budgets, cond("owner.id", "eq", 5))).toEqual(["'owner.id' needs text in quotes, not 5"]);
    expect(problems(budgets, cond("owner.id", "eq", todayOffset(-3)))).toEqual([
      "today-3d is a date and can only be used on date fields, and 'owner.id' is not one",
    ]);
    expect(problems(clientsFull, cond("name", "eq", special("today")))).toEqual([
      "today is a date and can only be used on date fields, and 'name' is not one",
    ]);
  });

  it("enums take one of their values", () => {
    expect(problems(clientsFull, cond("segment", "eq", "B"))).toEqual([]);
    expect(problems(clientsFull, cond("segment", "eq", 5))).toEqual([
      "5 is not a valid value for 'segment' — use one of A, B, C",
    ]);
  });

  it("booleans take true or false, numbers a number", () => {
    expect(problems(projects, cond("is_acquisition", "eq", false))).toEqual([]);
    expect(problems(projects, cond("is_acquisition", "eq", 1))).toEqual([
      "'is_acquisition' needs true or false, not 1",
    ]);
    expect(problems(budgets, cond("amount", "gte", 2.5))).toEqual([]);
    expect(problems(budgets, cond("amount", "gte", "5"))).toEqual([`'amount' needs a number, not "5"`]);
  });

  it("dates and date-times take a date, a date-time or a date special", () => {
    const hint = `needs a date like "2025-03-12", a date-time like "2025-03-12T10:00:00Z", or today, now, sow, eow, som, eom, today±Nd`;
    expect(problems(tasks, cond("due_date", "eq", "2025-03-12T10:00:00Z"))).toEqual([]);
    expect(problems(projects, cond("created_at", "eq", "2025-03-12"))).toEqual([]);
    expect(problems(projects, cond("created_at", "lt", special("now")))).toEqual([]);
    expect(problems(tasks, cond("due_date", "eq", 5))).toEqual([`'due_date' ${hint} — not 5`]);
    expect(problems(projects, cond("created_at", "eq", "soon"))).toEqual([
      `'created_at' ${hint} — not "soon"`,
    ]);
    expect(problems(tasks, cond("due_date", "eq", special("me.id")))).toEqual([
      "me.id can only be used on id fields, and 'due_date' is not one",
    ]);
  });

  it("a relation has no value", () => {
    const [, , lines] = budgets.fields;
    if (lines === undefined) throw new Error("catalogue changed");
    expect(scalarProblem(lines, "x")).toBe("'lines' is a relation and has no value");
  });
});
