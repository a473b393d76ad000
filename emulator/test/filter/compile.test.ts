import { describe, expect, it } from "vitest";
import { compileListFilter, MAX_FILTER_PARAMS } from "../../../backend/filter/compile-list.ts";
import {
  clientsBasicFilter,
  clientsFullFilter,
  FILTER_ENDPOINTS,
  tasksFilter,
} from "../../../backend/filter/endpoints.ts";
import type { FieldMap } from "../../../backend/filter/field-map.ts";
import { lookupField } from "../../../backend/filter/field-map.ts";
import type { FieldSpec } from "../../../src/filter/index.ts";
import { vectorProjectsFilter } from "./run-sql.ts";

const options = { now: new Date("2025-03-12T10:00:00Z"), meId: "u-alice" };

const KIND: Readonly<Record<string, readonly string[]>> = {
  string: ["text"],
  id: ["id"],
  enum: ["enum"],
  boolean: ["boolean"],
  number: ["number"],
  date: ["date"],
  datetime: ["datetime"],
};

function expectCovered(fields: readonly FieldSpec[], map: FieldMap): void {
  for (const spec of fields) {
    const entry = lookupField(map, spec.name);
    expect(entry, spec.name).toBeDefined();
    if (entry === undefined) continue;
    if (spec.type.kind === "relation") {
      expect(entry.kind).toBe("relation");
      if (entry.kind === "relation") expectCovered(spec.type.fields, entry.fields);
    } else if (entry.kind === "mode") {
      expect(spec.type.kind === "enum" ? Object.keys(entry.predicates).sort() : []).toEqual(
        spec.type.kind === "enum" ? [...spec.type.values].sort() : ["a mode field must be an enum"],
      );
    } else {
      expect(KIND[spec.type.kind], spec.name).toContain(
        entry.kind === "column" || entry.kind === "members" ? entry.type : entry.kind,
      );
    }
  }
}

describe("field maps", () => {
  it("the endpoints checked below are every list endpoint with a filter", () => {
    expect(FILTER_ENDPOINTS.map((endpoint) => endpoint.catalogue.endpoint)).toEqual([
      "GET /clients",
      "GET /clients/full",
      "GET /users",
      "GET /tasks",
      "GET /tasks/comments (extension)",
      "GET /projects",
      "GET /webhooks",
    ]);
  });

  it.each([...FILTER_ENDPOINTS, vectorProjectsFilter])(
    "cover $catalogue.endpoint with matching types",
    (endpoint) => {
      expectCovered(endpoint.catalogue.fields, endpoint.fields);
    },
  );
});

