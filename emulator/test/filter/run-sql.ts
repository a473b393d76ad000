import { z } from "zod";
import { type Queryable, select } from "../../../backend/db/db.ts";
import { compileListFilter, type RawListFilter } from "../../../backend/filter/compile-list.ts";
import {
  clientsBasicFilter,
  clientsFullFilter,
  type FilterEndpoint,
  tasksFilter,
} from "../../../backend/filter/endpoints.ts";
import { projectsFields, SUB_TASK_PREDICATES } from "../../../backend/filter/maps-tasks.ts";
import { catalogues } from "../../../src/filter/__tests__/catalogues.ts";
import { FROZEN_NOW, ME_ID } from "../../../src/filter/__tests__/fixture.ts";
import type { Endpoint } from "../../../src/filter/__tests__/vectors.ts";

/**
 * The projects list of vectors E1–E6: the test catalogue, minus fields the schema lacks. Built at
 * import without calling backend/filter (`Object.hasOwn`, not `lookupField`): a call here would make
 * that code's mutants run every test of the folder.
 */
export const vectorProjectsFilter: FilterEndpoint = {
  catalogue: {
    ...catalogues.projects,
    fields: catalogues.projects.fields.filter((field) => Object.hasOwn(projectsFields, field.name)),
  },
  fields: projectsFields,
};

export const ENDPOINTS: Readonly<Record<Endpoint, { filter: FilterEndpoint; from: string }>> = {
  "clients/full": { filter: clientsFullFilter, from: "clients c" },
  clients: { filter: clientsBasicFilter, from: "clients c" },
  tasks: { filter: tasksFilter, from: "tasks t" },
  projects: { filter: vectorProjectsFilter, from: "projects p" },
};

const ARCHIVED = { with: "true", only: "c.deleted_at is not null", without: "c.deleted_at is null" } as const;

export type Outcome = { status: 200; ids: string[] } | { status: 400; message: string };

/** Compiles a filter the way a list endpoint would and returns the ids it selects, sorted. */
export async function runIds(
  db: Queryable,
  endpoint: Endpoint,
  raw: RawListFilter,
  options: { now?: Date; meId?: string } = {},
): Promise<Outcome> {
  const { filter, from } = ENDPOINTS[endpoint];
  const lead = "__lead__"; // a parameter before the filter's, to exercise the offset
  const compiled = compileListFilter(raw, filter, {
    now: options.now ?? new Date(FROZEN_NOW),
    meId: options.meId ?? ME_ID,
    paramOffset: 1,
  });
  if (!compiled.ok) return { status: 400, message: compiled.message };
  const alias = from.split(" ")[1] ?? "";
  const conditions = [`${alias}.id <> $1`];
  if (compiled.where !== null) conditions.push(compiled.where);
  if (endpoint === "clients") conditions.push("c.deleted_at is null");
  if (compiled.archivedMode !== undefined) conditions.push(ARCHIVED[compiled.archivedMode]);
  if (compiled.subTasksMode !== undefined) conditions.push(SUB_TASK_PREDICATES[compiled.subTasksMode]);
  const sql = `select ${alias}.id from ${from} where ${conditions.map((c) => `(${c})`).join(" and ")} order by 1`;
  const rows = await select(db, z.object({ id: z.string() }), sql, [lead, ...compiled.params]);
  return { status: 200, ids: rows.map((row) => row.id) };
}