describe("compileListFilter", () => {
  it("numbers placeholders after the offset and keeps values out of the SQL text", () => {
    const evil = "'; drop table clients; --";
    const result = compileListFilter(
      { text: `name eq "${evil}" or projects any (name contains "x") or shortcode in ["a", "b"]` },
      clientsFullFilter,
      { ...options, paramOffset: 4 },
    );
    expect(result).toMatchObject({ ok: true, params: [evil, "%x%", ["a", "b"]], archivedMode: "without" });
    if (!result.ok) return;
    expect(result.where).not.toContain("drop");
    expect([...(result.where ?? "").matchAll(/\$(\d+)/g)].map((m) => m[1])).toEqual(["5", "6", "7"]);
  });

  it("answers null for no filter, and the archived mode alone", () => {
    expect(compileListFilter({}, clientsFullFilter, options)).toEqual({
      ok: true,
      where: null,
      params: [],
      archivedMode: "without",
      fingerprint: "",
    });
    expect(compileListFilter({ text: "archived eq 'only'" }, clientsFullFilter, options)).toMatchObject({
      where: null,
      archivedMode: "only",
      fingerprint: 'archived eq "only"',
    });
    expect(compileListFilter({ text: "  " }, clientsBasicFilter, options)).toMatchObject({
      ok: true,
      where: null,
    });
  });

  it("takes sub_tasks_in_list out at the top level and compiles it elsewhere", () => {
    expect(compileListFilter({ text: "sub_tasks_in_list eq 'without'" }, tasksFilter, options)).toMatchObject(
      {
        where: null,
        subTasksMode: "without",
      },
    );
    const nested = compileListFilter(
      { text: "title eq 'a' or sub_tasks_in_list eq 'only'" },
      tasksFilter,
      options,
    );
    expect(nested).toMatchObject({ subTasksMode: "with" });
    expect(nested.ok && nested.where).toContain("t.parent_task_id is not null");
  });

  it("empty lists are refused: in [] and nin [] need a value", () => {
    expect(compileListFilter({ text: "name in []" }, clientsFullFilter, options)).toMatchObject({
      ok: false,
    });
    expect(compileListFilter({ text: "shortcode nin []" }, clientsFullFilter, options)).toMatchObject({
      ok: false,
    });
  });

  it.each([
    ["name eq 'Acme", "Invalid filter at position 8: unclosed string: the ' at 8 has no closing '"],
    [
      "name eq 'Acme' and (segment eq 'A'",
      "Invalid filter at position 34: missing ')' to close the '(' at 19",
    ],
    ["title contains 'Acme'", "Invalid filter at position 0: unknown field 'title' on GET /clients/full"],
    [
      "segment eq 'A' and titl eq 'x' and name eq 5",
      "Invalid filter at position 19: unknown field 'titl' on GET /clients/full; at position 43: 'name' needs text in quotes, not 5",
    ],
    [
      '[{"field":"segment","op":"contains","value":"A"}]',
      "Invalid filter: operator 'contains' is not allowed for 'segment' — use one of eq, ne, in, nin, isnull, isnotnull",
    ],
    ["[{", expect.stringMatching(/^Invalid filter: invalid JSON filter: /)],
  ])("400 for %s", (text, message) => {
    expect(compileListFilter({ text }, clientsFullFilter, options)).toEqual({
      ok: false,
      status: 400,
      message,
    });
  });

  it("400 for form-encoding mistakes and for both encodings at once", () => {
    const bad = compileListFilter(
      {
        formPairs: [
          ["filter[0][field]", "name"],
          ["filter[0][op]", "bogus"],
        ],
      },
      clientsFullFilter,
      options,
    );
    expect(bad).toEqual({
      ok: false,
      status: 400,
      message: "Invalid filter: filter[0].op: unknown operator 'bogus'",
    });
    const both = compileListFilter(
      { text: "name eq 'a'", formPairs: [["filter[0][field]", "name"]] },
      clientsFullFilter,
      options,
    );
    expect(both).toMatchObject({ ok: false, status: 400 });
  });

  it("400 when the filter needs too many values", () => {
    const dates = Array.from({ length: MAX_FILTER_PARAMS + 1 }, () => '"2025-01-01"').join(",");
    expect(compileListFilter({ text: `due_date in [${dates}]` }, tasksFilter, options)).toMatchObject({
      ok: false,
      status: 400,
    });
  });

  it("5,000 values are allowed; one more is refused with a sentence", () => {
    const dates = (n: number) => Array.from({ length: n }, () => '"2025-01-01"').join(",");
    const most = compileListFilter({ text: `due_date in [${dates(5_000)}]` }, tasksFilter, options);
    expect(most.ok && most.params.length).toBe(5_000);
    expect(compileListFilter({ text: `due_date in [${dates(5_001)}]` }, tasksFilter, options)).toEqual({
      ok: false,
      status: 400,
      message: "Invalid filter: it needs more than 5000 values; make it smaller.",
    });
  });

  it("modes only where the endpoint has the field; placeholders from $1 by default", () => {
    // toStrictEqual: an endpoint without the field has no `archivedMode` key at all, not an undefined one
    expect(compileListFilter({ text: "name eq 'X'" }, clientsBasicFilter, options)).toStrictEqual({
      ok: true,
      where: "lower(c.name) = lower($1::text)",
      params: ["X"],
      fingerprint: 'name eq "X"',
    });
    expect(compileListFilter({ text: "title eq 'a'" }, tasksFilter, options)).toStrictEqual({
      ok: true,
      where: "lower(t.title) = lower($1::text)",
      params: ["a"],
      subTasksMode: "with",
      fingerprint: 'title eq "a"',
    });
  });

  it("the fingerprint keeps the modes and the specials symbolic; the SQL gets them resolved", () => {
    expect(
      compileListFilter(
        { text: "archived eq 'with' and primary_contact.id eq me.id" },
        clientsFullFilter,
        options,
      ),
    ).toEqual({
      ok: true,
      where: "c.primary_contact_id = $1::text",
      params: ["u-alice"],
      archivedMode: "with",
      fingerprint: 'archived eq "with" and primary_contact.id eq me.id',
    });
    expect(compileListFilter({ text: "due_date lt today" }, tasksFilter, options)).toMatchObject({
      where: "t.due_date < $1::date",
      params: ["2025-03-12"],
      fingerprint: "due_date lt today",
    });
  });

  it("400 for text PostgreSQL cannot store", () => {
    expect(
      compileListFilter(
        { text: '[{"field":"name","op":"eq","value":"a\\u0000"}]' },
        clientsFullFilter,
        options,
      ),
    ).toEqual({
      ok: false,
      status: 400,
      message: "Invalid filter: the value for 'name' contains a NUL character or broken Unicode.",
    });
  });
});
